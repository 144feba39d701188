import { classifyResolution } from '../../src/domain/timeliness';
import { describe, expect, it, vi } from 'vitest';
import { receivedPayload } from '../fixtures';
import { createHlc, type HlcClock } from '../../src/domain/clock';
import type { DossierEvent, DossierEventPayload, ReceivedPayload, Unit } from '../../src/domain/dossier/events';
import {
  availableActions,
  checkTransition,
  deriveDossier,
  deriveDossierLenient,
  DossierRuleError,
  sortEvents,
  type DeriveContext,
  type DueRules,
} from '../../src/domain/dossier/lifecycle';
import type { DossierState } from '../../src/domain/dossier/state';

/** An instant given in Vietnam local time (UTC+7). */
const vn = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Calendar-free stand-in for the real calendar: the pause is added back in full. */
const fakeRules = (pauseRule: DueRules['pauseRule'] = 'pause'): DueRules => ({
  pauseRule,
  resumeDueAt: (dueAt, pausedAt, resumedAt) => dueAt + (resumedAt - pausedAt),
});
const ctx: DeriveContext = { dueRules: fakeRules() };

const DESK: Unit = { kind: 'desk', name: 'Bộ phận một cửa xã Tân Phú' };
const SPECIALIST: Unit = { kind: 'commune-specialist', name: 'Công chức Tư pháp - Hộ tịch', person: 'Trần Thị B' };
const LEADER: Unit = { kind: 'leader', name: 'Chủ tịch UBND xã' };

const RECEIVED_AT = vn(2026, 11, 23, 8, 0); // Monday
const DUE_AT = vn(2026, 11, 27, 17, 0); // Friday 17:00

function receipt(overrides: Partial<ReceivedPayload> = {}): ReceivedPayload {
  return receivedPayload({ applicant: { kind: 'person', name: 'Nguyễn Văn An', idNumber: '048090001234' }, dueAt: DUE_AT, ...overrides });
}

/** Makes events on named devices, each with its own HLC fed by the event's own instant. */
function history(dossierId = 'd1') {
  const clocks = new Map<string, { clock: HlcClock; now: { t: number } }>();
  let n = 0;
  return function ev(payload: DossierEventPayload, at: number, device = 'desk-1'): DossierEvent {
    let c = clocks.get(device);
    if (!c) {
      const now = { t: at };
      c = { clock: createHlc(device, () => now.t), now };
      clocks.set(device, c);
    }
    c.now.t = at;
    n += 1;
    return {
      ...payload,
      id: `e${String(n).padStart(3, '0')}`,
      dossierId,
      deviceId: device,
      officerId: `officer-${device}`,
      officerName: 'Lê Văn C',
      hlc: c.clock.tick(),
      at,
    } as DossierEvent;
  };
}

function happyPath() {
  const ev = history();
  return [
    ev(receipt(), RECEIVED_AT),
    ev({ type: 'transferred', from: DESK, to: SPECIALIST, note: 'Chuyển thẩm định' }, vn(2026, 11, 23, 9)),
    ev({ type: 'appraised', conclusion: 'eligible' }, vn(2026, 11, 24, 10)),
    ev({ type: 'transferred', from: SPECIALIST, to: LEADER }, vn(2026, 11, 24, 11)),
    ev({ type: 'approved', signer: 'Phạm Văn D' }, vn(2026, 11, 25, 9)),
    ev({ type: 'transferred', from: LEADER, to: DESK }, vn(2026, 11, 25, 10)),
    ev({ type: 'result-ready', resultNumber: '123/TLKS' }, vn(2026, 11, 26, 8)),
    ev({ type: 'returned', method: 'desk', recipient: 'Nguyễn Văn An', feeCollectedVnd: 0 }, vn(2026, 11, 27, 9)),
    ev({ type: 'rated', level: 'very-satisfied' }, vn(2026, 11, 27, 9, 5)),
  ];
}

