import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/domain/calendar/workCalendar';
import { vnInstant as at } from '../../src/domain/calendar/vnTime';
import { computeDueAt, countedReceiptAt, remainingAfterPause, resumeDueAt } from '../../src/domain/deadline';
import type { TimeLimit } from '../../src/domain/procedure';

const cal = createWorkCalendar();
const workingDays = (amount: number | null): TimeLimit => ({ amount, unit: 'working-days' });
const calendarDays = (amount: number): TimeLimit => ({ amount, unit: 'calendar-days' });
const workingHours = (amount: number): TimeLimit => ({ amount, unit: 'working-hours' });
const sameDay: TimeLimit = { amount: 0, unit: 'within-day', cutOff: '15:00' };

describe('computeDueAt', () => {
  it('counts working days from the day after receipt, over a weekend', () => {
    // Thursday 5/3/2026 + 3 working days: Fri 6, Mon 9, Tue 10.
    expect(computeDueAt(at('2026-03-05', '10:00'), workingDays(3), cal)).toBe(at('2026-03-10', '17:00'));
  });

  it('rolls a working-days deadline over Tết', () => {
    // Wed 11/2/2026 + 5: Thu 12, Fri 13, (Tết 16–20 and two weekends), Mon 23, Tue 24, Wed 25.
    expect(computeDueAt(at('2026-02-11', '09:00'), workingDays(5), cal)).toBe(at('2026-02-25', '17:00'));
  });

  it('crosses 30/4–1/5', () => {
    // Tue 28/4/2026 + 3: Wed 29, (Thu 30/4, Fri 1/5, weekend), Mon 4/5, Tue 5/5.
    expect(computeDueAt(at('2026-04-28', '08:00'), workingDays(3), cal)).toBe(at('2026-05-05', '17:00'));
    // Calendar days ending on 30/4 move to the next working day (Civil Code Art. 148).
    expect(computeDueAt(at('2026-04-27', '08:00'), calendarDays(3), cal)).toBe(at('2026-05-04', '17:00'));
  });

  it('moves a calendar-days deadline ending on a Sunday to Monday closing', () => {
    // Wed 4/3/2026 + 4 days = Sunday 8/3 → Monday 9/3.
    expect(computeDueAt(at('2026-03-04', '16:00'), calendarDays(4), cal)).toBe(at('2026-03-09', '17:00'));
    // Ending on a working day it stays there.
    expect(computeDueAt(at('2026-03-04', '16:00'), calendarDays(2), cal)).toBe(at('2026-03-06', '17:00'));
  });

  it('applies the 15:00 cut-off: 14:59 same day, 15:01 next working day', () => {
    expect(computeDueAt(at('2026-03-02', '14:59'), sameDay, cal)).toBe(at('2026-03-02', '17:00'));
    expect(computeDueAt(at('2026-03-02', '15:00'), sameDay, cal)).toBe(at('2026-03-02', '17:00'));
    expect(computeDueAt(at('2026-03-02', '15:01'), sameDay, cal)).toBe(at('2026-03-03', '17:00'));
    // Friday after the cut-off: Monday.
    expect(computeDueAt(at('2026-03-06', '15:30'), sameDay, cal)).toBe(at('2026-03-09', '17:00'));
    // A cut-off counts for day limits too: received after it, counting starts a day later.
    const withCutOff: TimeLimit = { amount: 1, unit: 'working-days', cutOff: '15:00' };
    expect(computeDueAt(at('2026-03-02', '15:30'), withCutOff, cal)).toBe(at('2026-03-04', '17:00'));
    expect(countedReceiptAt(at('2026-03-02', '15:30'), '15:00', cal)).toBe(at('2026-03-03', '07:00'));
  });

  it('returns a within-day dossier received on a Saturday on Monday', () => {
    expect(computeDueAt(at('2026-03-07', '09:00'), sameDay, cal)).toBe(at('2026-03-09', '17:00'));
    const noCutOff: TimeLimit = { amount: null, unit: 'within-day' };
    expect(computeDueAt(at('2026-03-07', '09:00'), noCutOff, cal)).toBe(at('2026-03-09', '17:00'));
    // Received during the lunch break or before opening: still the same day.
    expect(computeDueAt(at('2026-03-02', '12:00'), noCutOff, cal)).toBe(at('2026-03-02', '17:00'));
    expect(computeDueAt(at('2026-03-02', '06:30'), noCutOff, cal)).toBe(at('2026-03-02', '17:00'));
    // After closing: the next working day.
    expect(computeDueAt(at('2026-03-02', '17:30'), noCutOff, cal)).toBe(at('2026-03-03', '17:00'));
  });

  it('treats 0 days like within the day', () => {
    expect(computeDueAt(at('2026-03-02', '10:00'), workingDays(0), cal)).toBe(at('2026-03-02', '17:00'));
  });

  it('counts working-days from a Saturday receipt without a cut-off from the day after (Art. 147)', () => {
    expect(computeDueAt(at('2026-03-07', '09:00'), workingDays(1), cal)).toBe(at('2026-03-09', '17:00'));
  });

  it('adds working hours across the lunch break and overnight', () => {
    // 10:30 + 2 h: 60 min to 11:30, 60 min from 13:30.
    expect(computeDueAt(at('2026-03-02', '10:30'), workingHours(2), cal)).toBe(at('2026-03-02', '14:30'));
    // 10:00 + 8 h: 90 + 210 min on Monday, 180 min from Tuesday 07:00.
    expect(computeDueAt(at('2026-03-02', '10:00'), workingHours(8), cal)).toBe(at('2026-03-03', '10:00'));
    // Received at lunch: counting starts at 13:30.
    expect(computeDueAt(at('2026-03-02', '12:00'), workingHours(1), cal)).toBe(at('2026-03-02', '14:30'));
    // Received on Friday evening: from Monday's opening.
    expect(computeDueAt(at('2026-03-06', '19:00'), workingHours(4), cal)).toBe(at('2026-03-09', '11:00'));
  });

  it('refuses to invent a deadline for an unconfirmed or malformed limit', () => {
    expect(() => computeDueAt(at('2026-03-02', '10:00'), workingDays(null), cal)).toThrow(/not confirmed/);
    expect(() => computeDueAt(at('2026-03-02', '10:00'), { amount: null, unit: 'working-hours' }, cal)).toThrow(/not confirmed/);
    expect(() => computeDueAt(at('2026-03-02', '10:00'), workingDays(-1), cal)).toThrow(RangeError);
    expect(() => computeDueAt(at('2026-03-02', '10:00'), workingDays(1.5), cal)).toThrow(RangeError);
    expect(() => computeDueAt(at('2026-03-02', '10:00'), { amount: 2, unit: 'within-day' }, cal)).toThrow(RangeError);
  });
});

