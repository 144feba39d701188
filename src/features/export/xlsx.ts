/**
 * The workbook: an ExportTable as write-excel-file's sheets. The library itself is passed in, so
 * the app hands it the browser entry (loaded when the officer presses the button) and the tests
 * the universal one, and both run this same code. Only types are imported here.
 */
import type { Cell, CellObject, Sheet } from 'write-excel-file/universal';
import { excelDate, instantOf, MAX_CELL_TEXT, sheetNames, textOf } from './cells';
import type { ExportColumn, ExportSheet, ExportTable, ExportValue } from './types';

/** What this module needs of write-excel-file's default export (any of its entries). */
export type WriteXlsxFile = (sheets: Sheet<never>[], options: { fontFamily?: string; fontSize?: number }) => { toBlob(): Promise<Blob> };

/** Excel number formats (codes are the same in every Excel language; Excel shows them localised). */
export const XLSX_FORMATS = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  integer: '#,##0',
  decimal: '#,##0.0#',
  percent: '0.0%',
} as const;

const HEADER_STYLE: Omit<CellObject, 'value'> = {
  fontWeight: 'bold',
  wrap: true,
  alignVertical: 'center',
  backgroundColor: '#E7E6E6',
  borderStyle: 'thin',
  borderColor: '#A6A6A6',
};

/**
 * One cell of a column; plain values where no format is needed (cheaper on 700,000 cells: a cell
 * object costs the library a style lookup). Dates of the sheet's own date type (`sheetDates`, the
 * sheet's dateFormat) are plain Dates too; the other date type says its format.
 */
export function xlsxCell(value: ExportValue, column: ExportColumn, sheetDates: 'date' | 'datetime' = 'date'): Cell {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'date':
    case 'datetime': {
      const ms = instantOf(value);
      if (ms === null) return typeof value === 'string' ? text(value) : null;
      const date = excelDate(ms, column.type === 'datetime');
      if (column.type === sheetDates && !column.format) return date;
      return { value: date, type: Date, format: column.format ?? XLSX_FORMATS[column.type] };
    }
    case 'number':
    case 'percent': {
      if (typeof value !== 'number') return text(textOf(value, column));
      if (!Number.isFinite(value)) return null;
      const format = column.format ?? (column.type === 'percent' ? XLSX_FORMATS.percent : Number.isInteger(value) ? XLSX_FORMATS.integer : XLSX_FORMATS.decimal);
      return { value, type: Number, format };
    }
    case 'text':
      return text(textOf(value, column));
  }
}

function text(s: string): string | null {
  const t = s.normalize('NFC');
  return t === '' ? null : t.length > MAX_CELL_TEXT ? t.slice(0, MAX_CELL_TEXT) : t;
}

/** Rows above the data: the title lines, an empty line, the header. Frozen down to the header. */
export function headRows(sheet: ExportSheet): Cell[][] {
  const rows: Cell[][] = [];
  const title = sheet.title?.filter((line) => line.trim() !== '') ?? [];
  title.forEach((line, i) => rows.push([{ value: line.normalize('NFC'), ...(i === 0 ? { fontWeight: 'bold', fontSize: 13 } : {}) }]));
  if (title.length > 0) rows.push([]);
  rows.push(sheet.columns.map((c) => ({ value: c.header.normalize('NFC'), ...HEADER_STYLE })));
  return rows;
}

/** The table as write-excel-file's sheets (data, name, widths, frozen rows, date format). */
export function xlsxSheets(table: Pick<ExportTable, 'sheets'>): Sheet<never>[] {
  const names = sheetNames(table.sheets);
  return table.sheets.map((sheet, i) => {
    const data: Cell[][] = headRows(sheet);
    const frozen = data.length;
    // The sheet's default date format: plain dates if it has any, else date-times.
    const plain = (type: 'date' | 'datetime') => sheet.columns.some((c) => c.type === type && !c.format);
    const sheetDates = plain('date') || !plain('datetime') ? 'date' : 'datetime';
    for (const row of sheet.rows) data.push(sheet.columns.map((c, j) => xlsxCell(row[j] ?? null, c, sheetDates)));
    return {
      data,
      sheet: names[i],
      columns: sheet.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: frozen,
      dateFormat: XLSX_FORMATS[sheetDates],
    };
  });
}

/** The .xlsx file of a table, as a Blob (fonts: Times New Roman has every Vietnamese letter). */
export function buildXlsx(table: Pick<ExportTable, 'sheets'>, write: WriteXlsxFile): Promise<Blob> {
  return write(xlsxSheets(table), { fontFamily: 'Times New Roman', fontSize: 12 }).toBlob();
}
