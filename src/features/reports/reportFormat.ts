/** How the report writes its numbers: "95,2 %" in Vietnamese, "95.2%" in English, "—" for none. */
import { formatNumber } from '../../app/format';
import type { Language } from '../../app/uiState';
import { monthsOf, type Period } from '../../domain/statistics';
import type { ReportColumn } from './columns';

export const NONE = '—';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

function oneDecimal(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A share (0–1) as a percentage with one decimal; the space before % is a no-break one. */
export function formatPercent(rate: number | null, language: Language): string {
  if (rate === null || !Number.isFinite(rate)) return NONE;
  const n = oneDecimal(rate * 100, language);
  return language === 'vi' ? `${n}\u00a0%` : `${n}%`;
}

/** Working days with one decimal: "2,4". */
export function formatDays(days: number | null, language: Language): string {
  return days === null || !Number.isFinite(days) ? NONE : oneDecimal(days, language);
}

export function formatCell(column: ReportColumn, value: number | null, language: Language): string {
  if (column.kind === 'percent') return formatPercent(value, language);
  if (column.kind === 'days') return formatDays(value, language);
  return value === null ? NONE : formatNumber(value, language);
}

/** "11/2026" for "2026-11". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${Number(m)}/${year}`;
}

/** Whether the period spans more than one month (a trend by month is worth drawing). */
export function severalMonths(period: Period): boolean {
  return monthsOf(period).length > 1;
}
