/**
 * Exports to Excel (.xlsx) and CSV (issue 8): screens build an ExportTable and show
 * <ExportButtons getTable={…} />. The .xlsx library (write-excel-file) is imported dynamically
 * inside exportTable, so it is a chunk of its own, loaded only when an officer presses the button
 * (precached by the service worker like every chunk, so it works offline).
 */
export { ExportButtons, type ExportButtonsProps } from './ExportButtons';
export { exportTable, exportBlob, ExportError } from './exportTable';
export { asciiFileName, buildCsv, fileNameFor } from './cells';
export type { ExportColumn, ExportColumnType, ExportFormat, ExportSheet, ExportTable, ExportValue } from './types';