function expectRejected(fn: () => unknown, code: string): DossierRuleError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DossierRuleError);
    expect((e as DossierRuleError).code).toBe(code);
    return e as DossierRuleError;
  }
  throw new Error(`expected a DossierRuleError ${code}`);
}

describe('deriveDossier — happy path', () => {
  it('follows a dossier from receipt to rating', () => {
    const events = happyPath();
    const statuses = events.map((_, i) => deriveDossier(events.slice(0, i + 1), ctx).status);
    expect(statuses).toEqual([
      'received',
      'processing',
      'processing',
      'processing',
      'approved',
      'approved', // the signed result travelling back is a hand-off, not a new status
      'result-ready',
      'returned',
      'returned',
    ]);
    const s = deriveDossier(events, ctx);
    expect(s).toMatchObject({
      id: 'd1',
      code: '000.00.53.H48-261123-0001',
      procedureCode: '1.001193',
      receivedAt: RECEIVED_AT,
      originalDueAt: DUE_AT,
      dueAt: DUE_AT,
      resolvedAt: vn(2026, 11, 26, 8), // the result-ready instant, not the return
      timeliness: 'early',
      rating: 'very-satisfied',
      currentUnit: DESK,
      eventCount: 9,
      updatedAt: vn(2026, 11, 27, 9, 5),
      lastHlc: events[8]!.hlc,
      pausedSince: null,
      apologisedAt: null,
    });
    expect(s.handOffs.map((h) => [h.from.kind, h.to.kind])).toEqual([
      ['desk', 'commune-specialist'],
      ['commune-specialist', 'leader'],
      ['leader', 'desk'],
    ]);
    expect(s.handOffs[0]).toMatchObject({ eventId: events[1]!.id, at: vn(2026, 11, 23, 9), officerName: 'Lê Văn C', note: 'Chuyển thẩm định' });
  });

  it('lets the chairman approve straight from receipt', () => {
    const ev = history();
    const s = deriveDossier([ev(receipt(), RECEIVED_AT), ev({ type: 'approved', signer: 'Chủ tịch' }, RECEIVED_AT + HOUR)], ctx);
    expect(s.status).toBe('approved');
  });

  it('judges the result against the due date in Vietnam time', () => {
    expect(classifyResolution(vn(2026, 11, 26, 23, 59), DUE_AT)).toBe('early');
    expect(classifyResolution(vn(2026, 11, 27, 0, 0), DUE_AT)).toBe('on-time');
    expect(classifyResolution(DUE_AT, DUE_AT)).toBe('on-time');
    expect(classifyResolution(DUE_AT + 1, DUE_AT)).toBe('late');
  });

  it('sets resolvedAt and timeliness at refusal; a refused dossier is closed', () => {
    const ev = history();
    const events = [ev(receipt(), RECEIVED_AT), ev({ type: 'refused', reasons: 'Không đủ điều kiện' }, vn(2026, 11, 28, 9))];
    const s = deriveDossier(events, ctx);
    expect(s).toMatchObject({ status: 'refused', resolvedAt: vn(2026, 11, 28, 9), timeliness: 'late' });
    expect(checkTransition(s, { type: 'approved', signer: 'x' }, vn(2026, 11, 29)).ok).toBe(false);
    expect(checkTransition(s, { type: 'noted', text: 'Công dân đến hỏi' }, vn(2026, 11, 29)).ok).toBe(true);
    expect(checkTransition(s, { type: 'rated', level: 'satisfied' }, vn(2026, 11, 29))).toMatchObject({ ok: false, code: 'not-returned' });
  });

  it('withdrawal closes the dossier without judging its timeliness', () => {
    const ev = history();
    const s = deriveDossier([ev(receipt(), RECEIVED_AT), ev({ type: 'withdrawn', kind: 'stopped', reason: 'Không có nhu cầu' }, RECEIVED_AT + DAY)], ctx);
    expect(s).toMatchObject({ status: 'withdrawn', resolvedAt: RECEIVED_AT + DAY, timeliness: null });
  });
});

