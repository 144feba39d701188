import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS, createWorkCalendar } from '../../src/domain/calendar/workCalendar';
import {
  addDays,
  formatDateVi,
  formatDateWordsVi,
  formatTimeWordsVi,
  parseHHmm,
  vnDate,
  vnInstant,
  vnMinuteOfDay,
  weekday,
} from '../../src/domain/calendar/vnTime';
import { computeDueAt } from '../../src/domain/deadline';

const cal = createWorkCalendar();
const at = vnInstant;

describe('Vietnam time helpers', () => {
  it('convert instants at a fixed UTC+7', () => {
    // 2026-11-21 17:30 UTC is 2026-11-22 00:30 in Vietnam.
    const ms = Date.UTC(2026, 10, 21, 17, 30);
    expect(vnDate(ms)).toBe('2026-11-22');
    expect(vnMinuteOfDay(ms)).toBe(30);
    expect(vnInstant('2026-11-22', '00:30')).toBe(ms);
    expect(vnDate(Date.UTC(1969, 11, 31, 16, 59))).toBe('1969-12-31');
    expect(vnDate(Date.UTC(1969, 11, 31, 17, 0))).toBe('1970-01-01');
  });

  it('do date arithmetic on strings', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekday('2026-02-17')).toBe(2); // Tuesday
    expect(weekday('2028-01-01')).toBe(6); // Saturday
    expect(parseHHmm('07:00')).toBe(420);
    expect(() => parseHHmm('7h')).toThrow(RangeError);
    expect(() => vnInstant('2026-02-30', '07:00')).toThrow(RangeError);
  });

  it('format dates as Vietnamese forms print them (Decree 30/2020 padding)', () => {
    expect(formatDateVi('2026-01-05')).toBe('05/01/2026');
    expect(formatDateVi(at('2026-11-22', '23:59'))).toBe('22/11/2026');
    expect(formatDateWordsVi('2026-11-22')).toBe('ngày 22 tháng 11 năm 2026');
    expect(formatDateWordsVi('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDateWordsVi('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatTimeWordsVi(at('2026-11-22', '09:05'))).toBe('09 giờ 05 phút, ngày 22 tháng 11 năm 2026');
  });
});

describe('working days', () => {
  it('skip weekends and Tết', () => {
    expect(cal.isWorkingDay('2026-02-13')).toBe(true); // Friday before Tết
    expect(cal.isWorkingDay('2026-02-14')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // 29 tháng Chạp
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(cal.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
  });

  it('count working days between dates, across years', () => {
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
    expect(cal.workingDaysBetween('2026-02-24', '2026-02-12')).toBe(-3);
    expect(cal.workingDaysBetween('2026-02-12', '2026-02-12')).toBe(0);
    // Wed 31/12/2025, Fri 2/1/2026, Mon 5/1/2026 (1/1 is a holiday).
    expect(cal.workingDaysBetween('2025-12-30', '2026-01-05')).toBe(3);
  });

  it('agree between addWorkingDays and workingDaysBetween over several years', () => {
    for (let i = 0; i < 400; i++) {
      const from = addDays('2024-06-01', (i * 7919) % 1500);
      const n = (i % 60) - 20;
      // Counting back from a day off, that day is not among (to, from]: one fewer.
      const expected = n < 0 && !cal.isWorkingDay(from) ? n + 1 : n;
      expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).toBe(expected);
    }
  });

  it('list the days off of a year', () => {
    expect(cal.daysOffOfYear(2027).map((d) => d.date)).toContain('2027-04-16'); // Hùng Kings
  });
});

describe('office hours', () => {
  it('open at 07:00 and close at 17:00 on a working day', () => {
    expect(cal.openingOf('2026-03-02')).toBe(Date.UTC(2026, 2, 2, 0, 0));
    expect(cal.closingOf('2026-03-02')).toBe(Date.UTC(2026, 2, 2, 10, 0));
    expect(() => cal.openingOf('2026-03-07')).toThrow(/not a working day/);
  });

  it('know office time, including the lunch break', () => {
    expect(cal.isOfficeTime(at('2026-03-02', '07:00'))).toBe(true);
    expect(cal.isOfficeTime(at('2026-03-02', '11:29'))).toBe(true);
    expect(cal.isOfficeTime(at('2026-03-02', '11:30'))).toBe(false);
    expect(cal.isOfficeTime(at('2026-03-02', '12:15'))).toBe(false);
    expect(cal.isOfficeTime(at('2026-03-02', '13:30'))).toBe(true);
    expect(cal.isOfficeTime(at('2026-03-02', '17:00'))).toBe(false);
    expect(cal.isOfficeTime(at('2026-03-07', '09:00'))).toBe(false); // Saturday
  });

  it('add office minutes across the lunch break, overnight and the weekend', () => {
    expect(cal.addWorkingMinutes(at('2026-03-02', '10:00'), 120)).toBe(at('2026-03-02', '14:00'));
    expect(cal.addWorkingMinutes(at('2026-03-02', '16:00'), 120)).toBe(at('2026-03-03', '08:00'));
    expect(cal.addWorkingMinutes(at('2026-03-06', '16:30'), 60)).toBe(at('2026-03-09', '07:30'));
    expect(cal.addWorkingMinutes(at('2026-03-07', '10:00'), 30)).toBe(at('2026-03-09', '07:30'));
    expect(cal.addWorkingMinutes(at('2026-03-02', '07:00'), 270)).toBe(at('2026-03-02', '11:30'));
    expect(cal.addWorkingMinutes(at('2026-03-02', '12:00'), 0)).toBe(at('2026-03-02', '13:30'));
    expect(() => cal.addWorkingMinutes(at('2026-03-02', '12:00'), -1)).toThrow(RangeError);
  });

  it('count office minutes between instants', () => {
    expect(cal.workingMinutesBetween(at('2026-03-02', '10:00'), at('2026-03-03', '08:00'))).toBe(90 + 210 + 60);
    expect(cal.workingMinutesBetween(at('2026-03-03', '08:00'), at('2026-03-02', '10:00'))).toBe(-360);
    expect(cal.workingMinutesBetween(at('2026-03-06', '16:00'), at('2026-03-09', '07:30'))).toBe(90);
  });
});

describe('settings', () => {
  it('can count Saturday mornings, while holidays are still compensated on weekdays', () => {
    const sat = createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, saturdayMorningCounts: true });
    expect(sat.isWorkingDay('2026-03-07')).toBe(true);
    expect(sat.openingOf('2026-03-07')).toBe(at('2026-03-07', '07:00'));
    expect(sat.closingOf('2026-03-07')).toBe(at('2026-03-07', '11:30'));
    expect(sat.isOfficeTime(at('2026-03-07', '14:00'))).toBe(false);
    expect(sat.addWorkingMinutes(at('2026-03-06', '16:30'), 60)).toBe(at('2026-03-07', '07:30'));
    expect(sat.isWorkingDay('2028-01-01')).toBe(false);
    expect(sat.holidayName('2028-01-03')).toBe('Nghỉ bù Tết Dương lịch');
  });

  it('accept other office hours and reject broken ones', () => {
    const custom = createWorkCalendar({
      ...DEFAULT_CALENDAR_SETTINGS,
      officeHours: [
        { start: '13:00', end: '16:30' },
        { start: '07:30', end: '11:30' },
      ],
    });
    expect(custom.openingOf('2026-03-02')).toBe(at('2026-03-02', '07:30'));
    expect(custom.closingOf('2026-03-02')).toBe(at('2026-03-02', '16:30'));
    const overlapping = [
      { start: '07:00', end: '12:00' },
      { start: '11:00', end: '17:00' },
    ];
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officeHours: overlapping })).toThrow(RangeError);
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officeHours: [] })).toThrow(RangeError);
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, workingWeekdays: [] })).toThrow(RangeError);
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, workingWeekdays: [7] })).toThrow(RangeError);
  });
});

