/**
 * Vietnam time (giờ Việt Nam): a fixed UTC+7 offset with no daylight saving time.
 *
 * Every date and time the desk prints or counts with is in Vietnam time, whatever the time zone of
 * the device or of the hub that runs this code. So nothing here uses `Date`'s local getters or
 * parses date strings with `Date`: calendar dates are turned into day numbers by integer
 * arithmetic, and instants (epoch milliseconds) are shifted by +7 h before they are split into a
 * date and a time of day.
 *
 * Conventions used across the calendar modules:
 * - an instant is epoch milliseconds (`number`);
 * - a calendar date is a string "YYYY-MM-DD" in Vietnam time;
 * - a time of day is "HH:mm", or a number of minutes since midnight;
 * - an epoch day is the number of days since 1970-01-01 (a date's integer index).
 */

/** Vietnam's offset from UTC, in milliseconds (UTC+7 all year). */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM_RE = /^(\d{1,2}):(\d{2})$/;

/** Remainder that is never negative (JavaScript's `%` keeps the dividend's sign). */
function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `daysFromCivil` (H. Hinnant's `civil_from_days`). */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Splits and validates "YYYY-MM-DD"; throws a RangeError on anything else (e.g. "2026-02-30"). */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_RE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`Invalid calendar date "${date}" (expected YYYY-MM-DD)`);
}

export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

/** Builds "YYYY-MM-DD" from numbers (not validated: callers pass real dates). */
export function makeDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The epoch day (days since 1970-01-01) of a calendar date. */
export function epochDay(date: string): number {
  const { year, month, day } = parseDate(date);
  return daysFromCivil(year, month, day);
}

/** The calendar date of an epoch day. */
export function dateFromEpochDay(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return makeDate(y, m, d);
}

/** The year of an epoch day, without building a string. */
export function yearOfEpochDay(days: number): number {
  return civilFromDays(days).y;
}

/** The epoch day of an instant, in Vietnam time. */
export function vnEpochDay(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** The calendar date (Vietnam time) of an instant. */
export function vnDate(ms: number): string {
  return dateFromEpochDay(vnEpochDay(ms));
}

/** Minutes since midnight (Vietnam time) of an instant, 0–1439. */
export function vnMinuteOfDay(ms: number): number {
  return Math.floor(mod(ms + VN_OFFSET_MS, DAY_MS) / MINUTE_MS);
}

/** The instant of midnight (start of the day, Vietnam time) of an epoch day. */
export function vnStartOfEpochDay(days: number): number {
  return days * DAY_MS - VN_OFFSET_MS;
}

/** The instant of a date and "HH:mm" time, both in Vietnam time. */
export function vnInstant(date: string, hhmm: string): number {
  return vnStartOfEpochDay(epochDay(date)) + parseHHmm(hhmm) * MINUTE_MS;
}

/** The date `n` calendar days after `date` (`n` may be negative). */
export function addDays(date: string, n: number): string {
  return dateFromEpochDay(epochDay(date) + n);
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(days: number): number {
  return mod(days + 4, 7);
}

/** Day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return weekdayOfEpochDay(epochDay(date));
}

/**
 * Minutes since midnight of "HH:mm" (or "H:mm"). "24:00" is accepted as the end of the day, so an
 * office session may close at midnight. Throws a RangeError on anything else.
 */
export function parseHHmm(hhmm: string): number {
  const match = HHMM_RE.exec(hhmm);
  if (match) {
    const h = Number(match[1]);
    const m = Number(match[2]);
    if ((h < 24 && m < 60) || (h === 24 && m === 0)) return h * 60 + m;
  }
  throw new RangeError(`Invalid time of day "${hhmm}" (expected HH:mm)`);
}

/** "HH:mm" of a number of minutes since midnight. */
export function formatHHmm(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** "dd/MM/yyyy" (e.g. "05/01/2026"), the numeric form used in tables and the tracking book. */
export function formatDateVi(value: number | string): string {
  const date = typeof value === 'number' ? vnDate(value) : value;
  const { year, month, day } = parseDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * "ngày 05 tháng 01 năm 2026", "ngày 22 tháng 11 năm 2026", "ngày 15 tháng 3 năm 2026".
 *
 * Why this padding: administrative documents follow Decree 30/2020/NĐ-CP (Appendix I, on the time
 * of issue), which requires a leading zero for days below 10 and for months 1 and 2 only — so that
 * nobody can turn "1" into "11" or "21" by adding a digit — and writes months 3–12 as they are.
 * The desk's forms (Mẫu 01–07) are printed by the same rule.
 */
export function formatDateWordsVi(date: string): string {
  const { year, month, day } = parseDate(date);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/**
 * "09 giờ 05 phút, ngày 22 tháng 11 năm 2026": the time column of the processing control sheet
 * (Mẫu 06) and the receipt (Mẫu 01). Hours and minutes always have two digits, as on the forms;
 * the date part follows `formatDateWordsVi`.
 */
export function formatTimeWordsVi(ms: number): string {
  const minutes = vnMinuteOfDay(ms);
  return `${pad2(Math.floor(minutes / 60))} giờ ${pad2(minutes % 60)} phút, ${formatDateWordsVi(vnDate(ms))}`;
}
