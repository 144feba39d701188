/**
 * Public holidays (ngày nghỉ lễ, tết) of the civil service, DOMAIN.md §6.
 *
 * Labour Code 2019 (Bộ luật Lao động 45/2019/QH14) Art. 112 §1 lists the holidays: Tết Dương lịch
 * (1 January), Tết Âm lịch (5 days), Ngày Chiến thắng (30 April), Ngày Quốc tế lao động (1 May),
 * Quốc khánh (2 September plus one adjacent day before or after) and Giỗ Tổ Hùng Vương (10th day
 * of the 3rd lunar month). Art. 112 §3 leaves the exact Tết days and the adjacent National Day
 * day to the Prime Minister each year, and Art. 111 §3 moves a holiday that falls on a weekly rest
 * day to the next working day (nghỉ bù).
 *
 * Each year the government (and then the province) announces the civil service's actual days off,
 * often with swaps and make-up working days. This module computes the defaults from the rules; the
 * province's published list for a year (an `OfficialYearList`, distributed by the hub) ADJUSTS them:
 * days added, computed days removed, make-up working days. An announcement does not repeat the
 * fixed holidays (DOMAIN.md §6), so entering only the Tết announcement keeps 1 January, Hùng Kings'
 * day, 30 April, 1 May and 2 September of that year.
 */
import { lunarToSolar } from './lunar';
import { addDays, epochDay, isValidDate, makeDate, parseDate, weekdayOfEpochDay, dateFromEpochDay } from './vnTime';

/** A named date: a day off ("Tết Âm lịch", "Nghỉ bù Quốc khánh", …). */
export interface NamedDay {
  date: string;
  name: string;
}

/**
 * The province's published adjustments to the computed days off of one year. The days off of that
 * year are the computed ones, minus `removed`, plus `added`; `makeUpWorkingDays` are working days
 * (ngày làm bù), e.g. a Saturday worked in exchange for a bridging day off.
 */
export interface OfficialYearList {
  year: number;
  /** Days off the announcement gives beyond the computed ones (a swapped bridging day, a longer Tết…). */
  added: NamedDay[];
  /** Computed days off the announcement does not give (e.g. a compensation day replaced by a swap). */
  removed: { date: string; name?: string }[];
  makeUpWorkingDays: { date: string; name?: string }[];
  /** The announcement it comes from, e.g. "Thông báo …/TB-BNV ngày …". */
  source?: string;
}

/**
 * The shape stored before lists became adjustments: the complete list of the year's days off,
 * which replaced the computed ones. Converted on load by `upgradeOfficialList`.
 */
export interface LegacyOfficialYearList {
  year: number;
  daysOff: NamedDay[];
  makeUpWorkingDays: { date: string; name?: string }[];
  source?: string;
}

/** Which day next to 2 September is the second National Day holiday (Labour Code 2019 Art. 112 §1 đ). */
export type NationalDayExtra = 'before' | 'after';

/** The part of the calendar settings the holiday rules depend on. */
export interface HolidaySettings {
  /**
   * How many of the 5 Tết days are taken from the end of the old lunar year (0–4); the rest start
   * on lunar 1/1. Default 1: the last day of the old year (29 or 30 tháng Chạp) to the 4th of
   * tháng Giêng, as announced for 2026 (16–20 February 2026).
   */
  tetDaysBefore: number;
  nationalDayExtra: NationalDayExtra;
  /** The civil service's working weekdays (0 = Sunday … 6 = Saturday); the others are weekly rest days. */
  workingWeekdays: readonly number[];
}

export const TET_DAYS = 5;

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Âm lịch',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
} as const;

const COMPENSATION_PREFIX = 'Nghỉ bù ';

/** A computed day off, with where it comes from. */
export interface ComputedDay extends NamedDay {
  /** A holiday of Art. 112 §1 itself (not a compensation day). */
  statutory: boolean;
  /** Its date is fixed by the Code (1/1, Hùng Kings' 10/3 lunar, 30/4, 1/5, 2/9), not left to the yearly announcement. */
  fixed: boolean;
}

