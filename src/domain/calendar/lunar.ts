/**
 * The Vietnamese lunisolar calendar (âm lịch), after the rules published by Hồ Ngọc Đức
 * ("Lịch Việt Nam", informatik.uni-leipzig.de/~duc/amlich), which use astronomical new moons and
 * major solar terms (trung khí) computed with Jean Meeus's "Astronomical Algorithms":
 * - a lunar month starts on the (local) day of a new moon;
 * - the month containing the winter solstice is month 11;
 * - when 13 new moons separate two months 11, the first month after month 11 that contains no
 *   major solar term is the leap month and takes the number of the month before it.
 *
 * Why it matters: two holidays of Labour Code 2019 Art. 112 (Tết and Hùng Kings' day, 10/3) are
 * lunar dates. Vietnam reckons the days in UTC+7; China's calendar uses UTC+8, and when a new
 * moon or a solar term falls between 16:00 and 17:00 UTC the two calendars differ by a day or a
 * month (e.g. Tết 1985, 2007 and 2030). Date libraries' "VN" holiday data is incomplete
 * (DOMAIN.md §6), so the computation is done here.
 *
 * Julian day numbers (JDN, an integer per day, counted at noon) are the internal currency. The
 * results are checked against the published dates for 1900–2100; the astronomical series used
 * are accurate well beyond that, so 1800–2199 is accepted.
 */
import { dateFromEpochDay, epochDay, parseDate } from './vnTime';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the days of a leap month (tháng nhuận), which repeats the number of the month before. */
  leap: boolean;
}

/** Vietnam's time zone, in hours: the calendar is computed for UTC+7, not China's UTC+8. */
const TIME_ZONE = 7;
/** Mean length of a synodic month, in days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the mean new moon of 1900-01-01 13:51 UTC, from which new moons are numbered. */
const NEW_MOON_EPOCH_JD = 2415021.076998695;
/** JDN of 1970-01-01 (the JDN counts days at noon, so 1970-01-01 00:00 UTC is JD 2440587.5). */
const UNIX_EPOCH_JDN = 2440588;
const DEG = Math.PI / 180;
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Lunar calendar supports years ${MIN_YEAR}–${MAX_YEAR}, got ${year}`);
  }
}

function jdnOf(date: string): number {
  return epochDay(date) + UNIX_EPOCH_JDN;
}

function dateOfJdn(jdn: number): string {
  return dateFromEpochDay(jdn - UNIX_EPOCH_JDN);
}

/**
 * Julian day (UT) of the k-th new moon after the one of 1900-01-01: Meeus's mean phase plus the
 * main periodic terms, corrected by an approximation of ΔT (TT − UT).
 */
function newMoonJd(k: number): number {
  const T = k / 1236.85; // Julian centuries from 1900-01-00
  const T2 = T * T;
  const T3 = T2 * T;
  const mean =
    2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3 + 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * DEG; // Sun's mean anomaly
  const Mpr = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * DEG; // Moon's mean anomaly
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * DEG; // Moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(M) +
    0.0021 * Math.sin(2 * M) -
    0.4068 * Math.sin(Mpr) +
    0.0161 * Math.sin(2 * Mpr) -
    0.0004 * Math.sin(3 * Mpr) +
    0.0104 * Math.sin(2 * F) -
    0.0051 * Math.sin(M + Mpr) -
    0.0074 * Math.sin(M - Mpr) +
    0.0004 * Math.sin(2 * F + M) -
    0.0004 * Math.sin(2 * F - M) -
    0.0006 * Math.sin(2 * F + Mpr) +
    0.001 * Math.sin(2 * F - Mpr) +
    0.0005 * Math.sin(2 * Mpr + M);
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return mean + correction - deltaT;
}

/** JDN of the local (UTC+7) day on which the k-th new moon falls: the first day of a lunar month. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TIME_ZONE / 24);
}

/** Apparent longitude of the Sun (radians, 0–2π) at Julian day `jd` (Meeus, low precision). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries from J2000
  const T2 = T * T;
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * DEG;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const C = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.00029 * Math.sin(3 * M);
  const L = (L0 + C) * DEG;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/**
 * Index 0–11 of the 30° sector the Sun is in at the local midnight starting day `jdn`: two days
 * with different indices have a major solar term (trung khí) between them.
 */
function solarTermSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** JDN of the first day of month 11 (the month with the winter solstice) of solar year `year`. */
function month11Start(year: number): number {
  const k = Math.floor((jdnOf(`${year}-12-31`) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Sectors 9–11 are 270°–360°: that new moon came after the solstice, so month 11 began one
  // lunation earlier.
  return solarTermSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month year starting at month 11 `a11`, the offset (in months from `a11`) of the leap
 * month: the first month whose start lies in the same solar-term sector as the next month's start,
 * i.e. a month without a major solar term.
 */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = solarTermSector(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = solarTermSector(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** The lunar date of a solar (Gregorian) date "YYYY-MM-DD". */
export function solarToLunar(date: string): LunarDate {
  const { year } = parseDate(date);
  checkYear(year);
  const jdn = jdnOf(date);
  // The mean lunation gives the month to within one: the true new moon can be over half a day
  // from the mean one. The published code only looks one month back, which yields a "day 0" on a
  // few dates (e.g. 2054-05-07); stepping until new moon k ≤ day < new moon k+1 avoids that.
  let k = Math.floor((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  while (newMoonDay(k) > jdn) k -= 1;
  while (newMoonDay(k + 1) <= jdn) k += 1;
  const monthStart = newMoonDay(k);

  let a11 = month11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = month11Start(year + 1);
  }

  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    // 13 lunations between the two months 11: months from the leap month on are numbered one less.
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 that start before the solar new year belong to the previous lunar year.
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/**
 * The solar date "YYYY-MM-DD" of a lunar date. Throws a RangeError when the date does not exist:
 * `leap` asked for a month that is not the leap month of that year, or day 30 of a 29-day month.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  checkYear(year);
  if (!Number.isInteger(day) || day < 1 || day > 30 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid lunar date ${day}/${month}/${year}`);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = month11Start(year - 1);
    b11 = month11Start(year);
  } else {
    a11 = month11Start(year);
    b11 = month11Start(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) {
      throw new RangeError(`Lunar year ${year} has no leap month ${month} (its leap month is ${leapMonth})`);
    }
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const result = dateOfJdn(newMoonDay(k + offset) + day - 1);
  // Day 30 of a 29-day month would silently land on the next month's first day: refuse it.
  const check = solarToLunar(result);
  if (check.day !== day || check.month !== month || check.leap !== leap) {
    throw new RangeError(`Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has no day ${day}`);
  }
  return result;
}
