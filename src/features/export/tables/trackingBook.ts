/**
 * The tracking book (Sổ theo dõi hồ sơ, Mẫu 07) of a period as an export: the printed book's
 * columns, lines and period (bookLine, shared with the printed form), with real date cells.
 */
import { formatDateVi } from '../../../domain/calendar/vnTime';
import type { TrackingBookEntry } from '../../../store/trackingBook';
import { bookLine } from '../../print/forms/bookRows';
import { asciiFileName } from '../cells';
import type { ExportColumn, ExportTable, ExportValue } from '../types';

export const TRACKING_BOOK_COLUMNS: ExportColumn[] = [
  { header: 'STT', width: 6, type: 'number' },
  { header: 'Mã hồ sơ', width: 27, type: 'text' },
  { header: 'Tên thủ tục hành chính', width: 45, type: 'text' },
  { header: 'Tên người nộp', width: 24, type: 'text' },
  { header: 'Địa chỉ, số điện thoại người nộp', width: 40, type: 'text' },
  { header: 'Cơ quan chủ trì giải quyết', width: 28, type: 'text' },
  { header: 'Ngày nhận hồ sơ', width: 12, type: 'date' },
  { header: 'Ngày hẹn trả kết quả', width: 12, type: 'date' },
  { header: 'Ngày chuyển hồ sơ đến cơ quan giải quyết', width: 14, type: 'date' },
  { header: 'Ngày nhận kết quả từ cơ quan giải quyết', width: 14, type: 'date' },
  { header: 'Ngày trả kết quả', width: 12, type: 'date' },
  { header: 'Ghi chú', width: 40, type: 'text' },
];

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

export function trackingBookLine(entry: TrackingBookEntry, no: number): ExportValue[] {
  const l = bookLine(entry);
  return [
    no,
    l.code,
    l.procedure,
    l.applicantName,
    l.contact || null,
    l.handler || null,
    date(l.receivedAt),
    date(l.dueAt),
    date(l.transferredAt),
    date(l.resultAt),
    date(l.returnedAt),
    l.note || null,
  ];
}

export interface TrackingBookExport {
  entries: readonly TrackingBookEntry[];
  /** The period, "YYYY-MM-DD", both included (as printed). */
  from: string;
  to: string;
  agencyName?: string;
}

export function trackingBookTable({ entries, from, to, agencyName }: TrackingBookExport): ExportTable {
  const title = [
    ...(agencyName?.trim() ? [agencyName.trim()] : []),
    'SỔ THEO DÕI HỒ SƠ',
    `Từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`,
  ];
  return {
    fileName: asciiFileName(`so-theo-doi-ho-so-${from}-den-${to}`),
    sheets: [{ name: 'Sổ theo dõi hồ sơ', title, columns: TRACKING_BOOK_COLUMNS, rows: entries.map((e, i) => trackingBookLine(e, i + 1)) }],
  };
}
