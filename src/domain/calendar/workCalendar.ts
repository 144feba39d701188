/**
 * The commune's working calendar: which days the one-stop desk works, its office hours, and
 * arithmetic in working days and office minutes (DOMAIN.md §6). Deadlines (../deadline.ts) and
 * timeliness (../timeliness.ts) are computed on it.
 *
 * A working day is a working weekday of the civil service that is not a day off, or a make-up
 * working day of the official list. Everything is in Vietnam time (see vnTime.ts).
 *
 * The calendar is queried for every dossier (100,000 on one device), so each year's days are
 * computed once into a table of flags and running counts, and the hot paths work on epoch-day
 * integers rather than date strings.
 */
import {
  daysOffForYear,
  officialListFor,
  upgradeOfficialList,
  validateOfficialList,
  type HolidaySettings,
  type LegacyOfficialYearList,
  type NamedDay,
  type OfficialYearList,
} from './holidays';
import {
  DAY_MS,
  MINUTE_MS,
  dateFromEpochDay,
  epochDay,
  parseHHmm,
  vnEpochDay,
  vnStartOfEpochDay,
  weekdayOfEpochDay,
  yearOfEpochDay,
} from './vnTime';

/** An office session, "HH:mm" to "HH:mm" (Vietnam time). */
export interface OfficeSession {
  start: string;
  end: string;
}

export interface CalendarSettings extends HolidaySettings {
  /** The desk's sessions on a working day, in order. Default 07:00–11:30 and 13:30–17:00. */
  officeHours: OfficeSession[];
  /** The civil service's working weekdays, 0 = Sunday … 6 = Saturday. Default Monday–Friday. */
  workingWeekdays: number[];
  /**
   * Whether a Saturday on which the centre opens in the morning counts toward deadlines (a
   * working day with the morning sessions only). DOMAIN.md §6 leaves it to confirm: default no.
   * Holidays are still compensated on weekdays, since Saturday stays a weekly rest day of the
   * civil service.
   */
  saturdayMorningCounts: boolean;
  /** Published adjustments of a year's days off (added, removed, make-up days): holidays.ts. */
  officialLists: OfficialYearList[];
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  officeHours: [
    { start: '07:00', end: '11:30' },
    { start: '13:30', end: '17:00' },
  ],
  workingWeekdays: [1, 2, 3, 4, 5],
  saturdayMorningCounts: false,
  tetDaysBefore: 1,
  // Labour Code 2019 Art. 112 §3 lets the Prime Minister pick the day next to 2 September each
  // year. 'before' matches the announcements for 2023 and 2025 (1 September off); 2024 took
  // 3 September. It is only a default: the year's official list settles it.
  nationalDayExtra: 'before',
  officialLists: [],
};

/**
 * Calendar settings as stored (possibly by an older version: missing keys, official lists in the
 * old replacing shape) → the current shape. Lists are converted by `upgradeOfficialList`.
 */
export function normaliseCalendarSettings(stored: Partial<Omit<CalendarSettings, 'officialLists'>> & { officialLists?: (OfficialYearList | LegacyOfficialYearList)[] } = {}): CalendarSettings {
  const merged = { ...DEFAULT_CALENDAR_SETTINGS, ...stored };
  return { ...merged, officialLists: (stored.officialLists ?? []).map((list) => upgradeOfficialList(list, merged)) };
}

export interface WorkCalendar {
  readonly settings: Readonly<CalendarSettings>;
  isWorkingDay(date: string): boolean;
  /** Name of the day off on `date` (holiday, compensation or announced day off), or null. */
  holidayName(date: string): string | null;
  /** The days off of a year, as in force (the computed ones adjusted by the official list). */
  daysOffOfYear(year: number): NamedDay[];
  /** First working day strictly after `date`. */
  nextWorkingDay(date: string): string;
  /** Last working day strictly before `date`. */
  previousWorkingDay(date: string): string;
  /**
   * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself for n = 0.
   * `date` need not be a working day: the 1st working day after a Saturday is Monday.
   */
  addWorkingDays(date: string, n: number): string;
  /**
   * Number of working days d with fromDate < d ≤ toDate (negative when toDate < fromDate), so
   * that addWorkingDays(from, workingDaysBetween(from, to)) is `to` whenever `to` is a working day.
   */
  workingDaysBetween(fromDate: string, toDate: string): number;
  /** Instant the desk opens on a working day; throws on a non-working day. */
  openingOf(date: string): number;
  /** Instant the desk closes on a working day; throws on a non-working day. */
  closingOf(date: string): number;
  /** Whether the desk is open at instant `ms` (session start included, session end excluded). */
  isOfficeTime(ms: number): boolean;
  /**
   * The instant at which `minutes` office minutes have elapsed from `ms`, counting only office
   * sessions of working days (from the next opening when `ms` is outside them). The result may be
   * a session's end: 270 minutes from 07:00 is 11:30, not 13:30.
   */
  addWorkingMinutes(ms: number, minutes: number): number;
  /** Office minutes within [a, b) (negative when b < a). Not rounded: seconds count as fractions. */
  workingMinutesBetween(a: number, b: number): number;
}

