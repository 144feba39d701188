/**
 * The dossier list (/ho-so) as an export: every dossier the filters match, one line each, with
 * the columns an officer retypes into a spreadsheet today. Always in Vietnamese (a desk's
 * document, like the printed forms), whatever the screen's language.
 */
import { formatDateVi, formatHHmm, vnDate, vnMinuteOfDay } from '../../../domain/calendar/vnTime';
import type { Timeliness } from '../../../domain/dossier/state';
import { resolutionTimeliness, type DossierFacts } from '../../../domain/statistics';
import type { ProcedureOption, DossierListFilter } from '../../../store/dossierList';
import type { DossierRow } from '../../../store/dossierRow';
import { vi as core } from '../../../app/locales/vi';
import { vi as dossiers } from '../../dossiers/messages';
import { asciiFileName } from '../cells';
import type { ExportColumn, ExportTable, ExportValue } from '../types';

export const DOSSIER_LIST_COLUMNS: ExportColumn[] = [
  { header: 'Mã hồ sơ', width: 27, type: 'text' },
  { header: 'Thủ tục', width: 45, type: 'text' },
  { header: 'Lĩnh vực', width: 22, type: 'text' },
  { header: 'Người nộp', width: 24, type: 'text' },
  { header: 'Số định danh', width: 15, type: 'text' },
  { header: 'Địa chỉ', width: 36, type: 'text' },
  { header: 'Điện thoại', width: 13, type: 'text' },
  { header: 'Kênh', width: 12, type: 'text' },
  { header: 'Ngày nhận', width: 17, type: 'datetime' },
  { header: 'Hẹn trả', width: 17, type: 'datetime' },
  { header: 'Trạng thái', width: 20, type: 'text' },
  { header: 'Ngày có kết quả', width: 17, type: 'datetime' },
  { header: 'Kết quả (trước/đúng/quá hạn)', width: 16, type: 'text' },
  { header: 'Đã xin lỗi', width: 10, type: 'text' },
];

const TIMELINESS: Record<Timeliness, string> = { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' };

/**
 * Early / on time / late as the reports count it (`resolutionTimeliness` over the dossier's facts):
 * late stays late even when an apology gave a new date (DOMAIN.md §8), and clock stops move the
 * appointment. Without its facts (none given), the row's own verdict, which is the same unless
 * an apology set a new date: then it is judged against the appointment given at receipt.
 * Withdrawn dossiers are not judged.
 */
export function resultTimeliness(row: Pick<DossierRow, 'timeliness' | 'apologisedAt' | 'resolvedAt' | 'originalDueAt'>, facts?: DossierFacts): Timeliness | null {
  if (row.timeliness === null || row.resolvedAt === null) return null;
  if (facts) return resolutionTimeliness(facts);
  if (row.apologisedAt === null) return row.timeliness;
  return resolutionTimeliness({ resolvedAt: row.resolvedAt, originalDueAt: row.originalDueAt, pauses: [] });
}

export function dossierListLine(row: DossierRow, facts?: DossierFacts): ExportValue[] {
  const a = row.applicant;
  const timeliness = resultTimeliness(row, facts);
  return [
    row.code,
    row.procedureName,
    row.fieldName,
    a.name,
    a.idNumber || a.taxCode || null,
    a.address ?? null,
    a.phone ?? null,
    core.procedure.channelNames[row.channel] ?? row.channel,
    new Date(row.receivedAt),
    new Date(row.dueAt),
    dossiers.status[row.status] ?? row.status,
    // Withdrawn dossiers have no result (resolvedAt is then the withdrawal).
    row.resolvedAt !== null && row.timeliness !== null ? new Date(row.resolvedAt) : null,
    timeliness ? TIMELINESS[timeliness] : null,
    row.apologisedAt !== null ? 'Có' : null,
  ];
}

/** The filters in words, for the line under the title ("Trạng thái: Chờ bổ sung; …"). */
export function describeFilter(filter: DossierListFilter, procedures: readonly ProcedureOption[] = []): string {
  const parts: string[] = [];
  if (filter.text?.trim()) parts.push(`Tìm: “${filter.text.trim()}”`);
  if (filter.queue) parts.push(`Hàng đợi: ${core.home[filter.queue]}`);
  if (filter.status) parts.push(`Trạng thái: ${dossiers.status[filter.status]}`);
  if (filter.procedureId) {
    const p = procedures.find((x) => x.id === filter.procedureId);
    parts.push(`Thủ tục: ${p ? `${p.name} (${p.code})` : filter.procedureId}`);
  }
  if (filter.fieldName) parts.push(`Lĩnh vực: ${filter.fieldName}`);
  const date = (d: string) => d.split('-').reverse().join('/');
  if (filter.from && filter.to) parts.push(`Tiếp nhận từ ngày ${date(filter.from)} đến ngày ${date(filter.to)}`);
  else if (filter.from) parts.push(`Tiếp nhận từ ngày ${date(filter.from)}`);
  else if (filter.to) parts.push(`Tiếp nhận đến ngày ${date(filter.to)}`);
  return parts.length > 0 ? `Bộ lọc: ${parts.join('; ')}` : 'Tất cả hồ sơ trên máy';
}

export interface DossierListExport {
  rows: readonly DossierRow[];
  filter: DossierListFilter;
  procedures?: readonly ProcedureOption[];
  /** The agency's name (Settings), on the first line when set. */
  agencyName?: string;
  now: number;
  /** The statistics' facts of the rows, by id (store/statistics.ts `statFactsOf`). */
  facts?: ReadonlyMap<string, DossierFacts>;
}

export function dossierListTable({ rows, filter, procedures, agencyName, now, facts }: DossierListExport): ExportTable {
  const title = [
    ...(agencyName?.trim() ? [agencyName.trim()] : []),
    'DANH SÁCH HỒ SƠ',
    describeFilter(filter, procedures),
    `${rows.length.toLocaleString('vi-VN')} hồ sơ; xuất lúc ${formatHHmm(vnMinuteOfDay(now))} ngày ${formatDateVi(now)}`,
  ];
  return {
    fileName: asciiFileName(`ho-so-${vnDate(now)}`),
    sheets: [{ name: 'Hồ sơ', title, columns: DOSSIER_LIST_COLUMNS, rows: rows.map((row) => dossierListLine(row, facts?.get(row.id))) }],
  };
}
