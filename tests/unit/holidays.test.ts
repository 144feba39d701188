import { describe, expect, it } from 'vitest';
import {
  daysOffForYear,
  defaultDaysOff,
  listFromAdjustments,
  officialListFor,
  reviewAdjustments,
  upgradeOfficialList,
  validateOfficialList,
  yearAtAGlance,
  type HolidaySettings,
  type LegacyOfficialYearList,
  type OfficialYearList,
} from '../../src/domain/calendar/holidays';
import { DEFAULT_CALENDAR_SETTINGS, createWorkCalendar, normaliseCalendarSettings } from '../../src/domain/calendar/workCalendar';

const defaults: HolidaySettings = DEFAULT_CALENDAR_SETTINGS;

/**
 * Test fixture modelled on the 2024 announcements as reported in the press (Tết 8–14/2; 27/4–1/5
 * with Monday 29/4 swapped for a make-up Saturday 4/5; 31/8–3/9). Illustrative only: the app's
 * real lists come from the province. In the shape stored before lists became adjustments: the
 * complete list of the year's days off.
 */
const ILLUSTRATIVE_2024_LIST: LegacyOfficialYearList = {
  year: 2024,
  daysOff: [
    { date: '2024-01-01', name: 'Tết Dương lịch' },
    ...['08', '09', '10', '11', '12', '13', '14'].map((d) => ({ date: `2024-02-${d}`, name: 'Tết Âm lịch' })),
    { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)' },
    { date: '2024-04-30', name: 'Ngày Chiến thắng' },
    { date: '2024-05-01', name: 'Ngày Quốc tế Lao động' },
    { date: '2024-09-02', name: 'Quốc khánh' },
    { date: '2024-09-03', name: 'Quốc khánh' },
  ],
  makeUpWorkingDays: [{ date: '2024-05-04', name: 'Làm bù cho thứ Hai 29/4' }],
  source: 'test fixture',
};

const dates = (days: { date: string }[]) => days.map((d) => d.date);