describe('deriveDossier — rules', () => {
  it('requires a receipt first and only once', () => {
    const ev = history();
    expectRejected(() => deriveDossier([], ctx), 'no-events');
    expectRejected(() => deriveDossier([ev({ type: 'approved', signer: 'x' }, RECEIVED_AT)], ctx), 'not-received');
    const ev2 = history();
    expectRejected(() => deriveDossier([ev2(receipt(), RECEIVED_AT), ev2(receipt(), RECEIVED_AT + 1)], ctx), 'already-received');
  });

  it('rejects a second apology with the rule named', () => {
    const ev = history();
    const events = [
      ev(receipt(), RECEIVED_AT),
      ev({ type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn(2026, 12, 2, 17) }, vn(2026, 11, 25, 10)),
    ];
    const s = deriveDossier(events, ctx);
    expect(s).toMatchObject({ dueAt: vn(2026, 12, 2, 17), originalDueAt: DUE_AT, apologisedAt: vn(2026, 11, 25, 10) });

    const second = { type: 'apologised', reason: 'Lại chậm', newDueAt: vn(2026, 12, 9, 17) } as const;
    expect(checkTransition(s, second, vn(2026, 11, 28, 9))).toEqual({
      ok: false,
      code: 'already-apologised',
      reason: 'Chỉ được hẹn lại ngày trả kết quả một lần',
    });
    const err = expectRejected(() => deriveDossier([...events, ev(second, vn(2026, 11, 28, 9))], ctx), 'already-apologised');
    expect(err.message).toBe('Chỉ được hẹn lại ngày trả kết quả một lần');
    expect(err.eventId).toBe('e003');
  });

  it('accepts a late apology with a warning, and rejects one without a later date', () => {
    // The apology deadline recorded at receipt: the end of Thursday 26/11, the working day before.
    const s = deriveDossier([history()(receipt({ apologyDueAt: vn(2026, 11, 26, 17) }), RECEIVED_AT)], ctx);
    expect(s.apologyDueAt).toBe(vn(2026, 11, 26, 17));
    const apology = (newDueAt: number) => ({ type: 'apologised', reason: 'Chậm', newDueAt }) as const;
    const later = vn(2026, 12, 4, 17);
    expect(checkTransition(s, apology(later), vn(2026, 11, 26, 16))).toEqual({ ok: true });
    // After that deadline (on the due day itself), or once overdue, the apology is late but still
    // owed to the citizen.
    expect(checkTransition(s, apology(later), vn(2026, 11, 26, 18))).toMatchObject({ ok: true, warning: { code: 'apology-late' } });
    expect(checkTransition(s, apology(later), vn(2026, 11, 27, 8))).toMatchObject({ ok: true, warning: { code: 'apology-late' } });
    expect(checkTransition(s, apology(later), DUE_AT + HOUR)).toMatchObject({ ok: true, warning: { code: 'apology-late' } });
    // A caller may still pass its own deadline.
    const latest = { latestApologyAt: vn(2026, 11, 25, 17) };
    expect(checkTransition(s, apology(later), vn(2026, 11, 25, 18), latest)).toMatchObject({ ok: true, warning: { code: 'apology-late' } });
    expect(checkTransition(s, apology(DUE_AT), vn(2026, 11, 25))).toMatchObject({ ok: false, code: 'apology-date-not-later' });
    // Overdue: the new date must also be in the future.
    expect(checkTransition(s, apology(DUE_AT + HOUR), DUE_AT + 2 * HOUR)).toMatchObject({ ok: false, code: 'apology-date-not-later' });
  });

  it('does not call an apology late before the due instant when no day for it existed after receipt', () => {
    // A next-day dossier received Thursday 18:00, due Friday 17:00: the day before the due date is
    // the receipt day itself, so the receipt recorded no apology deadline (null).
    const s = deriveDossier([history()(receipt({ apologyDueAt: null }), vn(2026, 11, 26, 18))], ctx);
    expect(s.apologyDueAt).toBeNull();
    const apology = { type: 'apologised', reason: 'Chậm', newDueAt: vn(2026, 12, 1, 17) } as const;
    expect(checkTransition(s, apology, vn(2026, 11, 27, 16))).toEqual({ ok: true });
    expect(checkTransition(s, apology, DUE_AT + HOUR)).toMatchObject({ ok: true, warning: { code: 'apology-late' } });
  });

  it('rejects returning a result before it is ready', () => {
    const ev = history();
    const events = [ev(receipt(), RECEIVED_AT), ev({ type: 'approved', signer: 'Chủ tịch' }, RECEIVED_AT + HOUR)];
    const s = deriveDossier(events, ctx);
    const ret = { type: 'returned', method: 'desk', recipient: 'Nguyễn Văn An' } as const;
    const verdict = checkTransition(s, ret, RECEIVED_AT + 2 * HOUR);
    expect(verdict).toMatchObject({ ok: false, code: 'no-result' });
    expect(!verdict.ok && verdict.reason).toMatch(/chưa có kết quả/);
    expectRejected(() => deriveDossier([...events, ev(ret, RECEIVED_AT + 2 * HOUR)], ctx), 'no-result');
    // result-ready needs the approval first
    expect(checkTransition(deriveDossier(events.slice(0, 1), ctx), { type: 'result-ready' }, RECEIVED_AT + HOUR)).toMatchObject({
      ok: false,
      code: 'not-approved',
    });
  });

  it('accepts one rating, after the return only', () => {
    const events = happyPath();
    const ev = history();
    const again = { ...ev({ type: 'rated', level: 'not-satisfied' }, vn(2026, 11, 28)), id: 'zzz', hlc: '999999999999999:00000:x' };
    const err = expectRejected(() => deriveDossier([...events, again], ctx), 'already-rated');
    expect(err.message).toMatch(/chỉ được đánh giá một lần/);
    const beforeReturn = deriveDossier(events.slice(0, 7), ctx);
    expect(checkTransition(beforeReturn, { type: 'rated', level: 'satisfied' }, vn(2026, 11, 26, 9))).toMatchObject({
      ok: false,
      code: 'not-returned',
    });
  });

  it('forbids work while awaiting a supplement, and approval twice', () => {
    const ev = history();
    const awaiting = deriveDossier(
      [ev(receipt(), RECEIVED_AT), ev({ type: 'supplement-requested', items: [], reason: 'Thiếu giấy chứng sinh', requestedBy: 'desk' }, RECEIVED_AT + HOUR)],
      ctx,
    );
    const blocked: DossierEventPayload[] = [
      { type: 'approved', signer: 'x' },
      { type: 'transferred', from: DESK, to: SPECIALIST },
      { type: 'appraised', conclusion: 'eligible' },
      { type: 'supplement-requested', items: [], reason: 'x', requestedBy: 'handler' },
    ];
    for (const p of blocked) {
      expect(checkTransition(awaiting, p, RECEIVED_AT + 2 * HOUR).ok).toBe(false);
    }
    expect(checkTransition(awaiting, { type: 'refused', reasons: 'Không bổ sung' }, RECEIVED_AT + 2 * HOUR).ok).toBe(true);
    const approved = deriveDossier(happyPath().slice(0, 5), ctx);
    expect(checkTransition(approved, { type: 'approved', signer: 'x' }, vn(2026, 11, 25, 12))).toMatchObject({ code: 'already-approved' });
    expect(checkTransition(approved, { type: 'withdrawn', kind: 'withdrawn', reason: 'x' }, vn(2026, 11, 25, 12))).toMatchObject({
      code: 'already-approved',
    });
  });
});

