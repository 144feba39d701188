/**
 * The derived state depends on the events alone (DOMAIN.md §1): what the calendar and the
 * settings decided is recorded on the events when they are made (recordDecisions), so devices
 * with different holiday lists or pause rules derive the same dates from the same events.
 */
import { describe, expect, it } from 'vitest';
import { receivedPayload } from '../fixtures';
import { createHlc } from '../../src/domain/clock';
import { DEFAULT_CALENDAR_SETTINGS } from '../../src/domain/calendar/workCalendar';
import { createDeskRules, DEFAULT_DESK_SETTINGS, type DeskSettings } from '../../src/domain/deskSettings';
import type { DossierEvent, DossierEventPayload, ReceivedPayload } from '../../src/domain/dossier/events';
import { deriveDossier, DossierRuleError, recordDecisions, type DueRules } from '../../src/domain/dossier/lifecycle';

const vn = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);

/** Device A: the defaults. Device B: another pause rule, and a holiday list that adds 27–30 Nov 2026. */
const A = createDeskRules(DEFAULT_DESK_SETTINGS);
const settingsB: DeskSettings = {
  ...DEFAULT_DESK_SETTINGS,
  pauseRule: 'keep-running',
  calendar: {
    ...DEFAULT_CALENDAR_SETTINGS,
    officialLists: [
      { year: 2026, added: ['27', '30'].map((d) => ({ date: `2026-11-${d}`, name: 'Nghỉ đột xuất' })), removed: [], makeUpWorkingDays: [] },
    ],
  },
};
const B = createDeskRules(settingsB);

function receipt(at: number, rules: typeof A): ReceivedPayload {
  const dueAt = rules.dueAt(at, { amount: 3, unit: 'working-days' });
  return receivedPayload({ dueAt, apologyDueAt: rules.apologyDueAt(dueAt, at) });
}

/** A history made on device A, each event recorded with A's decisions (as the store does). */
function madeOnA(record: boolean): DossierEvent[] {
  const now = { t: 0 };
  const clock = createHlc('desk-a', () => now.t);
  const events: DossierEvent[] = [];
  let n = 0;
  const add = (payload: DossierEventPayload, at: number) => {
    now.t = at;
    const event = { ...payload, id: `e${++n}`, dossierId: 'd1', deviceId: 'desk-a', officerId: 'o', hlc: clock.tick(), at } as DossierEvent;
    events.push(record ? recordDecisions(events, event, A.dueRules) : event);
  };
  // Received Monday 23 Nov 09:00: due Thursday 26 Nov 17:00.
  const received = receipt(vn(2026, 11, 23, 9), A);
  const { apologyDueAt: _omitted, ...legacyReceipt } = received;
  add(record ? received : legacyReceipt, vn(2026, 11, 23, 9));
  add({ type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler' }, vn(2026, 11, 24, 10));
  // Supplied Wednesday 25 Nov: 2 working days were left at the pause (25, 26) → due Friday 27.
  add({ type: 'supplement-supplied', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }] }, vn(2026, 11, 25, 10));
  add({ type: 'transferred', from: { kind: 'desk', name: 'Một cửa' }, to: { kind: 'commune-specialist', name: 'Tư pháp' } }, vn(2026, 11, 25, 11));
  return events;
}