describe('default days off (Labour Code 2019 Art. 112)', () => {
  it('lists 2026: Tết from the last day of Ất Tỵ, Hùng Kings on a Sunday compensated on Monday', () => {
    const days = defaultDaysOff(2026, defaults);
    expect(dates(days)).toEqual([
      '2026-01-01',
      '2026-02-16', // 29 tháng Chạp (the last day of the old year): announced as 16–20 February
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26', // 10/3 lunar, a Sunday
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(days.find((d) => d.date === '2026-04-27')?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(days.find((d) => d.date === '2026-02-17')?.name).toBe('Tết Âm lịch');
  });

  it('compensates 1 January 2028 (a Saturday) on Monday 3 January', () => {
    const cal = createWorkCalendar();
    expect(cal.holidayName('2028-01-01')).toBe('Tết Dương lịch');
    expect(cal.holidayName('2028-01-03')).toBe('Nghỉ bù Tết Dương lịch');
    expect(cal.isWorkingDay('2028-01-03')).toBe(false);
    expect(cal.isWorkingDay('2028-01-04')).toBe(true);
  });

  it('compensates 2 September 2029 (a Sunday) whichever adjacent day is chosen', () => {
    for (const nationalDayExtra of ['before', 'after'] as const) {
      const days = defaultDaysOff(2029, { ...defaults, nationalDayExtra }).filter((d) => d.date.startsWith('2029-09'));
      const workdaysOff = dates(days).filter((d) => d === '2029-09-03' || d === '2029-09-04');
      expect(workdaysOff).toEqual(['2029-09-03', '2029-09-04']);
    }
  });

  it("takes 3 September with nationalDayExtra 'after' (as announced for 2024)", () => {
    const days = defaultDaysOff(2024, { ...defaults, nationalDayExtra: 'after' });
    expect(dates(days).filter((d) => d.startsWith('2024-09'))).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('compensates Tết days that fall on a weekend, so 5 weekdays are off (Art. 111 §3)', () => {
    // Tết 2025 = Wednesday 29/1; the default 5 days are 28/1 (29 Chạp) to Saturday 1/2.
    const tet = defaultDaysOff(2025, defaults).filter((d) => d.name.includes('Tết Âm lịch'));
    expect(dates(tet)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-03']);
    expect(tet.at(-1)?.name).toBe('Nghỉ bù Tết Âm lịch');
  });

  it('lets tetDaysBefore move the Tết window', () => {
    const tet = defaultDaysOff(2026, { ...defaults, tetDaysBefore: 2 }).filter((d) => d.name === 'Tết Âm lịch');
    expect(dates(tet)).toEqual(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect(() => defaultDaysOff(2026, { ...defaults, tetDaysBefore: 5 })).toThrow(RangeError);
  });
});

/** The 2026 Tết announcement alone, as an officer enters it: Saturday 14/2 to Sunday 22/2. */
const TET_2026: OfficialYearList = {
  year: 2026,
  added: ['14', '15', '21', '22'].map((d) => ({ date: `2026-02-${d}`, name: 'Nghỉ Tết Âm lịch' })),
  removed: [],
  makeUpWorkingDays: [],
};

describe('official lists adjust the computed calendar', () => {
  it('keep every computed holiday when only the Tết announcement is entered', () => {
    const cal = createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [TET_2026] });
    for (const date of ['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']) {
      expect(cal.isWorkingDay(date), date).toBe(false);
    }
    expect(cal.holidayName('2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(cal.holidayName('2026-02-14')).toBe('Nghỉ Tết Âm lịch');
    expect(cal.holidayName('2026-02-17')).toBe('Tết Âm lịch');
    expect(dates(cal.daysOffOfYear(2026))).toEqual([
      '2026-01-01',
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });

  it('are computed − removed + added, with make-up days as working days', () => {
    // 2024-style swap: Monday 29/4 off, Saturday 4/5 worked; Tết compensation 15/2 replaced by 8/2.
    const list: OfficialYearList = {
      year: 2024,
      added: [
        { date: '2024-02-08', name: 'Nghỉ Tết Âm lịch' },
        { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5)' },
      ],
      removed: [{ date: '2024-02-15' }],
      makeUpWorkingDays: [{ date: '2024-05-04', name: 'Làm bù cho thứ Hai 29/4' }],
    };
    expect(dates(defaultDaysOff(2024, defaults))).toContain('2024-02-15');
    const cal = createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [list] });
    expect(cal.isWorkingDay('2024-02-08')).toBe(false);
    expect(cal.isWorkingDay('2024-02-15')).toBe(true);
    expect(cal.holidayName('2024-02-15')).toBeNull();
    expect(cal.holidayName('2024-04-29')).toBe('Nghỉ hoán đổi (làm bù thứ Bảy 04/5)');
    expect(cal.isWorkingDay('2024-04-30')).toBe(false); // not listed, still a holiday
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.closingOf('2024-05-04')).toBe(Date.UTC(2024, 4, 4, 10, 0)); // 17:00 in Vietnam
    // Other years keep the defaults.
    expect(cal.holidayName('2025-01-29')).toBe('Tết Âm lịch');
    // At a glance: each day marked by where it comes from.
    const glance = yearAtAGlance(2024, defaults, [list]);
    expect(glance.find((d) => d.date === '2024-02-15')).toMatchObject({ kind: 'removed', statutory: false });
    expect(glance.find((d) => d.date === '2024-02-08')?.kind).toBe('added');
    expect(glance.find((d) => d.date === '2024-05-04')?.kind).toBe('make-up');
    expect(glance.find((d) => d.date === '2024-01-01')?.kind).toBe('computed');
  });

  it('are chosen per year, the last published one winning', () => {
    const corrected: OfficialYearList = { ...TET_2026, added: TET_2026.added.slice(0, 1) };
    expect(officialListFor(2026, [TET_2026, corrected])).toBe(corrected);
    expect(officialListFor(2025, [TET_2026])).toBeUndefined();
    expect(dates(daysOffForYear(2026, defaults, [TET_2026, corrected]))).not.toContain('2026-02-15');
  });

  it('are validated', () => {
    expect(validateOfficialList(TET_2026)).toEqual([]);
    const bad: OfficialYearList = {
      year: 2024,
      added: [
        { date: '2025-01-01', name: 'Tết Dương lịch' },
        { date: '2024-02-30', name: 'x' },
        { date: '2024-05-02', name: '' },
      ],
      removed: [],
      makeUpWorkingDays: [{ date: '2024-05-02' }],
    };
    expect(validateOfficialList(bad)).toHaveLength(4);
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [bad] })).toThrow(/Official list 2024/);
  });
});

describe('reviewing the rows the officer enters', () => {
  it('explains each mistake by row, and warns before a statutory holiday is worked', () => {
    const { errors, warnings } = reviewAdjustments(
      2026,
      [
        { date: '', name: 'Nghỉ', kind: 'added' }, // 0: not a date
        { date: '2027-01-05', name: 'Nghỉ', kind: 'added' }, // 1: wrong year
        { date: '2026-03-02', name: ' ', kind: 'added' }, // 2: no reason
        { date: '2026-03-03', name: '', kind: 'removed' }, // 3: not a computed day off
        { date: '2026-01-01', name: '', kind: 'removed' }, // 4: a statutory holiday: warning
        { date: '2026-02-17', name: '', kind: 'make-up' }, // 5: Tết: off, cannot be worked up
        { date: '2026-03-04', name: '', kind: 'make-up' }, // 6: a Wednesday, already worked
        { date: '2026-03-02', name: 'Nghỉ', kind: 'added' }, // 7: twice
        { date: '2026-02-16', name: 'Tết', kind: 'added' }, // 8: already off: harmless
        { date: '2026-02-28', name: '', kind: 'make-up' }, // 9: a Saturday: fine
      ],
      defaults,
    );
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [0, 'bad-date'],
      [1, 'wrong-year'],
      [2, 'no-name'],
      [3, 'not-off'],
      [5, 'make-up-off'],
      [6, 'make-up-working'],
      [7, 'duplicate'],
    ]);
    expect(warnings).toEqual([{ code: 'removes-holiday', row: 4, date: '2026-01-01', name: 'Tết Dương lịch' }]);
    // Removing a compensation day is what announcements do: no warning.
    expect(reviewAdjustments(2026, [{ date: '2026-04-27', name: '', kind: 'removed' }], defaults)).toEqual({ errors: [], warnings: [] });
    expect(listFromAdjustments(2026, [{ date: '2026-04-27', name: '', kind: 'removed' }], ' TB 1/2026 ')).toEqual({
      year: 2026,
      added: [],
      removed: [{ date: '2026-04-27' }],
      makeUpWorkingDays: [],
      source: 'TB 1/2026',
    });
  });
});

describe('lists stored before they became adjustments', () => {
  it('give the same year when they were complete', () => {
    const upgraded = upgradeOfficialList(ILLUSTRATIVE_2024_LIST, defaults);
    // The computed Tết compensation and the computed day before 2 September (2024 took the 3rd).
    expect(upgraded.removed.map((d) => d.date)).toEqual(['2024-02-15', '2024-09-01']);
    expect(dates(daysOffForYear(2024, defaults, [upgraded]))).toEqual(dates(ILLUSTRATIVE_2024_LIST.daysOff));
    // The calendar converts a list still in the old shape by itself.
    const cal = createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [ILLUSTRATIVE_2024_LIST as unknown as OfficialYearList] });
    expect(cal.isWorkingDay('2024-02-15')).toBe(true);
    expect(cal.isWorkingDay('2024-04-29')).toBe(false);
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
  });

  it('keep the fixed holidays when only the Tết announcement was entered', () => {
    const tetOnly: LegacyOfficialYearList = {
      year: 2026,
      daysOff: ['14', '15', '16', '17', '18', '19', '20', '21', '22'].map((d) => ({ date: `2026-02-${d}`, name: 'Tết Âm lịch' })),
      makeUpWorkingDays: [],
    };
    const settings = normaliseCalendarSettings({ officialLists: [tetOnly] });
    expect(settings.officialLists[0]).toMatchObject({ removed: [], added: [{ date: '2026-02-14' }, { date: '2026-02-15' }, { date: '2026-02-21' }, { date: '2026-02-22' }] });
    const cal = createWorkCalendar(settings);
    for (const date of ['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']) expect(cal.isWorkingDay(date), date).toBe(false);
  });
});
