import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '../../src/domain/calendar/lunar';
import { addDays } from '../../src/domain/calendar/vnTime';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it('gives Tết (1/1 lunar) for 2025–2027', () => {
    expect(lunarToSolar(1, 1, 2025)).toBe('2025-01-29');
    expect(lunarToSolar(1, 1, 2026)).toBe('2026-02-17');
    expect(lunarToSolar(1, 1, 2027)).toBe('2027-02-06');
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
  });

  it("gives Hùng Kings' day (10/3 lunar) for 2025–2027", () => {
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
    expect(lunarToSolar(10, 3, 2027)).toBe('2027-04-16');
    expect(solarToLunar('2027-04-16')).toEqual({ day: 10, month: 3, year: 2027, leap: false });
  });

  it('follows the Vietnamese calendar where it differs from the Chinese (UTC+8) one', () => {
    // Chinese New Year: 1985-02-20, 2007-02-18, 2030-02-03.
    expect(lunarToSolar(1, 1, 1985)).toBe('1985-01-21');
    expect(lunarToSolar(1, 1, 2007)).toBe('2007-02-17');
    expect(lunarToSolar(1, 1, 2030)).toBe('2030-02-02');
    expect(solarToLunar('2007-02-18')).toEqual({ day: 2, month: 1, year: 2007, leap: false });
  });

  it('gives the last day of the old year (29 or 30 tháng Chạp)', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false });
  });

  it('handles leap months: 2nd month of 2023, 6th month of 2025', () => {
    expect(lunarToSolar(1, 2, 2023)).toBe('2023-02-20');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar('2023-04-20')).toEqual({ day: 1, month: 3, year: 2023, leap: false });

    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    // Vu Lan (15/7) 2025 came a month later than usual because of the leap 6th month.
    expect(lunarToSolar(15, 7, 2025)).toBe('2025-09-06');
  });

  it('puts a day just before a late true new moon in the old month (no "day 0")', () => {
    // The reference code's one-month look-back gives day 0 of month 4 here.
    expect(solarToLunar('2054-05-07')).toEqual({ day: 30, month: 3, year: 2054, leap: false });
    expect(solarToLunar('2054-05-08')).toEqual({ day: 1, month: 4, year: 2054, leap: false });
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar(1, 3, 2025, true)).toThrow(RangeError); // 2025's leap month is the 6th
    expect(() => lunarToSolar(1, 1, 2026, true)).toThrow(RangeError); // 2026 has no leap month
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError); // tháng Chạp Ất Tỵ has 29 days
    expect(() => lunarToSolar(0, 1, 2025)).toThrow(RangeError);
    expect(() => solarToLunar('1700-01-01')).toThrow(RangeError);
  });

  it('round-trips every day from 1900 to 2100 with a consistent month structure', () => {
    let date = '1900-01-01';
    let previous = solarToLunar(date);
    const leapMonthsByYear = new Map<number, Set<number>>();
    let days = 0;
    while (date <= '2100-12-31') {
      const lunar = solarToLunar(date);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      if (date !== '1900-01-01') {
        if (lunar.day === 1) {
          // A new month follows day 29 or 30 of the previous one.
          expect([29, 30]).toContain(previous.day);
          if (lunar.month === 1 && !lunar.leap) expect(lunar.year).toBe(previous.year + 1);
        } else {
          expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
        }
      }
      if (lunar.leap) {
        const set = leapMonthsByYear.get(lunar.year) ?? new Set<number>();
        set.add(lunar.month);
        leapMonthsByYear.set(lunar.year, set);
      }
      previous = lunar;
      date = addDays(date, 1);
      days += 1;
    }
    expect(days).toBe(73414);
    // At most one leap month a year, and about 7 in every 19 years.
    for (const months of leapMonthsByYear.values()) expect(months.size).toBe(1);
    expect(leapMonthsByYear.size).toBeGreaterThan(70);
    expect(leapMonthsByYear.size).toBeLessThan(80);
  });
});