/** The holidays of Art. 112 §1 for `year`, before any compensation. */
function statutoryHolidays(year: number, settings: HolidaySettings): NamedDay[] {
  const { tetDaysBefore, nationalDayExtra } = settings;
  if (!Number.isInteger(tetDaysBefore) || tetDaysBefore < 0 || tetDaysBefore >= TET_DAYS) {
    throw new RangeError(`tetDaysBefore must be an integer 0–${TET_DAYS - 1}, got ${tetDaysBefore}`);
  }
  const days: NamedDay[] = [{ date: makeDate(year, 1, 1), name: HOLIDAY_NAMES.newYear }];
  // Tết of lunar year `year` always falls between 21 January and 20 February of solar `year`.
  const tetFirstDay = lunarToSolar(1, 1, year);
  for (let i = -tetDaysBefore; i < TET_DAYS - tetDaysBefore; i++) {
    days.push({ date: addDays(tetFirstDay, i), name: HOLIDAY_NAMES.tet });
  }
  // 10/3 of the regular 3rd month, never of a leap 3rd month.
  days.push({ date: lunarToSolar(10, 3, year), name: HOLIDAY_NAMES.hungKings });
  days.push({ date: makeDate(year, 4, 30), name: HOLIDAY_NAMES.victory });
  days.push({ date: makeDate(year, 5, 1), name: HOLIDAY_NAMES.labour });
  days.push({ date: makeDate(year, 9, nationalDayExtra === 'before' ? 1 : 2), name: HOLIDAY_NAMES.nationalDay });
  days.push({ date: makeDate(year, 9, nationalDayExtra === 'before' ? 2 : 3), name: HOLIDAY_NAMES.nationalDay });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The default days off of `year`: the statutory holidays plus compensation days.
 *
 * Compensation (Labour Code 2019 Art. 111 §3): a holiday on a weekly rest day is moved to the next
 * working day that is not itself a holiday. This is applied to Tết as well: the article names
 * "ngày nghỉ lễ, tết", and the announced Tết breaks (2023, 2024, 2025) all gave the civil service
 * 5 weekdays off even when Tết overlapped a weekend; only where those weekdays sit (a day before
 * instead of a day after) differs, which is what the official list is for. Two holidays on the
 * same date (possible in rare years for Hùng Kings' day and 30 April) are treated the same way,
 * so no holiday is lost.
 */
export function defaultDaysOff(year: number, settings: HolidaySettings): NamedDay[] {
  return computedDaysOff(year, settings).map(({ date, name }) => ({ date, name }));
}

/** The dates of `year` fixed by the Code: 1/1, Hùng Kings' day, 30/4, 1/5, 2/9. */
function fixedDates(year: number): Set<string> {
  return new Set([makeDate(year, 1, 1), lunarToSolar(10, 3, year), makeDate(year, 4, 30), makeDate(year, 5, 1), makeDate(year, 9, 2)]);
}

/** `defaultDaysOff` with each day's origin (statutory holiday or compensation; fixed date or not). */
export function computedDaysOff(year: number, settings: HolidaySettings): ComputedDay[] {
  const working = new Set(settings.workingWeekdays);
  const taken = new Map<number, string>();
  const compensations: { day: number; name: string }[] = [];
  for (const holiday of statutoryHolidays(year, settings)) {
    const day = epochDay(holiday.date);
    if (working.has(weekdayOfEpochDay(day)) && !taken.has(day)) {
      taken.set(day, holiday.name);
    } else {
      if (!taken.has(day)) taken.set(day, holiday.name);
      compensations.push({ day, name: holiday.name });
    }
  }
  // In date order, each lost holiday takes the first free working day after it. Free days are
  // searched only after every holiday of the year is known, so a compensation day never lands on
  // a later holiday.
  const fixed = fixedDates(year);
  const result: ComputedDay[] = [...taken].map(([day, name]) => {
    const date = dateFromEpochDay(day);
    return { date, name, statutory: true, fixed: fixed.has(date) };
  });
  for (const lost of compensations) {
    let day = lost.day + 1;
    while (!working.has(weekdayOfEpochDay(day)) || taken.has(day)) day += 1;
    const name = COMPENSATION_PREFIX + lost.name;
    taken.set(day, name);
    result.push({ date: dateFromEpochDay(day), name, statutory: false, fixed: false });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Structural problems with an official list (empty when valid): malformed dates, dates outside the
 * list's year, a date both off and worked. The settings screen checks more (`reviewAdjustments`).
 */
export function validateOfficialList(list: OfficialYearList): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(list.year)) problems.push(`Năm không hợp lệ: ${list.year}`);
  const off = new Set<string>();
  const check = (date: string, what: string): boolean => {
    if (!isValidDate(date)) {
      problems.push(`${what}: ngày không hợp lệ "${date}"`);
      return false;
    }
    if (parseDate(date).year !== list.year) {
      problems.push(`${what}: ngày ${date} không thuộc năm ${list.year}`);
      return false;
    }
    return true;
  };
  for (const day of list.added) {
    if (check(day.date, 'Ngày nghỉ thêm')) off.add(day.date);
    if (day.name.trim() === '') problems.push(`Ngày nghỉ ${day.date}: thiếu tên`);
  }
  for (const day of list.removed) check(day.date, 'Ngày bỏ nghỉ');
  for (const day of list.makeUpWorkingDays) {
    if (check(day.date, 'Ngày làm bù') && off.has(day.date)) {
      problems.push(`Ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm bù`);
    }
  }
  return problems;
}

/**
 * An official list in the current shape. A list stored before lists became adjustments (a
 * `LegacyOfficialYearList`, which replaced the year's computed days off) is converted so that it
 * never drops a holiday the officer did not mean to drop:
 * - its days that are not computed days off become `added`;
 * - a computed day it leaves out is `removed` only when its date is not fixed by the Code (a Tết
 *   day, the day next to 2 September or a compensation day: what the yearly announcement decides)
 *   and the list has a day within 7 days of it (the announcement covered that holiday);
 * - the fixed holidays (1/1, Hùng Kings' day, 30/4, 1/5, 2/9) are always kept — the bug this
 *   replaces dropped them when only the Tết announcement was entered.
 * So a complete old list gives the same year as before, and a Tết-only one keeps the other holidays.
 */
export function upgradeOfficialList(raw: OfficialYearList | LegacyOfficialYearList, settings: HolidaySettings): OfficialYearList {
  if ('added' in raw && Array.isArray(raw.added)) {
    return { ...raw, removed: raw.removed ?? [], makeUpWorkingDays: raw.makeUpWorkingDays ?? [] };
  }
  const legacy = raw as LegacyOfficialYearList;
  const listed = (legacy.daysOff ?? []).filter((d) => isValidDate(d.date));
  const computed = isValidDate(makeDate(legacy.year, 1, 1)) ? computedDaysOff(legacy.year, settings) : [];
  const computedDates = new Set(computed.map((d) => d.date));
  const listedDays = listed.map((d) => epochDay(d.date));
  const listedDates = new Set(listed.map((d) => d.date));
  const near = (date: string) => listedDays.some((day) => Math.abs(day - epochDay(date)) <= 7);
  return {
    year: legacy.year,
    added: listed.filter((d) => !computedDates.has(d.date)).map((d) => ({ date: d.date, name: d.name })),
    removed: computed.filter((d) => !listedDates.has(d.date) && !d.fixed && near(d.date)).map((d) => ({ date: d.date, name: d.name })),
    makeUpWorkingDays: legacy.makeUpWorkingDays ?? [],
    ...(legacy.source ? { source: legacy.source } : {}),
  };
}

/**
 * The official list for `year`, if the province published one. When several are given for the
 * same year the last one wins: the hub appends a corrected list rather than editing the old one.
 */
export function officialListFor(year: number, officialLists: readonly OfficialYearList[]): OfficialYearList | undefined {
  for (let i = officialLists.length - 1; i >= 0; i--) {
    const list = officialLists[i];
    if (list?.year === year) return list;
  }
  return undefined;
}

const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The days off of `year`: the computed ones, minus those the official list removes, plus those it adds. */
export function daysOffForYear(
  year: number,
  settings: HolidaySettings,
  officialLists: readonly OfficialYearList[],
): NamedDay[] {
  const computed = defaultDaysOff(year, settings);
  const official = officialListFor(year, officialLists);
  if (!official) return computed;
  const removed = new Set(official.removed.map((d) => d.date));
  const kept = computed.filter((d) => !removed.has(d.date));
  const keptDates = new Set(kept.map((d) => d.date));
  const added = official.added.filter((d) => !keptDates.has(d.date)).map((d) => ({ date: d.date, name: d.name }));
  return [...kept, ...added].sort(byDate);
}

/** One line of the year at a glance. */
export interface YearDay {
  date: string;
  name: string;
  /** computed: a day off by the Code; added / removed: by the official list; make-up: a working day. */
  kind: 'computed' | 'added' | 'removed' | 'make-up';
  /** A holiday of Art. 112 itself (removing it deserves a warning). */
  statutory: boolean;
}

/** Every day off and make-up day of `year`, and the computed days the list removes, in date order. */
export function yearAtAGlance(year: number, settings: HolidaySettings, officialLists: readonly OfficialYearList[]): YearDay[] {
  const official = officialListFor(year, officialLists);
  const removed = new Map((official?.removed ?? []).map((d) => [d.date, d]));
  const makeUp = new Map((official?.makeUpWorkingDays ?? []).map((d) => [d.date, d]));
  const days: YearDay[] = [];
  const seen = new Set<string>();
  for (const d of computedDaysOff(year, settings)) {
    seen.add(d.date);
    days.push({ date: d.date, name: d.name, kind: removed.has(d.date) ? 'removed' : 'computed', statutory: d.statutory });
  }
  for (const d of official?.added ?? []) {
    if (seen.has(d.date) && !removed.has(d.date)) continue;
    seen.add(d.date);
    days.push({ date: d.date, name: d.name, kind: 'added', statutory: false });
  }
  for (const d of makeUp.values()) days.push({ date: d.date, name: d.name ?? '', kind: 'make-up', statutory: false });
  return days.sort(byDate);
}

// ---------------------------------------------------------------------------------------------
// Editing a list as rows (the settings screen)
// ---------------------------------------------------------------------------------------------

export type AdjustmentKind = 'added' | 'removed' | 'make-up';

/** One row of the list as the officer enters it. */
export interface Adjustment {
  date: string;
  name: string;
  kind: AdjustmentKind;
}

export function adjustmentsOf(list: OfficialYearList | undefined): Adjustment[] {
  if (!list) return [];
  return [
    ...list.added.map((d) => ({ date: d.date, name: d.name, kind: 'added' as const })),
    ...list.removed.map((d) => ({ date: d.date, name: d.name ?? '', kind: 'removed' as const })),
    ...list.makeUpWorkingDays.map((d) => ({ date: d.date, name: d.name ?? '', kind: 'make-up' as const })),
  ].sort(byDate);
}

export function listFromAdjustments(year: number, rows: readonly Adjustment[], source?: string): OfficialYearList {
  const named = (r: Adjustment) => (r.name.trim() ? { date: r.date, name: r.name.trim() } : { date: r.date });
  return {
    year,
    added: rows.filter((r) => r.kind === 'added').map((r) => ({ date: r.date, name: r.name.trim() })),
    removed: rows.filter((r) => r.kind === 'removed').map(named),
    makeUpWorkingDays: rows.filter((r) => r.kind === 'make-up').map(named),
    ...(source?.trim() ? { source: source.trim() } : {}),
  };
}

export type AdjustmentProblemCode =
  | 'bad-date'
  | 'wrong-year'
  | 'duplicate'
  | 'no-name'
  | 'not-off'
  | 'make-up-off'
  | 'make-up-working'
  | 'removes-holiday';

export interface AdjustmentProblem {
  code: AdjustmentProblemCode;
  /** Index of the row. */
  row: number;
  date: string;
  /** The computed day's name, where one is concerned. */
  name?: string;
}

/**
 * What is wrong with the rows of a year's list (errors block saving) and what deserves a second
 * look (warnings: removing a statutory holiday, which only an announcement that says so may do).
 */
export function reviewAdjustments(
  year: number,
  rows: readonly Adjustment[],
  settings: HolidaySettings,
): { errors: AdjustmentProblem[]; warnings: AdjustmentProblem[] } {
  const errors: AdjustmentProblem[] = [];
  const warnings: AdjustmentProblem[] = [];
  const computed = new Map(computedDaysOff(year, settings).map((d) => [d.date, d]));
  const removed = new Set(rows.filter((r) => r.kind === 'removed').map((r) => r.date));
  const added = new Set(rows.filter((r) => r.kind === 'added').map((r) => r.date));
  const working = new Set(settings.workingWeekdays);
  const seen = new Set<string>();
  rows.forEach((r, row) => {
    const problem = (code: AdjustmentProblemCode, name?: string) => ({ code, row, date: r.date, ...(name ? { name } : {}) });
    if (!isValidDate(r.date)) return void errors.push(problem('bad-date'));
    if (parseDate(r.date).year !== year) return void errors.push(problem('wrong-year'));
    if (seen.has(r.date)) return void errors.push(problem('duplicate'));
    seen.add(r.date);
    const day = computed.get(r.date);
    if (r.kind === 'added') {
      // A day the computed calendar already gives off (the announcement repeats Tết) is harmless.
      if (r.name.trim() === '') errors.push(problem('no-name'));
    } else if (r.kind === 'removed') {
      if (!day) errors.push(problem('not-off'));
      else if (day.statutory) warnings.push(problem('removes-holiday', day.name));
    } else {
      const off = added.has(r.date) || (day !== undefined && !removed.has(r.date));
      if (off) errors.push(problem('make-up-off', day?.name));
      else if (working.has(weekdayOfEpochDay(epochDay(r.date)))) errors.push(problem('make-up-working'));
    }
  });
  return { errors, warnings };
}
