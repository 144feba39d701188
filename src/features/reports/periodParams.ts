/**
 * The report's period in the address, so a report can be linked, bookmarked and reloaded:
 * `?nam=2026` (the year), `?nam=2026&quy=4` (a quarter), `?nam=2026&thang=11` (a month),
 * `?tu=2026-11-01&den=2026-11-15` (a custom range). No period: the current month.
 */
import { epochDay, isValidDate, makeDate, parseDate } from '../../domain/calendar/vnTime';
import { customPeriod, periodOf, type Period } from '../../domain/statistics';

export const PARAM = { year: 'nam', quarter: 'quy', month: 'thang', from: 'tu', to: 'den' } as const;

/** A custom range is at most five years: longer ones are years, read year by year. */
export const MAX_CUSTOM_DAYS = 5 * 366;

export type PeriodProblem = 'periodMissing' | 'periodInvalid' | 'periodReversed' | 'periodTooLong';

/** Why a custom range cannot be reported, or null when it can. */
export function customProblem(from: string, to: string): PeriodProblem | null {
  if (!from || !to) return 'periodMissing';
  if (!isValidDate(from) || !isValidDate(to)) return 'periodInvalid';
  const days = epochDay(to) - epochDay(from) + 1;
  if (days < 1) return 'periodReversed';
  if (days > MAX_CUSTOM_DAYS) return 'periodTooLong';
  return null;
}

const int = (text: string | null, min: number, max: number): number | null => {
  if (text === null || !/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

/**
 * The period the address asks for; `today` ("YYYY-MM-DD") gives the default month. `bad` is true
 * when the address named a period that is not valid (the current month is shown instead).
 */
export function periodFromParams(params: URLSearchParams, today: string): { period: Period; bad: boolean } {
  const fallback = periodOf('month', today);
  const from = params.get(PARAM.from);
  const to = params.get(PARAM.to);
  if (from !== null || to !== null) {
    if (customProblem(from ?? '', to ?? '')) return { period: fallback, bad: true };
    return { period: customPeriod(from as string, to as string), bad: false };
  }
  const yearText = params.get(PARAM.year);
  const monthText = params.get(PARAM.month);
  const quarterText = params.get(PARAM.quarter);
  if (yearText === null) return { period: fallback, bad: monthText !== null || quarterText !== null };
  const year = int(yearText, 1900, 2999);
  if (year === null) return { period: fallback, bad: true };
  if (monthText !== null) {
    const month = int(monthText, 1, 12);
    return month === null ? { period: fallback, bad: true } : { period: periodOf('month', makeDate(year, month, 1)), bad: false };
  }
  if (quarterText !== null) {
    const quarter = int(quarterText, 1, 4);
    return quarter === null ? { period: fallback, bad: true } : { period: periodOf('quarter', makeDate(year, quarter * 3 - 2, 1)), bad: false };
  }
  return { period: periodOf('year', makeDate(year, 1, 1)), bad: false };
}

/** The address parameters of a period (the inverse of periodFromParams). */
export function periodToParams(period: Period): Record<string, string> {
  const { year, month } = parseDate(period.from);
  switch (period.kind) {
    case 'year':
      return { [PARAM.year]: String(year) };
    case 'quarter':
      return { [PARAM.year]: String(year), [PARAM.quarter]: String(Math.floor((month - 1) / 3) + 1) };
    case 'month':
      return { [PARAM.year]: String(year), [PARAM.month]: String(month) };
    default:
      return { [PARAM.from]: period.from, [PARAM.to]: period.to };
  }
}

/** "?nam=2026&quy=4" — the query string of a period, with `extra` parameters after it. */
export function periodSearch(period: Period, extra: Record<string, string> = {}): string {
  return `?${new URLSearchParams({ ...periodToParams(period), ...extra }).toString()}`;
}
