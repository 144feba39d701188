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
 * province's published list for a year (an `OfficialYearList`, distributed by the hub) replaces
 * them entirely for that year.
 */
import { lunarToSolar } from './lunar';
import { addDays, epochDay, isValidDate, makeDate, parseDate, weekdayOfEpochDay, dateFromEpochDay } from './vnTime';

/** A named date: a day off ("Tết Âm lịch", "Nghỉ bù Quốc khánh", …). */
export interface NamedDay {
  date: string;
  name: string;
}

/**
 * The province's published list of the civil service's days off for one year. For that year it
 * OVERRIDES the computed defaults entirely (so it must list every holiday, compensation and
 * swapped day off), and adds make-up working days (ngày làm bù), e.g. a Saturday worked in
 * exchange for a bridging day off.
 */
export type OfficialYearList = {
  year: number;
  daysOff: { date: string; name: string }[];
  makeUpWorkingDays: { date: string; name?: string }[];
  /** The announcement it comes from, e.g. "Thông báo …/TB-BNV ngày …". */
  source?: string;
};

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
  const result: NamedDay[] = [...taken].map(([day, name]) => ({ date: dateFromEpochDay(day), name }));
  for (const lost of compensations) {
    let day = lost.day + 1;
    while (!working.has(weekdayOfEpochDay(day)) || taken.has(day)) day += 1;
    const name = COMPENSATION_PREFIX + lost.name;
    taken.set(day, name);
    result.push({ date: dateFromEpochDay(day), name });
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Problems with an official list, as messages for the person who enters it (empty when valid):
 * malformed dates, dates outside the list's year, and a date both off and worked.
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
  for (const day of list.daysOff) {
    if (check(day.date, 'Ngày nghỉ')) off.add(day.date);
    if (day.name.trim() === '') problems.push(`Ngày nghỉ ${day.date}: thiếu tên`);
  }
  for (const day of list.makeUpWorkingDays) {
    if (check(day.date, 'Ngày làm bù') && off.has(day.date)) {
      problems.push(`Ngày ${day.date} vừa là ngày nghỉ vừa là ngày làm bù`);
    }
  }
  return problems;
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

/** The days off of `year`: the official list's when there is one, otherwise the defaults. */
export function daysOffForYear(
  year: number,
  settings: HolidaySettings,
  officialLists: readonly OfficialYearList[],
): NamedDay[] {
  const official = officialListFor(year, officialLists);
  if (!official) return defaultDaysOff(year, settings);
  return official.daysOff
    .map((d) => ({ date: d.date, name: d.name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
