import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../src/domain/calendar/workCalendar';
import { vnInstant as at } from '../../src/domain/calendar/vnTime';
import { apologyLatestDate, classifyOpen, classifyResolution } from '../../src/domain/timeliness';

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
