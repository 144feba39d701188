import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/domain/calendar/workCalendar';
import { vnInstant as at } from '../../src/domain/calendar/vnTime';
import { computeDueAt } from '../../src/domain/deadline';
import { apologyDeadline, apologyLatestDate, classifyOpen, classifyResolution, DEFAULT_NEAR_DUE } from '../../src/domain/timeliness';

const cal = createWorkCalendar();
const due = at('2026-03-11', '17:00'); // Wednesday

describe('classifyResolution', () => {
  it('is early before the due day, on time on it, late after the due instant', () => {
    expect(classifyResolution(at('2026-03-10', '16:00'), due)).toBe('early');
    expect(classifyResolution(at('2026-03-11', '08:00'), due)).toBe('on-time');
    expect(classifyResolution(due, due)).toBe('on-time');
    expect(classifyResolution(at('2026-03-11', '17:01'), due)).toBe('late');
    expect(classifyResolution(at('2026-03-12', '08:00'), due)).toBe('late');
  });
});

describe('classifyOpen', () => {
  it('is near due from the opening of the working day before the due day', () => {
    expect(classifyOpen(at('2026-03-09', '10:00'), due, cal)).toBe('within');
    expect(classifyOpen(at('2026-03-10', '06:59'), due, cal)).toBe('within');
    expect(classifyOpen(at('2026-03-10', '07:00'), due, cal)).toBe('near-due');
    expect(classifyOpen(at('2026-03-11', '16:59'), due, cal)).toBe('near-due');
    expect(classifyOpen(due, due, cal)).toBe('near-due');
    expect(classifyOpen(due + 1000, due, cal)).toBe('overdue');
  });

  it('counts the near-due window in working days', () => {
    const monday = at('2026-03-16', '17:00');
    expect(classifyOpen(at('2026-03-13', '06:00'), monday, cal)).toBe('within');
    expect(classifyOpen(at('2026-03-13', '07:00'), monday, cal)).toBe('near-due'); // Friday
    expect(classifyOpen(at('2026-03-14', '10:00'), monday, cal)).toBe('near-due'); // Saturday
    expect(classifyOpen(at('2026-03-06', '16:00'), due, cal, 2)).toBe('within');
    expect(classifyOpen(at('2026-03-09', '07:00'), due, cal, 2)).toBe('near-due');
    expect(classifyOpen(at('2026-03-10', '16:00'), due, cal, 0)).toBe('within');
    expect(classifyOpen(at('2026-03-11', '07:00'), due, cal, 0)).toBe('near-due');
  });
});

describe('apologyLatestDate', () => {
  it('is one working day before the due date', () => {
    expect(apologyLatestDate(due, cal)).toBe('2026-03-10');
    expect(apologyLatestDate(at('2026-03-16', '17:00'), cal)).toBe('2026-03-13');
    // Due the Monday after Tết: the apology goes out before Tết.
    expect(apologyLatestDate(at('2026-02-23', '17:00'), cal)).toBe('2026-02-13');
  });
});

describe('same-day and next-day dossiers (no apology day after receipt)', () => {
  // A birth registration "within the day, after 15:00 the next working day", received Monday
  // 9 March 2026 at 18:00: due Tuesday 10 March at 17:00.
  const receivedAt = at('2026-03-09', '18:00');
  const due = computeDueAt(receivedAt, { amount: 0, unit: 'within-day', cutOff: '15:00' }, cal);

  it('have no apology deadline: the day before the due date is the receipt day', () => {
    expect(due).toBe(at('2026-03-10', '17:00'));
    expect(apologyDeadline(due, receivedAt, cal)).toBeNull();
    // Received on Monday morning within the day: due Monday, nothing before it either.
    expect(apologyDeadline(at('2026-03-09', '17:00'), at('2026-03-09', '08:00'), cal)).toBeNull();
    // A 1-working-day dossier received Monday, due Tuesday: none.
    expect(apologyDeadline(at('2026-03-10', '17:00'), at('2026-03-09', '10:00'), cal)).toBeNull();
    // A 2-working-day dossier received Monday, due Wednesday: Tuesday, after the receipt day.
    expect(apologyDeadline(at('2026-03-11', '17:00'), at('2026-03-09', '10:00'), cal)).toBe(at('2026-03-10', '17:00'));
  });

  it('are near due only in the last office hours before the due instant, not when received', () => {
    expect(classifyOpen(receivedAt, due, cal, DEFAULT_NEAR_DUE, receivedAt)).toBe('within');
    expect(classifyOpen(at('2026-03-10', '07:30'), due, cal, DEFAULT_NEAR_DUE, receivedAt)).toBe('within');
    expect(classifyOpen(at('2026-03-10', '14:59'), due, cal, DEFAULT_NEAR_DUE, receivedAt)).toBe('within');
    expect(classifyOpen(at('2026-03-10', '15:00'), due, cal, DEFAULT_NEAR_DUE, receivedAt)).toBe('near-due');
    expect(classifyOpen(at('2026-03-10', '13:00'), due, cal, { workingHours: 4 }, receivedAt)).toBe('near-due'); // 13:30–17:00 + lunch is 3.5 h
    expect(classifyOpen(due + 1, due, cal, DEFAULT_NEAR_DUE, receivedAt)).toBe('overdue');
    // Without `since` (old callers) the window in days applies, as before.
    expect(classifyOpen(receivedAt, due, cal)).toBe('near-due');
  });

  it('leave longer dossiers to the window in days', () => {
    // 3 working days from Monday 9 March: due Thursday 12; near due from Wednesday's opening.
    const monday = at('2026-03-09', '09:00');
    const thursday = computeDueAt(monday, { amount: 3, unit: 'working-days' }, cal);
    expect(classifyOpen(at('2026-03-10', '16:00'), thursday, cal, DEFAULT_NEAR_DUE, monday)).toBe('within');
    expect(classifyOpen(at('2026-03-11', '07:00'), thursday, cal, DEFAULT_NEAR_DUE, monday)).toBe('near-due');
  });
});
