/**
 * The columns of the report's tables, once, for the screen, the printed report and the exports:
 * table A follows the periodic report (Circular 01/2020/TT-VPCP, form II.06a as public
 * implementations show it, DOMAIN.md §8): received = carried over + new (online; at the desk; by
 * post); resolved = early + on time + late; in progress = within + overdue. Table B holds what the
 * province scores the commune on: late dossiers and apologies, online and digitised shares,
 * satisfaction.
 */
import type { SatisfactionLevel } from '../../domain/dossier/events';
import type { FigureKey, Figures } from '../../domain/statistics';
import type { vi } from './messages';

export type ColumnLabel = keyof typeof vi.col | `levels.${SatisfactionLevel}`;

export interface ReportColumn {
  id: string;
  /** The header of the column (a key of messages.col, or a satisfaction level). */
  label: ColumnLabel;
  /** The header over several columns, and under it the one over a few of them. */
  group?: ColumnLabel;
  sub?: ColumnLabel;
  kind: 'count' | 'percent' | 'days';
  value: (f: Figures) => number | null;
  /** The figure behind the count, for the drill-down; absent: not a list of dossiers. */
  figure?: FigureKey;
}

const count = (id: string, label: ColumnLabel, figure: FigureKey | undefined, value: (f: Figures) => number, more: Partial<ReportColumn> = {}): ReportColumn => ({
  id,
  label,
  kind: 'count',
  value,
  ...(figure ? { figure } : {}),
  ...more,
});

export const RECEIVED_COLUMNS: readonly ReportColumn[] = [
  count('receivedTotal', 'receivedTotal', 'receivedTotal', (f) => f.receivedTotal, { group: 'received' }),
  count('carriedOver', 'carriedOver', 'carriedOver', (f) => f.carriedOver, { group: 'received' }),
  count('online', 'online', 'byChannel.online', (f) => f.byChannel.online, { group: 'received', sub: 'receivedNew' }),
  count('desk', 'desk', 'byChannel.desk', (f) => f.byChannel.desk, { group: 'received', sub: 'receivedNew' }),
  count('postal', 'postal', 'byChannel.postal', (f) => f.byChannel.postal, { group: 'received', sub: 'receivedNew' }),
  count('resolved', 'resolvedTotal', 'resolved', (f) => f.resolved, { group: 'resolved' }),
  count('early', 'early', 'resolvedEarly', (f) => f.resolvedEarly, { group: 'resolved' }),
  count('onTime', 'onTime', 'resolvedOnTime', (f) => f.resolvedOnTime, { group: 'resolved' }),
  count('late', 'late', 'resolvedLate', (f) => f.resolvedLate, { group: 'resolved' }),
  count('inProgress', 'inProgressTotal', 'inProgress', (f) => f.inProgress, { group: 'inProgress' }),
  count('within', 'within', 'inProgressWithin', (f) => f.inProgressWithin, { group: 'inProgress' }),
  count('overdue', 'overdue', 'inProgressOverdue', (f) => f.inProgressOverdue, { group: 'inProgress' }),
  count('returned', 'returned', 'returned', (f) => f.returned),
  count('refused', 'refused', 'refused', (f) => f.refused),
  count('withdrawn', 'withdrawn', 'withdrawn', (f) => f.withdrawn),
  { id: 'onTimeRate', label: 'onTimeRate', kind: 'percent', value: (f) => f.onTimeRate },
  { id: 'averageDays', label: 'averageDays', kind: 'days', value: (f) => f.averageWorkingDays },
];

export const QUALITY_COLUMNS: readonly ReportColumn[] = [
  count('lateAll', 'lateAll', 'late', (f) => f.late),
  count('lateApologised', 'lateApologised', 'lateApologised', (f) => f.lateApologised),
  { id: 'lateApologisedRate', label: 'lateApologisedRate', kind: 'percent', value: (f) => f.lateApologisedRate },
  count('resolvedLateApologised', 'resolvedLateApologised', 'resolvedLateApologised', (f) => f.resolvedLateApologised),
  count('overdueUnapologised', 'overdueUnapologised', 'overdueUnapologised', (f) => f.overdueUnapologised),
  { id: 'onlineRate', label: 'onlineRate', kind: 'percent', value: (f) => f.onlineRate },
  count('digitised', 'digitised', 'digitised', (f) => f.digitised),
  { id: 'digitisedRate', label: 'digitisedRate', kind: 'percent', value: (f) => f.digitisedRate },
  count('very-satisfied', 'levels.very-satisfied', 'rating.very-satisfied', (f) => f.ratings['very-satisfied'], { group: 'ratings' }),
  count('satisfied', 'levels.satisfied', 'rating.satisfied', (f) => f.ratings.satisfied, { group: 'ratings' }),
  count('acceptable', 'levels.acceptable', 'rating.acceptable', (f) => f.ratings.acceptable, { group: 'ratings' }),
  count('not-satisfied', 'levels.not-satisfied', 'rating.not-satisfied', (f) => f.ratings['not-satisfied'], { group: 'ratings' }),
  count('rated', 'rated', 'rated', (f) => f.rated, { group: 'ratings' }),
  { id: 'satisfiedRate', label: 'satisfiedRate', kind: 'percent', value: (f) => f.satisfiedRate },
];

export interface HeaderCell {
  label: ColumnLabel;
  colSpan: number;
  rowSpan: number;
  /** The column's own header (a leaf), with its column's id. */
  column?: string;
}

/**
 * The header rows of a table of `columns` (after the row-label column): a group spans its
 * columns, a column without group or sub spans the rows below.
 */
export function headerRows(columns: readonly ReportColumn[]): HeaderCell[][] {
  const depth = columns.some((c) => c.sub) ? 3 : columns.some((c) => c.group) ? 2 : 1;
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const levels = (c: ReportColumn): ColumnLabel[] => [c.group, c.sub].filter((x): x is ColumnLabel => x !== undefined);
  let i = 0;
  while (i < columns.length) {
    const c = columns[i] as ReportColumn;
    const path = levels(c);
    // Each level of the column's path: merged with the neighbours that share it.
    for (let level = 0; level < path.length; level++) {
      const prefix = path.slice(0, level + 1).join('/');
      const previous = i > 0 ? levels(columns[i - 1] as ReportColumn).slice(0, level + 1).join('/') : null;
      if (previous === prefix) continue;
      let span = 1;
      while (i + span < columns.length && levels(columns[i + span] as ReportColumn).slice(0, level + 1).join('/') === prefix) span++;
      rows[level]!.push({ label: path[level] as ColumnLabel, colSpan: span, rowSpan: 1 });
    }
    rows[path.length]!.push({ label: c.label, colSpan: 1, rowSpan: depth - path.length, column: c.id });
    i++;
  }
  return rows;
}

/** The header of a column as one line (exports): "Số hồ sơ đã giải quyết — Trước hạn". */
export function flatHeader(c: ReportColumn, text: (label: ColumnLabel) => string): string {
  return [c.group, c.sub, c.label]
    .filter((x): x is ColumnLabel => x !== undefined)
    .map(text)
    .join(' — ');
}
