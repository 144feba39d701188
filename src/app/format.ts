/** Numbers, money, sizes and dates the way the current language writes them (Vietnam time). */
import { formatDateVi, formatHHmm, vnMinuteOfDay } from '../domain/calendar/vnTime';
import type { Language } from './uiState';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatNumber(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(n);
}

export function formatVnd(n: number, language: Language): string {
  return `${formatNumber(n, language)} đồng`;
}

export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/**
 * Dates are always day/month/year (dd/mm/yyyy), whatever the language or the browser's locale:
 * an officer in an English interface still reads the ID card's dates the Vietnamese way. They
 * are built by hand, not by Intl, whose English patterns put the month first (en-US) and whose
 * output depends on the browser's locale data.
 */
export function formatDate(ms: number, _language?: Language): string {
  return formatDateVi(ms);
}

/** "14:05 20/11/2026" in Vietnamese, "20/11/2026, 14:05" in English: 24-hour clock, Vietnam time. */
export function formatDateTime(ms: number, language: Language): string {
  const time = formatHHmm(vnMinuteOfDay(ms));
  return language === 'vi' ? `${time} ${formatDateVi(ms)}` : `${formatDateVi(ms)}, ${time}`;
}

/** "14:05", Vietnam time: for instants minutes away (a retry), where the date would only be noise. */
export function formatTime(ms: number): string {
  return formatHHmm(vnMinuteOfDay(ms));
}
