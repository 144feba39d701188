/**
 * What a screen hands to the exporter: one workbook of one or more sheets. Pure data, so the
 * reports screen, the dossier list and the tracking book build it without the .xlsx library.
 */

/**
 * How a column's cells are written:
 * - text: a text cell (a number or a Date given here is written as text, dates dd/mm/yyyy);
 * - number: a number cell (grouped thousands; up to 2 decimals when not whole);
 * - percent: a share from 0 to 1, written as a number with a percent format (0.853 → 85,3%);
 * - date / datetime: a date cell showing the Vietnam-time date (and time), whatever the time zone
 *   of the browser: give the instant, as a `Date` or as epoch milliseconds.
 */
export type ExportColumnType = 'text' | 'number' | 'percent' | 'date' | 'datetime';

export interface ExportColumn {
  header: string;
  /** In characters, as Excel measures columns. */
  width: number;
  type: ExportColumnType;
  /** An Excel number format that replaces the type's own (e.g. '0.0' for average days). */
  format?: string;
}

export type ExportValue = string | number | Date | null;

export interface ExportSheet {
  /** The sheet's tab; made valid for Excel (at most 31 characters, no []:*?/\). */
  name: string;
  /** Lines above the table (title, period, agency); the frozen rows then include them. */
  title?: string[];
  columns: ExportColumn[];
  rows: ExportValue[][];
}

export interface ExportTable {
  /**
   * The file's name without its extension, e.g. "ho-so-2026-12-01": written in ASCII (diacritics
   * dropped, spaces as hyphens) so that every system and mail client keeps it. Include the date.
   */
  fileName: string;
  sheets: ExportSheet[];
}

export type ExportFormat = 'xlsx' | 'csv';
