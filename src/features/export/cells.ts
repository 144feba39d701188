/**
 * The exporter's pure part (no DOM, no library): file and sheet names, Vietnam-time dates as
 * Excel reads them, and the CSV text. Unit tests import it directly.
 */
import { DAY_MS, formatDateVi, formatHHmm, VN_OFFSET_MS, vnEpochDay, vnMinuteOfDay } from '../../domain/calendar/vnTime';
import type { ExportColumn, ExportSheet, ExportTable, ExportValue } from './types';

/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

/** The instant of a date value (a Date or epoch milliseconds); null when it is not a valid one. */
export function instantOf(value: ExportValue): number | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The `Date` to hand to write-excel-file so that the cell shows the Vietnam-time date and time.
 * The library writes a Date as the serial `getTime() / day + 25569` (days since 1900 in UTC): the
 * cell shows the Date's UTC wall clock, never the browser's time zone. So the Date given is the
 * instant moved by +7 h (Vietnam has no summer time): its UTC clock reads the Vietnam clock.
 * A `date` column keeps the day only (a whole serial, so Excel's filters and sums by day work);
 * a `datetime` column keeps the minute.
 */
export function excelDate(instant: number, withTime: boolean): Date {
  if (!withTime) return new Date(vnEpochDay(instant) * DAY_MS);
  const local = instant + VN_OFFSET_MS;
  return new Date(Math.floor(local / 60_000) * 60_000);
}

/** dd/MM/yyyy, or dd/MM/yyyy HH:mm, in Vietnam time: dates as CSV and text cells write them. */
export function dateText(instant: number, withTime: boolean): string {
  const day = formatDateVi(instant);
  return withTime ? `${day} ${formatHHmm(vnMinuteOfDay(instant))}` : day;
}

/** A value as text (text columns, CSV): numbers plain, shares as "85.3%", dates dd/MM/yyyy. */
export function textOf(value: ExportValue, column: Pick<ExportColumn, 'type'>): string {
  if (value === null || value === undefined) return '';
  const dated = column.type === 'date' || column.type === 'datetime';
  if (value instanceof Date || (dated && typeof value === 'number')) {
    const ms = instantOf(value);
    return ms === null ? '' : dateText(ms, column.type === 'datetime');
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return column.type === 'percent' ? `${roundTo(value * 100, 1)}%` : String(value);
  }
  return String(value).normalize('NFC');
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** A file name in ASCII: "Sổ theo dõi 11/2026" → "so-theo-doi-11-2026"; never empty. */
export function asciiFileName(name: string): string {
  const base = name
    .replace(/\.(xlsx|csv)$/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return base || 'xuat-du-lieu';
}

export function fileNameFor(table: Pick<ExportTable, 'fileName'>, format: 'xlsx' | 'csv'): string {
  return `${asciiFileName(table.fileName)}.${format}`;
}

const SHEET_ILLEGAL = /[[\]/\\:*?]+/g;

/**
 * Valid, distinct sheet names: Excel refuses []/\:*? and names over 31 characters, and two sheets
 * may not share a name (compared without case).
 */
export function sheetNames(sheets: readonly Pick<ExportSheet, 'name'>[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    let base = s.name.normalize('NFC').replace(SHEET_ILLEGAL, '-').replace(/^'+|'+$/g, '').trim() || `Trang ${i + 1}`;
    base = base.slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8 with BOM, CRLF)
// ---------------------------------------------------------------------------------------------

/** Byte order mark: without it Excel reads a UTF-8 CSV as the ANSI code page and breaks "ệ". */
export const BOM = '\uFEFF';

/**
 * A text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe
 * (OWASP "CSV injection"); a signed number or phone ("+84 912 345 678") is left as it is.
 */
function defused(text: string): string {
  if (/^[=@\t\r]/.test(text)) return `'${text}`;
  if (/^[+-]/.test(text) && !/^[+-][\d\s.,()]*$/.test(text)) return `'${text}`;
  return text;
}

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(text: string): string {
  const t = defused(text);
  return /[",\r\n]|^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * The CSV of a table, BOM first, lines ended by CRLF: the header and the rows (no title lines, so
 * the file imports as a table). Several sheets follow each other, each under a line with its
 * name, separated by an empty line.
 */
export function buildCsv(table: Pick<ExportTable, 'sheets'>): string {
  const names = sheetNames(table.sheets);
  const lines: string[] = [];
  table.sheets.forEach((sheet, i) => {
    if (table.sheets.length > 1) {
      if (i > 0) lines.push('');
      lines.push(csvLine([names[i]!]));
    }
    lines.push(csvLine(sheet.columns.map((c) => c.header.normalize('NFC'))));
    for (const row of sheet.rows) lines.push(csvLine(sheet.columns.map((c, j) => textOf(row[j] ?? null, c))));
  });
  return BOM + lines.map((l) => `${l}\r\n`).join('');
}
