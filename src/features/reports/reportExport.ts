/**
 * The report as a workbook for the exports (Excel, CSV): the same columns as the screen and the
 * printed report, in Vietnamese, with the agency and the period above each sheet. Pure: the
 * export module (src/features/export) writes the file.
 */
import { formatDateVi } from '../../domain/calendar/vnTime';
import { periodLabelVi, type Report, type ReportRow } from '../../domain/statistics';
import { QUALITY_COLUMNS, RECEIVED_COLUMNS, flatHeader, type ReportColumn } from './columns';
import { vi as text } from './messages';
import { viLabel } from './reportLabels';
import { monthLabel } from './reportFormat';
import type { ExportColumn, ExportSheet, ExportTable } from '../export';

export type { ExportTable } from '../export';

export const REPORT_TITLE_UPPER = 'BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH';

const FIGURE_COLUMNS: readonly ReportColumn[] = [...RECEIVED_COLUMNS, ...QUALITY_COLUMNS];

/** A figure column in the workbook: counts and days as numbers, shares as fractions (0–1). */
function figureColumn(c: ReportColumn): ExportColumn {
  return { header: flatHeader(c, viLabel), width: c.kind === 'days' ? 14 : 12, type: c.kind === 'percent' ? 'percent' : 'number', ...(c.kind === 'days' ? { format: '0.0' } : {}) };
}

/** Days rounded as the screen shows them (one decimal); shares kept whole, the sheet formats them. */
function value(c: ReportColumn, row: ReportRow['figures']): number | null {
  const v = c.value(row);
  if (v === null) return null;
  return c.kind === 'days' ? Math.round(v * 10) / 10 : v;
}

const fieldName = (r: ReportRow) => (r.key === '' && !r.name.trim() ? text.noField : r.name);

/** "bao-cao-nam-2026", "bao-cao-quy-4-2026", "bao-cao-2026-11-01-den-2026-11-15" (no extension). */
export function reportFileName(report: Report): string {
  const { kind, from, to } = report.period;
  const [year, month] = from.split('-').map(Number) as [number, number];
  switch (kind) {
    case 'year':
      return `bao-cao-nam-${year}`;
    case 'quarter':
      return `bao-cao-quy-${Math.floor((month - 1) / 3) + 1}-${year}`;
    case 'month':
      return `bao-cao-thang-${String(month).padStart(2, '0')}-${year}`;
    default:
      return `bao-cao-${from}-den-${to}`;
  }
}

export function reportToExportTable(report: Report, agencyName: string): ExportTable {
  const period = periodLabelVi(report.period);
  const range = `Từ ngày ${formatDateVi(report.period.from)} đến ngày ${formatDateVi(report.period.to)}`;
  const title = (what: string) => [agencyName.trim(), REPORT_TITLE_UPPER, `Kỳ báo cáo: ${period}${report.period.kind === 'custom' ? '' : ` (${range.toLowerCase()})`}`, what].filter(Boolean);
  const figures = FIGURE_COLUMNS.map(figureColumn);
  const cells = (f: ReportRow['figures']) => FIGURE_COLUMNS.map((c) => value(c, f));

  const summary: ExportSheet = {
    name: 'Tổng hợp',
    title: title('Tổng hợp và theo lĩnh vực'),
    columns: [{ header: 'Lĩnh vực', width: 30, type: 'text' }, ...figures],
    rows: [[text.total, ...cells(report.total)], ...report.byField.map((r) => [fieldName(r), ...cells(r.figures)])],
  };
  const byProcedure: ExportSheet = {
    name: 'Theo thủ tục',
    title: title('Theo thủ tục hành chính'),
    columns: [{ header: 'Mã thủ tục', width: 14, type: 'text' }, { header: 'Tên thủ tục', width: 40, type: 'text' }, ...figures],
    rows: [['', text.total, ...cells(report.total)], ...report.byProcedure.map((r) => [r.key, r.name, ...cells(r.figures)])],
  };
  const monthly: ExportSheet = {
    name: 'Theo tháng',
    title: title('Theo tháng'),
    columns: [
      { header: 'Tháng', width: 10, type: 'text' },
      { header: 'Mới tiếp nhận', width: 14, type: 'number' },
      { header: 'Đã giải quyết', width: 14, type: 'number' },
      { header: 'Tỷ lệ đúng hạn', width: 14, type: 'percent' },
    ],
    rows: report.monthly.map((m) => [monthLabel(m.month), m.received, m.resolved, m.onTimeRate]),
  };
  const estimates: ExportSheet = {
    name: 'Ước tính QĐ 766',
    title: title(`Chỉ số theo Quyết định 766/QĐ-TTg — ƯỚC TÍNH. ${text.estimates.note}`),
    columns: [
      { header: 'Thành phần', width: 28, type: 'text' },
      { header: 'Tỷ lệ làm căn cứ', width: 16, type: 'percent' },
      { header: 'Điểm ước tính', width: 14, type: 'number' },
      { header: 'Điểm tối đa', width: 12, type: 'number' },
      { header: 'Ghi chú', width: 20, type: 'text' },
    ],
    rows: report.estimates766.map((e) => [text.estimates.keys[e.key], e.basis, e.points, e.maxPoints, e.points === null ? text.estimates.noData : 'ước tính']),
  };
  return { fileName: reportFileName(report), sheets: [summary, byProcedure, monthly, estimates] };
}