describe('supplement pause', () => {
  it('resumes a working-days deadline with the working days left at the pause', () => {
    const received = at('2026-03-02', '09:00'); // Monday
    const due = computeDueAt(received, workingDays(5), cal);
    expect(due).toBe(at('2026-03-09', '17:00'));
    const paused = at('2026-03-04', '10:00'); // Wednesday: Thu 5, Fri 6, Mon 9 are left
    expect(remainingAfterPause(due, paused, 'working-days', cal)).toBe(3);
    // Supplement arrives Tuesday 10/3: Wed 11, Thu 12, Fri 13.
    expect(resumeDueAt(due, paused, at('2026-03-10', '14:00'), 'working-days', cal)).toBe(at('2026-03-13', '17:00'));
    // Keep-running leaves the appointment as it was.
    expect(resumeDueAt(due, paused, at('2026-03-10', '14:00'), 'working-days', cal, 'keep-running')).toBe(due);
  });

  it('gives the resume day when the pause started on the due day', () => {
    const due = at('2026-03-09', '17:00');
    expect(remainingAfterPause(due, at('2026-03-09', '09:00'), 'working-days', cal)).toBe(0);
    expect(resumeDueAt(due, at('2026-03-09', '09:00'), at('2026-03-12', '10:00'), 'working-days', cal)).toBe(at('2026-03-12', '17:00'));
  });

  it('resumes a calendar-days deadline with the days left', () => {
    const due = computeDueAt(at('2026-03-02', '09:00'), calendarDays(10), cal);
    expect(due).toBe(at('2026-03-12', '17:00'));
    const paused = at('2026-03-06', '10:00');
    expect(remainingAfterPause(due, paused, 'calendar-days', cal)).toBe(6);
    // Tue 10/3 + 6 = Mon 16/3.
    expect(resumeDueAt(due, paused, at('2026-03-10', '08:00'), 'calendar-days', cal)).toBe(at('2026-03-16', '17:00'));
    // Resumed Mon 9/3: + 6 = Sunday 15/3, rolled to Monday 16/3 (Art. 148).
    expect(resumeDueAt(due, paused, at('2026-03-09', '08:00'), 'calendar-days', cal)).toBe(at('2026-03-16', '17:00'));
  });

  it('resumes a working-hours deadline with the office minutes left', () => {
    const due = computeDueAt(at('2026-03-02', '10:00'), workingHours(8), cal);
    expect(due).toBe(at('2026-03-03', '10:00'));
    const paused = at('2026-03-02', '16:00');
    expect(remainingAfterPause(due, paused, 'working-hours', cal)).toBe(60 + 180);
    // Resumed Wednesday at lunch: 210 min from 13:30 to 17:00, then 30 min on Thursday.
    expect(resumeDueAt(due, paused, at('2026-03-04', '13:00'), 'working-hours', cal)).toBe(at('2026-03-05', '07:30'));
  });

  it('keeps the due instant of a dossier paused after it was already late', () => {
    const due = at('2026-03-09', '17:00');
    expect(remainingAfterPause(due, at('2026-03-10', '09:00'), 'working-days', cal)).toBe(0);
    expect(resumeDueAt(due, at('2026-03-10', '09:00'), at('2026-03-12', '09:00'), 'working-days', cal)).toBe(due);
    expect(() => resumeDueAt(due, at('2026-03-10', '09:00'), at('2026-03-09', '09:00'), 'working-days', cal)).toThrow(RangeError);
  });
});