describe('independence from the machine time zone', () => {
  /** A sample of results that would shift if any code read local time. */
  function sample(): unknown[] {
    const c = createWorkCalendar();
    return [
      vnDate(Date.UTC(2026, 1, 16, 17, 0)),
      vnMinuteOfDay(Date.UTC(2026, 1, 16, 17, 0)),
      vnInstant('2026-03-08', '07:00'),
      c.nextWorkingDay('2026-02-13'),
      c.closingOf('2026-02-23'),
      c.addWorkingMinutes(Date.UTC(2026, 2, 6, 9, 30), 60),
      formatTimeWordsVi(Date.UTC(2026, 10, 22, 2, 5)),
      computeDueAt(Date.UTC(2026, 1, 11, 2, 0), { amount: 5, unit: 'working-days' }, c),
    ];
  }

  it('gives the same results under TZ=UTC, America/New_York and Pacific/Kiritimati', () => {
    const saved = process.env.TZ;
    try {
      const results = ['UTC', 'America/New_York', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz;
        // Node applies a new TZ at once: prove the zone really changed for local-time code.
        return { offset: new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), values: sample() };
      });
      expect(new Set(results.map((r) => r.offset)).size).toBe(3);
      for (const r of results) {
        expect(r.values).toEqual([
          '2026-02-17',
          0,
          Date.UTC(2026, 2, 8, 0, 0),
          '2026-02-23',
          Date.UTC(2026, 1, 23, 10, 0),
          Date.UTC(2026, 2, 9, 0, 30), // 16:30 Fri + 60 office minutes = Mon 07:30 in Vietnam
          '09 giờ 05 phút, ngày 22 tháng 11 năm 2026',
          Date.UTC(2026, 1, 25, 10, 0),
        ]);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('has no local-time Date calls in the calendar and deadline code', () => {
    const root = join(import.meta.dirname, '../../src/domain');
    const files = [
      ...readdirSync(join(root, 'calendar')).map((f) => join(root, 'calendar', f)),
      join(root, 'deadline.ts'),
      join(root, 'timeliness.ts'),
    ];
    const localTime = /\.(getFullYear|getMonth|getDate|getDay|getHours|getMinutes|getTimezoneOffset|toLocale\w*)\(|\bnew Date\(|\bDate\.parse\(/;
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(localTime);
  });
});