describe('deriveDossier — supplement pause', () => {
  it('pauses the clock and moves the due date by what resumeDueAt says', () => {
    const resumeDueAt = vi.fn((dueAt: number, pausedAt: number, resumedAt: number) => dueAt + (resumedAt - pausedAt));
    const rules: DeriveContext = { dueRules: { pauseRule: 'pause', resumeDueAt } };
    const ev = history();
    const askedAt = vn(2026, 11, 24, 10);
    const suppliedAt = vn(2026, 11, 26, 10);
    const events = [
      ev(receipt(), RECEIVED_AT),
      ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(2026, 11, 23, 9)),
      ev({ type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler' }, askedAt),
    ];
    const waiting = deriveDossier(events, rules);
    expect(waiting).toMatchObject({ status: 'awaiting-supplement', pausedSince: askedAt, dueAt: DUE_AT });

    events.push(ev({ type: 'supplement-supplied', items: [{ name: 'giấy chứng sinh', originals: 1, copies: 0 }] }, suppliedAt));
    const resumed = deriveDossier(events, rules);
    expect(resumeDueAt).toHaveBeenCalledWith(DUE_AT, askedAt, suppliedAt, 'working-days');
    expect(resumed).toMatchObject({ status: 'processing', pausedSince: null, dueAt: DUE_AT + 2 * DAY, originalDueAt: DUE_AT });
  });

  it('waits for every requested item before the clock resumes', () => {
    const ev = history();
    const items = [
      { name: 'Giấy chứng sinh', originals: 1, copies: 0 },
      { name: 'Giấy chứng nhận kết hôn', originals: 0, copies: 1 },
    ];
    const events = [
      ev(receipt(), RECEIVED_AT),
      ev({ type: 'supplement-requested', items, reason: 'Thiếu', requestedBy: 'desk' }, vn(2026, 11, 23, 10)),
      ev({ type: 'supplement-supplied', items: [items[0]!] }, vn(2026, 11, 24, 10)),
    ];
    expect(deriveDossier(events, ctx)).toMatchObject({ status: 'awaiting-supplement', pausedSince: vn(2026, 11, 23, 10) });
    events.push(ev({ type: 'supplement-supplied', items: [items[1]!] }, vn(2026, 11, 25, 10)));
    // Requested before any transfer: back to 'received', not 'processing'.
    expect(deriveDossier(events, ctx)).toMatchObject({ status: 'received', pausedSince: null, dueAt: DUE_AT + 2 * DAY });
  });

  it('keeps the clock running under the keep-running rule', () => {
    const rules: DeriveContext = { dueRules: fakeRules('keep-running') };
    const ev = history();
    const events = [
      ev(receipt(), RECEIVED_AT),
      ev({ type: 'supplement-requested', items: [], reason: 'Thiếu', requestedBy: 'desk' }, vn(2026, 11, 23, 10)),
    ];
    expect(deriveDossier(events, rules)).toMatchObject({ status: 'awaiting-supplement', pausedSince: null });
    events.push(ev({ type: 'supplement-supplied', items: [] }, vn(2026, 11, 25, 10)));
    expect(deriveDossier(events, rules)).toMatchObject({ status: 'received', dueAt: DUE_AT });
  });

  it('refuses an apology while the clock is paused', () => {
    const ev = history();
    const s = deriveDossier(
      [ev(receipt(), RECEIVED_AT), ev({ type: 'supplement-requested', items: [], reason: 'x', requestedBy: 'desk' }, RECEIVED_AT + HOUR)],
      ctx,
    );
    expect(checkTransition(s, { type: 'apologised', reason: 'x', newDueAt: DUE_AT + DAY }, RECEIVED_AT + 2 * HOUR)).toMatchObject({
      ok: false,
      code: 'clock-paused',
    });
  });
});

describe('merging histories', () => {
  /**
   * Device A (the desk) approves and issues the result; device B (the specialist's laptop,
   * offline) refuses at the same time. After sync both sets of events are merged.
   */
  function concurrent() {
    const ev = history();
    const base = [ev(receipt(), RECEIVED_AT), ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(2026, 11, 23, 9))];
    const onA = [
      ev({ type: 'approved', signer: 'Chủ tịch' }, vn(2026, 11, 24, 9), 'desk-1'),
      ev({ type: 'result-ready' }, vn(2026, 11, 24, 14), 'desk-1'),
    ];
    const onB = [ev({ type: 'refused', reasons: 'Không đủ điều kiện' }, vn(2026, 11, 24, 10), 'laptop-2')];
    return { all: [...base, ...onA, ...onB], onB };
  }

  it('strict derivation refuses the merged history', () => {
    expectRejected(() => deriveDossier(concurrent().all, ctx), 'already-approved');
  });

  it('lenient derivation keeps the first-stamped branch and lists the conflict', () => {
    const { all, onB } = concurrent();
    const { state, rejected } = deriveDossierLenient(all, ctx);
    expect(state?.status).toBe('result-ready');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ event: onB[0], code: 'already-approved' });
    expect(rejected[0]!.reason).toMatch(/không thể từ chối sau khi đã phê duyệt/);
    expect(state?.eventCount).toBe(4);
  });

  it('lenient derivation reports events of another dossier and events without a receipt', () => {
    const ev = history();
    const other = history('d2');
    const stray = { ...other({ type: 'noted', text: 'x' }, RECEIVED_AT + HOUR, 'desk-9'), id: 'stray' };
    const { state, rejected } = deriveDossierLenient([ev(receipt(), RECEIVED_AT), stray], ctx);
    expect(state?.eventCount).toBe(1);
    expect(rejected.map((r) => r.code)).toEqual(['wrong-dossier']);
    expect(deriveDossierLenient([stray], ctx)).toMatchObject({ state: null, rejected: [{ code: 'not-received' }] });
  });

  it('derives the same state whatever order the events arrive in, and ignores resends', () => {
    const events = happyPath();
    const expected = deriveDossier(events, ctx);
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 25; round++) {
      const shuffled = [...events, events[3]!, events[6]!]; // two resent events
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(sortEvents(shuffled).filter((e, i, a) => a.findIndex((x) => x.id === e.id) === i)).toEqual(events);
      expect(deriveDossier(shuffled, ctx)).toEqual(expected);
    }
  });

  it('sorts equal stamps by event id', () => {
    const [a, b] = happyPath();
    const same = { ...b!, hlc: a!.hlc, id: 'a-first' };
    expect(sortEvents([a!, same]).map((e) => e.id)).toEqual(['a-first', a!.id]);
  });
});