describe('replay depends on the events alone', () => {
  it('records the pause rule and the resumed due date on the events that decide them', () => {
    const events = madeOnA(true);
    expect(events[1]).toMatchObject({ type: 'supplement-requested', clockPaused: true });
    expect(events[2]).toMatchObject({ type: 'supplement-supplied', resumedDueAt: vn(2026, 11, 27, 17), resumedApologyDueAt: vn(2026, 11, 26, 17) });
    // Nothing to record on an event that ends no pause.
    expect(events[3]).not.toHaveProperty('resumedDueAt');
  });

  it('gives two devices with different settings the same state from the same events', () => {
    const events = madeOnA(true);
    const onA = deriveDossier(events, { dueRules: A.dueRules });
    const onB = deriveDossier(events, { dueRules: B.dueRules });
    expect(onB).toEqual(onA);
    expect(deriveDossier(events)).toEqual(onA); // no rules needed at all
    expect(onA).toMatchObject({ dueAt: vn(2026, 11, 27, 17), apologyDueAt: vn(2026, 11, 26, 17), dueSetAt: vn(2026, 11, 25, 10) });
  });

  it('still replays events recorded before the decisions were, with the rules it is given (the old way)', () => {
    const legacy = madeOnA(false);
    expect(deriveDossier(legacy, { dueRules: A.dueRules })).toMatchObject({ dueAt: vn(2026, 11, 27, 17), apologyDueAt: vn(2026, 11, 26, 17) });
    // …which is why they are not settings-proof: B's keep-running rule leaves the first date.
    expect(deriveDossier(legacy, { dueRules: B.dueRules }).dueAt).toBe(vn(2026, 11, 26, 17));
    expect(() => deriveDossier(legacy)).toThrow(DossierRuleError);
  });

  it('records the resumed due date only on the supply that completes the request', () => {
    const rules: DueRules = A.dueRules;
    const base = madeOnA(true).slice(0, 1);
    const request = {
      ...base[0]!,
      id: 'r',
      hlc: `${base[0]!.hlc}1`,
      type: 'supplement-requested',
      items: [
        { name: 'A', originals: 1, copies: 0 },
        { name: 'B', originals: 1, copies: 0 },
      ],
      reason: 'x',
      requestedBy: 'desk',
    } as DossierEvent;
    const history = [base[0]!, recordDecisions(base, request, rules)];
    const partial = { ...request, id: 's1', hlc: `${request.hlc}2`, at: vn(2026, 11, 24, 9), type: 'supplement-supplied', items: [{ name: 'A', originals: 1, copies: 0 }] } as DossierEvent;
    expect(recordDecisions(history, partial, rules)).not.toHaveProperty('resumedDueAt');
    const rest = { ...partial, id: 's2', hlc: `${partial.hlc}3`, items: [{ name: 'B', originals: 1, copies: 0 }] } as DossierEvent;
    expect(recordDecisions([...history, partial], rest, rules)).toHaveProperty('resumedDueAt');
  });
});

describe('a pause ended by an event made apart from it (merged from another device)', () => {
  it('moves the due date by the pause as it elapsed, the same on every replica whatever its rules', () => {
    const receivedAt = vn(2026, 11, 23, 9);
    const received = receipt(receivedAt, A);
    const base = { dossierId: 'd1', officerId: 'o' };
    // Tablet A asks for a supplement (the clock stops); laptop B, which never saw the request,
    // records the citizen's withdrawal a day later. Neither knew of the other's event.
    const events = [
      { ...received, ...base, id: 'r', deviceId: 'desk-a', hlc: '001795406400000:00000:desk-a', at: receivedAt },
      recordDecisions(
        [],
        {
          type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler',
          ...base, id: 's', deviceId: 'desk-a', hlc: '001795496400000:00000:desk-a', at: vn(2026, 11, 24, 10), clockPaused: true,
        } as DossierEvent,
        A.dueRules,
      ),
      { type: 'withdrawn', kind: 'withdrawn', reason: 'Rút hồ sơ', ...base, id: 'w', deviceId: 'desk-b', hlc: '001795582800000:00000:desk-b', at: vn(2026, 11, 25, 10) } as DossierEvent,
    ];
    expect('resumedDueAt' in events[2]!).toBe(false);
    const onA = deriveDossier(events, { dueRules: A.dueRules });
    const onB = deriveDossier(events, { dueRules: B.dueRules });
    const onHub = deriveDossier(events);
    expect(onB).toEqual(onA);
    expect(onHub).toEqual(onA);
    // Paused from 24 Nov 10:00 to 25 Nov 10:00: the due date moves by those 24 hours.
    expect(onA.dueAt).toBe((received.dueAt as number) + 24 * 3600_000);
  });
});
