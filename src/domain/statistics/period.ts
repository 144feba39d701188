/** Reporting periods (docs/statistics.md): months, quarters, years and custom ranges, in Vietnam time. */
import { addDays, epochDay, makeDate, parseDate, vnStartOfEpochDay, formatDateVi } from '../calendar/vnTime';
import type { Period, PeriodKind } from './types';

/** The month, quarter or year containing `date` ("YYYY-MM-DD"). */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
  const { year, month } = parseDate(date);
  if (kind === 'year') return { kind, from: makeDate(year, 1, 1), to: makeDate(year, 12, 31) };
  const first = kind === 'quarter' ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const months = kind === 'quarter' ? 3 : 1;
  return { kind, from: makeDate(year, first, 1), to: lastDayOfMonth(year, first + months - 1) };
}

/** A custom range; throws a RangeError (in Vietnamese) when `to` is before `from`. */
export function customPeriod(from: string, to: string): Period {
  if (to < from) throw new RangeError('Ngày cuối kỳ phải sau hoặc bằng ngày đầu kỳ');
  return { kind: 'custom', from, to };
}

/** The period `n` periods after `p` (n < 0: before). A custom range moves by its own length. */
export function shiftPeriod(p: Period, n: number): Period {
  if (p.kind === 'custom') {
    const len = epochDay(p.to) - epochDay(p.from) + 1;
    return { kind: 'custom', from: addDays(p.from, n * len), to: addDays(p.to, n * len) };
  }
  const { year, month } = parseDate(p.from);
  const step = p.kind === 'year' ? 12 : p.kind === 'quarter' ? 3 : 1;
  const index = year * 12 + (month - 1) + n * step;
  return periodOf(p.kind, makeDate(Math.floor(index / 12), (index % 12) + 1, 1));
}

/** The period as instants: [start, end) from midnight of `from` to midnight after `to`, Vietnam time. */
export function periodBounds(p: Period): { start: number; end: number } {
  return { start: vnStartOfEpochDay(epochDay(p.from)), end: vnStartOfEpochDay(epochDay(p.to) + 1) };
}

/** The months the period touches, "YYYY-MM", in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  const a = parseDate(p.from);
  const b = parseDate(p.to);
  for (let i = a.year * 12 + a.month - 1; i <= b.year * 12 + b.month - 1; i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Tháng 11/2026", "Quý IV/2026", "Năm 2026", "Từ 01/11/2026 đến 15/11/2026" — as printed on the report. */
export function periodLabelVi(p: Period): string {
  const { year, month } = parseDate(p.from);
  switch (p.kind) {
    case 'month':
      return `Tháng ${month}/${year}`;
    case 'quarter':
      return `Quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
    case 'year':
      return `Năm ${year}`;
    default:
      return `Từ ${formatDateVi(p.from)} đến ${formatDateVi(p.to)}`;
  }
}

function lastDayOfMonth(year: number, month: number): string {
  return addDays(month === 12 ? makeDate(year + 1, 1, 1) : makeDate(year, month + 1, 1), -1);
}
