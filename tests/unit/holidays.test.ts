import { describe, expect, it } from 'vitest';
import {
  daysOffForYear,
  defaultDaysOff,
  officialListFor,
  validateOfficialList,
  type HolidaySettings,
  type OfficialYearList,
} from '../../src/domain/calendar/holidays';
import { DEFAULT_CALENDAR_SETTINGS, createWorkCalendar } from '../../src/domain/calendar/workCalendar';

const defaults: HolidaySettings = DEFAULT_CALENDAR_SETTINGS;

/**
 * Test fixture modelled on the 2024 announcements as reported in the press (Tết 8–14/2; 27/4–1/5
 * with Monday 29/4 swapped for a make-up Saturday 4/5; 31/8–3/9). Illustrative only: the app's
 * real lists come from the province.
 */
const ILLUSTRATIVE_2024_LIST: OfficialYearList = {
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

describe('official lists', () => {
  it('override the defaults of their year entirely and add make-up working days', () => {
    const cal = createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [ILLUSTRATIVE_2024_LIST] });
    // Announced days off that the defaults would not have.
    expect(cal.isWorkingDay('2024-02-08')).toBe(false);
    expect(cal.holidayName('2024-04-29')).toBe('Nghỉ hoán đổi (làm bù thứ Bảy 04/5)');
    // The make-up Saturday is a full working day.
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.closingOf('2024-05-04')).toBe(Date.UTC(2024, 4, 4, 10, 0)); // 17:00 in Vietnam
    // The defaults would have given 15/2 as compensation for Tết on the weekend: the list wins.
    expect(dates(defaultDaysOff(2024, defaults))).toContain('2024-02-15');
    expect(cal.isWorkingDay('2024-02-15')).toBe(true);
    expect(cal.holidayName('2024-02-15')).toBeNull();
    // Other years keep the defaults.
    expect(cal.holidayName('2025-01-29')).toBe('Tết Âm lịch');
  });

  it('are chosen per year, the last published one winning', () => {
    const corrected: OfficialYearList = { ...ILLUSTRATIVE_2024_LIST, daysOff: ILLUSTRATIVE_2024_LIST.daysOff.slice(0, 1) };
    expect(officialListFor(2024, [ILLUSTRATIVE_2024_LIST, corrected])).toBe(corrected);
    expect(officialListFor(2025, [ILLUSTRATIVE_2024_LIST])).toBeUndefined();
    expect(dates(daysOffForYear(2024, defaults, [ILLUSTRATIVE_2024_LIST, corrected]))).toEqual(['2024-01-01']);
  });

  it('are validated', () => {
    expect(validateOfficialList(ILLUSTRATIVE_2024_LIST)).toEqual([]);
    const bad: OfficialYearList = {
      year: 2024,
      daysOff: [
        { date: '2025-01-01', name: 'Tết Dương lịch' },
        { date: '2024-02-30', name: 'x' },
        { date: '2024-05-01', name: '' },
      ],
      makeUpWorkingDays: [{ date: '2024-05-01' }],
    };
    expect(validateOfficialList(bad)).toHaveLength(4);
    expect(() => createWorkCalendar({ ...DEFAULT_CALENDAR_SETTINGS, officialLists: [bad] })).toThrow(/Official list 2024/);
  });
});
