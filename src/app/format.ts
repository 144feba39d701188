/** Numbers, money, sizes and dates the way the current language writes them (Vietnam time). */
import type { Language } from './uiState';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

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

export function formatDate(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(ms);
}

export function formatDateTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}