/** A session as minutes since midnight, [start, end). */
interface Session {
  start: number;
  end: number;
}

/** One year's days, computed once. Index i is the day `firstDay + i`. */
interface YearTable {
  firstDay: number;
  /** 1 for a working day. */
  working: Uint8Array;
  /** before[i] = number of working days among indices 0 … i−1; before[length] = the year's total. */
  before: Int32Array;
  /** Days off of the year, by epoch day. */
  names: Map<number, string>;
  /** Days that work with the morning sessions only (Saturday mornings, when they count). */
  morningOnly: Set<number>;
  daysOff: NamedDay[];
}

/** How far to look for a working day before concluding the settings leave none. */
const MAX_SEARCH_DAYS = 3660;
const NOON = 12 * 60;
const SATURDAY = 6;

function parseSessions(officeHours: readonly OfficeSession[]): Session[] {
  if (officeHours.length === 0) throw new RangeError('Calendar settings: officeHours must list at least one session');
  const sessions = officeHours
    .map((s) => ({ start: parseHHmm(s.start), end: parseHHmm(s.end) }))
    .sort((a, b) => a.start - b.start);
  sessions.forEach((s, i) => {
    const previous = sessions[i - 1];
    if (s.end <= s.start || (previous && s.start < previous.end)) {
      throw new RangeError('Calendar settings: office sessions must be non-empty and must not overlap');
    }
  });
  return sessions;
}

function checkSettings(settings: CalendarSettings): void {
  const { workingWeekdays } = settings;
  if (workingWeekdays.length === 0 || workingWeekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    throw new RangeError('Calendar settings: workingWeekdays must list weekdays 0 (Sunday) to 6 (Saturday)');
  }
  for (const list of settings.officialLists) {
    const problems = validateOfficialList(list);
    if (problems.length > 0) throw new RangeError(`Official list ${list.year}: ${problems.join('; ')}`);
  }
}