describe('availableActions', () => {
  const allowed = (s: DossierState | null, at: number, c = {}) =>
    availableActions(s, at, c)
      .filter((a) => a.allowed)
      .map((a) => a.type);

  it('offers the next steps and explains the others', () => {
    const events = happyPath();
    const fresh = deriveDossier(events.slice(0, 1), ctx);
    expect(allowed(fresh, vn(2026, 11, 23, 10))).toEqual([
      'transferred',
      'appraised',
      'supplement-requested',
      'approved',
      'apologised',
      'refused',
      'withdrawn',
      'noted',
    ]);
    const ret = availableActions(fresh, vn(2026, 11, 23, 10)).find((a) => a.type === 'returned');
    expect(ret).toMatchObject({ allowed: false, code: 'no-result' });
    expect(ret?.reason).toBeTruthy();

    const ready = deriveDossier(events.slice(0, 7), ctx);
    expect(allowed(ready, vn(2026, 11, 26, 9))).toEqual(['returned', 'noted']);
    const returned = deriveDossier(events.slice(0, 8), ctx);
    expect(allowed(returned, vn(2026, 11, 27, 10))).toEqual(['rated', 'noted']);
    expect(allowed(deriveDossier(events, ctx), vn(2026, 11, 27, 10))).toEqual(['noted']);
  });

  it('still offers the apology once its deadline has passed, with the warning', () => {
    const fresh = deriveDossier([history()(receipt({ apologyDueAt: vn(2026, 11, 26, 17) }), RECEIVED_AT)], ctx);
    const apology = availableActions(fresh, vn(2026, 11, 26, 18)).find((a) => a.type === 'apologised');
    expect(apology).toMatchObject({ allowed: true, warning: { code: 'apology-late' } });
  });

  it('allows nothing but a receipt for an unknown dossier', () => {
    expect(allowed(null, RECEIVED_AT)).toEqual([]);
    expect(checkTransition(null, receipt(), RECEIVED_AT).ok).toBe(true);
  });
});