export function createWorkCalendar(given: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): WorkCalendar {
  // Lists in the old replacing shape (from a device not yet upgraded, or the hub) are converted.
  const settings = given.officialLists.every((l) => 'added' in l) ? given : normaliseCalendarSettings(given);
  checkSettings(settings);
  const sessions = parseSessions(settings.officeHours);
  // Saturday mornings: the sessions that start before noon.
  const morningSessions = sessions.filter((s) => s.start < NOON);
  const weekdays = new Set(settings.workingWeekdays);
  const saturdayCounts = settings.saturdayMorningCounts && !weekdays.has(SATURDAY) && morningSessions.length > 0;
  const tables = new Map<number, YearTable>();

  function buildYear(year: number): YearTable {
    const firstDay = epochDay(`${String(year).padStart(4, '0')}-01-01`);
    const length = epochDay(`${String(year + 1).padStart(4, '0')}-01-01`) - firstDay;
    const daysOff = daysOffForYear(year, settings, settings.officialLists);
    const names = new Map(daysOff.map((d) => [epochDay(d.date), d.name]));
    const makeUp = new Set((officialListFor(year, settings.officialLists)?.makeUpWorkingDays ?? []).map((d) => epochDay(d.date)));
    const working = new Uint8Array(length);
    const before = new Int32Array(length + 1);
    const morningOnly = new Set<number>();
    for (let i = 0; i < length; i++) {
      const day = firstDay + i;
      const wd = weekdayOfEpochDay(day);
      let isWorking: boolean;
      if (makeUp.has(day)) {
        // A make-up day is a full working day, even on a Saturday.
        isWorking = true;
      } else if (names.has(day)) {
        isWorking = false;
      } else if (weekdays.has(wd)) {
        isWorking = true;
      } else {
        isWorking = saturdayCounts && wd === SATURDAY;
        if (isWorking) morningOnly.add(day);
      }
      const flag = isWorking ? 1 : 0;
      working[i] = flag;
      before[i + 1] = (before[i] ?? 0) + flag;
    }
    return { firstDay, working, before, names, morningOnly, daysOff };
  }

  function tableOf(year: number): YearTable {
    let table = tables.get(year);
    if (!table) {
      table = buildYear(year);
      tables.set(year, table);
    }
    return table;
  }

  function tableOfDay(day: number): YearTable {
    return tableOf(yearOfEpochDay(day));
  }

  function isWorking(day: number): boolean {
    const table = tableOfDay(day);
    return table.working[day - table.firstDay] === 1;
  }

  function sessionsOf(day: number): readonly Session[] {
    const table = tableOfDay(day);
    if (table.working[day - table.firstDay] !== 1) return [];
    return table.morningOnly.has(day) ? morningSessions : sessions;
  }

  /** Working days among epoch days ≤ `day`, relative to a fixed origin (only differences matter). */
  function cumulative(day: number, originYear: number): number {
    const year = yearOfEpochDay(day);
    let count = 0;
    // Whole years between the origin and `day`'s year.
    for (let y = originYear; y < year; y++) {
      const whole = tableOf(y);
      count += whole.before[whole.working.length] ?? 0;
    }
    const table = tableOf(year);
    return count + (table.before[day - table.firstDay + 1] ?? 0);
  }

  function step(day: number, direction: 1 | -1): number {
    let d = day;
    for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
      d += direction;
      if (isWorking(d)) return d;
    }
    throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${dateFromEpochDay(day)}: check the calendar settings`);
  }

  function addWorkingDayNumbers(day: number, n: number): number {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    let d = day;
    const direction = n > 0 ? 1 : -1;
    for (let i = 0; i < Math.abs(n); i++) d = step(d, direction);
    return d;
  }

  function boundary(date: string, which: 'opening' | 'closing'): number {
    const day = epochDay(date);
    const daySessions = sessionsOf(day);
    const session = which === 'opening' ? daySessions[0] : daySessions[daySessions.length - 1];
    if (!session) throw new RangeError(`${date} is not a working day: it has no ${which} time`);
    return vnStartOfEpochDay(day) + (which === 'opening' ? session.start : session.end) * MINUTE_MS;
  }

  /** Office milliseconds within [a, b), a ≤ b. */
  function officeMsBetween(a: number, b: number): number {
    let total = 0;
    for (let day = vnEpochDay(a); vnStartOfEpochDay(day) < b; day++) {
      const midnight = vnStartOfEpochDay(day);
      for (const s of sessionsOf(day)) {
        const from = Math.max(a, midnight + s.start * MINUTE_MS);
        const to = Math.min(b, midnight + s.end * MINUTE_MS);
        if (to > from) total += to - from;
      }
    }
    return total;
  }

  return {
    settings,

    isWorkingDay: (date) => isWorking(epochDay(date)),

    holidayName(date) {
      const day = epochDay(date);
      return tableOfDay(day).names.get(day) ?? null;
    },

    daysOffOfYear: (year) => tableOf(year).daysOff.map((d) => ({ ...d })),

    nextWorkingDay: (date) => dateFromEpochDay(step(epochDay(date), 1)),

    previousWorkingDay: (date) => dateFromEpochDay(step(epochDay(date), -1)),

    addWorkingDays: (date, n) => dateFromEpochDay(addWorkingDayNumbers(epochDay(date), n)),

    workingDaysBetween(fromDate, toDate) {
      const from = epochDay(fromDate);
      const to = epochDay(toDate);
      const origin = yearOfEpochDay(Math.min(from, to));
      return cumulative(to, origin) - cumulative(from, origin);
    },

    openingOf: (date) => boundary(date, 'opening'),

    closingOf: (date) => boundary(date, 'closing'),

    isOfficeTime(ms) {
      const day = vnEpochDay(ms);
      const minute = (ms - vnStartOfEpochDay(day)) / MINUTE_MS;
      return sessionsOf(day).some((s) => minute >= s.start && minute < s.end);
    },

    addWorkingMinutes(ms, minutes) {
      if (!Number.isFinite(minutes) || minutes < 0) {
        throw new RangeError(`addWorkingMinutes: minutes must be a finite number ≥ 0, got ${minutes}`);
      }
      let remaining = minutes * MINUTE_MS;
      let t = ms;
      const lastDay = vnEpochDay(ms) + MAX_SEARCH_DAYS + Math.ceil(remaining / DAY_MS);
      for (let day = vnEpochDay(ms); day <= lastDay; day++) {
        const midnight = vnStartOfEpochDay(day);
        for (const s of sessionsOf(day)) {
          const end = midnight + s.end * MINUTE_MS;
          if (t >= end) continue;
          const from = Math.max(t, midnight + s.start * MINUTE_MS);
          if (remaining <= end - from) return from + remaining;
          remaining -= end - from;
          t = end;
        }
      }
      throw new RangeError('addWorkingMinutes: no office time found: check the calendar settings');
    },

    workingMinutesBetween: (a, b) => (b >= a ? officeMsBetween(a, b) : -officeMsBetween(b, a)) / MINUTE_MS,
  };
}
