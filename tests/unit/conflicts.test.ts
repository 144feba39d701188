/**
 * Concurrent changes to one dossier (issue 7 §4): events made apart on several devices are merged
 * in HLC order on every replica; what the rules forbid in that order is kept as a conflict naming
 * who did what on which device and when, until an officer records a `conflict-resolved` event.
 */
import { describe, expect, it } from 'vitest';
import { createHlc, type HlcClock } from '../../src/domain/clock';
import type { DossierEvent, DossierEventPayload, ReceivedPayload, Unit } from '../../src/domain/dossier/events';
import {
  availableActions,
  checkTransition,
  deriveDossier,
  deriveDossierLenient,
  DossierRuleError,
  effectiveEvents,
  mergeDossier,
  mergeDossierWith,
  recordDecisions,
  type DeriveContext,
  type DueRules,
} from '../../src/domain/dossier/lifecycle';
import { openConflicts, resolvedConflicts, type DossierState } from '../../src/domain/dossier/state';
import { toDossierRow } from '../../src/store/dossierRow';
import { receivedPayload } from '../fixtures';

const vn = (d: number, h: number, mi = 0) => Date.UTC(2026, 10, d, h - 7, mi); // November 2026, Vietnam time
const fakeRules: DueRules = { pauseRule: 'pause', resumeDueAt: (dueAt, pausedAt, resumedAt) => dueAt + (resumedAt - pausedAt) };
const ctx: DeriveContext = { dueRules: fakeRules };

const DESK: Unit = { kind: 'desk', name: 'Bộ phận một cửa' };
const SPECIALIST: Unit = { kind: 'commune-specialist', name: 'Tư pháp – Hộ tịch' };
const LEADER: Unit = { kind: 'leader', name: 'Chủ tịch UBND xã' };
const OFFICERS: Record<string, string> = { 'desk-1': 'Nguyễn Thị Lan', 'tablet-2': 'Trần Văn Hùng', 'laptop-3': 'Lê Minh Tâm', province: 'Phạm Thu Hà' };

const receipt = (): ReceivedPayload => receivedPayload({ dueAt: vn(27, 17), apologyDueAt: vn(26, 17) });

/**
 * Events on named devices, each with its own hybrid clock. `seen` feeds a device the stamps it
 * pulled from the others (as the sync does), so what it records next sorts after them.
 */
function world(dossierId = 'd1') {
  const clocks = new Map<string, { clock: HlcClock; now: { t: number } }>();
  let n = 0;
  const clockOf = (device: string, at: number) => {
    let c = clocks.get(device);
    if (!c) {
      const now = { t: at };
      c = { clock: createHlc(device, () => now.t), now };
      clocks.set(device, c);
    }
    c.now.t = at;
    return c.clock;
  };
  return {
    ev(payload: DossierEventPayload, at: number, device = 'desk-1'): DossierEvent {
      n += 1;
      return {
        ...payload,
        id: `e${String(n).padStart(3, '0')}`,
        dossierId,
        deviceId: device,
        officerId: `officer-${device}`,
        officerName: OFFICERS[device] ?? 'Cán bộ',
        hlc: clockOf(device, at).tick(),
        at,
      } as DossierEvent;
    },
    seen(device: string, events: readonly DossierEvent[], at: number): void {
      const clock = clockOf(device, at);
      for (const e of events) clock.receive(e.hlc);
    },
  };
}

/** The dossier up to its result at the desk, all on the desk's laptop, synced to the others. */
function resultAtDesk() {
  const w = world();
  const base = [
    w.ev(receipt(), vn(23, 8)),
    w.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 9)),
    w.ev({ type: 'approved', signer: 'Phạm Văn D' }, vn(24, 9)),
    w.ev({ type: 'result-ready', resultNumber: '12/TLKS' }, vn(25, 8)),
  ];
  w.seen('tablet-2', base, vn(25, 8, 30));
  return { w, base };
}

const ref = (e: DossierEvent) => ({ eventId: e.id, type: e.type, officerId: e.officerId, officerName: e.officerName, deviceId: e.deviceId, at: e.at, hlc: e.hlc });

/** Same set, other arrival orders, some events delivered twice. */
function shuffledCopies(events: readonly DossierEvent[], rounds: number, seed: number): DossierEvent[][] {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: DossierEvent[][] = [];
  for (let r = 0; r < rounds; r++) {
    const copy = [...events];
    for (let k = 0; k < 3 && events.length > 0; k++) copy.push({ ...events[Math.floor(random() * events.length)]! });
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    out.push(copy);
  }
  return out;
}

describe('merged histories: what the rules forbid is kept and named', () => {
  it('two devices both return the result offline: the second return is a conflict with the first', () => {
    const { w, base } = resultAtDesk();
    const first = w.ev({ type: 'returned', method: 'desk', recipient: 'Nguyễn Văn An' }, vn(26, 9), 'desk-1');
    const second = w.ev({ type: 'returned', method: 'postal', recipient: 'Nguyễn Văn An', postalTracking: 'EB123' }, vn(26, 10), 'tablet-2');

    const state = mergeDossier([...base, second, first], ctx);
    expect(state.status).toBe('returned');
    expect(state.returnMethod).toBe('desk');
    expect(state.conflicts).toEqual([
      {
        ...ref(second),
        code: 'dossier-closed',
        reason: 'Hồ sơ đã trả kết quả nên đã kết thúc; chỉ còn có thể ghi chú',
        conflictsWith: ref(first),
      },
    ]);
    // Who, on which device, when — for both sides.
    expect(state.conflicts![0]).toMatchObject({ officerName: 'Trần Văn Hùng', deviceId: 'tablet-2', at: vn(26, 10), type: 'returned' });
    expect(state.conflicts![0]!.conflictsWith).toMatchObject({ officerName: 'Nguyễn Thị Lan', deviceId: 'desk-1', at: vn(26, 9), type: 'returned' });
    // The strict derivation (local checks) still refuses such a history outright.
    expect(() => deriveDossier([...base, first, second], ctx)).toThrow(DossierRuleError);
  });

  it('one device approves while another refuses: the smaller stamp wins, the other is the conflict', () => {
    const w = world();
    const base = [w.ev(receipt(), vn(23, 8)), w.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 9))];
    w.seen('tablet-2', base, vn(23, 10));
    const approve = w.ev({ type: 'approved', signer: 'Phạm Văn D' }, vn(24, 9), 'desk-1');
    const refuse = w.ev({ type: 'refused', reasons: 'Không đủ điều kiện' }, vn(24, 10), 'tablet-2');

    const approvedFirst = mergeDossier([...base, refuse, approve], ctx);
    expect(approvedFirst.status).toBe('approved');
    expect(approvedFirst.conflicts).toEqual([
      { ...ref(refuse), code: 'already-approved', reason: 'Hồ sơ đã được phê duyệt; không thể từ chối sau khi đã phê duyệt', conflictsWith: ref(approve) },
    ]);

    // The other way round: the refusal stamped first closes the dossier; the approval is the conflict.
    const w2 = world();
    const base2 = [w2.ev(receipt(), vn(23, 8)), w2.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 9))];
    w2.seen('tablet-2', base2, vn(23, 10));
    const refuse2 = w2.ev({ type: 'refused', reasons: 'Không đủ điều kiện' }, vn(24, 9), 'tablet-2');
    const approve2 = w2.ev({ type: 'approved', signer: 'Phạm Văn D' }, vn(24, 10), 'desk-1');
    const refusedFirst = mergeDossier([...base2, approve2, refuse2], ctx);
    expect(refusedFirst.status).toBe('refused');
    expect(refusedFirst.timeliness).toBe('early');
    expect(refusedFirst.conflicts).toEqual([
      { ...ref(approve2), code: 'dossier-closed', reason: 'Hồ sơ đã bị từ chối nên đã kết thúc; chỉ còn có thể ghi chú', conflictsWith: ref(refuse2) },
    ]);
  });

  it('a supplement asked on one device while another transfers: a conflict only when the request came first', () => {
    const w = world();
    const base = [w.ev(receipt(), vn(23, 8))];
    w.seen('tablet-2', base, vn(23, 8, 10));
    const request = w.ev({ type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu giấy chứng sinh', requestedBy: 'desk', clockPaused: true }, vn(23, 9), 'desk-1');
    const transfer = w.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 10), 'tablet-2');
    const state = mergeDossier([transfer, ...base, request], ctx);
    expect(state.status).toBe('awaiting-supplement');
    expect(state.currentUnit).toEqual({ kind: 'desk', name: 'Bộ phận tiếp nhận và trả kết quả' });
    expect(state.handOffs).toEqual([]);
    expect(state.conflicts).toEqual([
      { ...ref(transfer), code: 'awaiting-supplement', reason: 'Hồ sơ đang chờ công dân bổ sung; chưa thể chuyển xử lý', conflictsWith: ref(request) },
    ]);

    // Transferred first, then asked: both stand (a handler may ask for a supplement).
    const w2 = world();
    const base2 = [w2.ev(receipt(), vn(23, 8))];
    w2.seen('tablet-2', base2, vn(23, 8, 10));
    const transfer2 = w2.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 9), 'tablet-2');
    const request2 = w2.ev({ type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'desk', clockPaused: true }, vn(23, 10), 'desk-1');
    const both = mergeDossier([request2, transfer2, ...base2], ctx);
    expect(both.status).toBe('awaiting-supplement');
    expect(both.currentUnit).toEqual(SPECIALIST);
    expect(both.conflicts).toEqual([]);
  });

  it('an apology made on two devices: one apology only, the second is the conflict and moves no date', () => {
    const w = world();
    const base = [w.ev(receipt(), vn(23, 8))];
    w.seen('tablet-2', base, vn(23, 9));
    const first = w.ev({ type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn(30, 17) }, vn(25, 9), 'desk-1');
    const second = w.ev({ type: 'apologised', reason: 'Cán bộ nghỉ ốm', newDueAt: vn(28, 17) }, vn(25, 11), 'tablet-2');
    const state = mergeDossier([second, first, ...base], ctx);
    expect(state.dueAt).toBe(vn(30, 17));
    expect(state.apologisedAt).toBe(vn(25, 9));
    expect(state.conflicts).toEqual([
      { ...ref(second), code: 'already-apologised', reason: 'Chỉ được hẹn lại ngày trả kết quả một lần', conflictsWith: ref(first) },
    ]);
  });

  it('work recorded after the dossier was withdrawn elsewhere: each step is a conflict with the withdrawal; notes stand', () => {
    const w = world();
    const base = [w.ev(receipt(), vn(23, 8))];
    w.seen('tablet-2', base, vn(23, 9));
    const withdrawn = w.ev({ type: 'withdrawn', kind: 'withdrawn', reason: 'Công dân xin rút' }, vn(24, 8), 'desk-1');
    const transfer = w.ev({ type: 'transferred', from: DESK, to: LEADER }, vn(24, 9), 'tablet-2');
    const approve = w.ev({ type: 'approved', signer: 'Phạm Văn D' }, vn(24, 10), 'tablet-2');
    const note = w.ev({ type: 'noted', text: 'Đã báo lãnh đạo' }, vn(24, 11), 'tablet-2');
    const state = mergeDossier([...base, note, approve, transfer, withdrawn], ctx);
    expect(state.status).toBe('withdrawn');
    expect(state.currentUnit.kind).toBe('desk');
    expect(state.conflicts!.map((c) => [c.eventId, c.code, c.conflictsWith?.eventId])).toEqual([
      [transfer.id, 'dossier-closed', withdrawn.id],
      [approve.id, 'dossier-closed', withdrawn.id],
    ]);
    expect(state.conflicts![0]!.reason).toBe('Hồ sơ đã rút hoặc dừng giải quyết nên đã kết thúc; chỉ còn có thể ghi chú');
    expect(state.eventCount).toBe(3); // receipt, withdrawal, note
  });

  it('a note never conflicts, whatever happened on the other devices', () => {
    const { w, base } = resultAtDesk();
    const returned = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 9), 'desk-1');
    const notes = [
      w.ev({ type: 'noted', text: 'Công dân gọi hỏi' }, vn(23, 8, 30), 'tablet-2'), // stamped between other devices' events
      w.ev({ type: 'noted', text: 'Đã gọi lại' }, vn(26, 10), 'tablet-2'),
      w.ev({ type: 'noted', text: 'Tỉnh kiểm tra' }, vn(27, 8), 'province'),
    ];
    const state = mergeDossier([...notes, returned, ...base], ctx);
    expect(state.conflicts).toEqual([]);
    expect(state.eventCount).toBe(base.length + 1 + notes.length);
  });

  it('names what a forbidden step runs into where one event explains it, and nothing where none does', () => {
    const { w, base } = resultAtDesk();
    // Not approved on this branch: a result cannot arrive before an approval that never was.
    const w2 = world();
    const r = w2.ev(receipt(), vn(23, 8));
    const early = w2.ev({ type: 'result-ready' }, vn(23, 9), 'tablet-2');
    expect(mergeDossier([r, early], ctx).conflicts).toEqual([
      expect.objectContaining({ eventId: early.id, code: 'not-approved', conflictsWith: null }),
    ]);
    // The result already at the desk: a second "result arrived" runs into the first.
    const again = w.ev({ type: 'result-ready' }, vn(25, 9), 'tablet-2');
    expect(mergeDossier([...base, again], ctx).conflicts).toEqual([
      expect.objectContaining({ eventId: again.id, code: 'result-at-desk', conflictsWith: ref(base[3]!) }),
    ]);
    // A second receipt of the same dossier runs into the first.
    const twice = { ...w.ev(receipt(), vn(23, 9), 'tablet-2') };
    expect(mergeDossier([...base, twice], ctx).conflicts).toEqual([
      expect.objectContaining({ eventId: twice.id, code: 'already-received', conflictsWith: ref(base[0]!) }),
    ]);
  });

  it('an event of the dossier stamped before its receipt is listed too, never dropped', () => {
    const w = world();
    const stray = w.ev({ type: 'noted', text: 'Ghi trước' }, vn(22, 8), 'laptop-3');
    const r = w.ev(receipt(), vn(23, 8));
    const state = mergeDossier([r, stray], ctx);
    expect(state.conflicts).toEqual([expect.objectContaining({ eventId: stray.id, code: 'not-received', deviceId: 'laptop-3', conflictsWith: null })]);
    // Another dossier's event is reported by the lenient derivation, never a conflict of this one.
    const other = { ...world('d2').ev({ type: 'noted', text: 'x' }, vn(24, 8)), id: 'other' };
    const { state: s2, rejected } = deriveDossierLenient([r, other], ctx);
    expect(s2!.conflicts).toEqual([]);
    expect(rejected.map((x) => x.code)).toEqual(['wrong-dossier']);
    expect(() => mergeDossier([stray], ctx)).toThrow(/chưa được tiếp nhận/);
    expect(() => mergeDossier([], ctx)).toThrow(DossierRuleError);
  });
});

describe('conflict-resolved', () => {
  function twoReturns() {
    const { w, base } = resultAtDesk();
    const first = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 9), 'desk-1');
    const second = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 10), 'tablet-2');
    const events = [...base, first, second];
    w.seen('desk-1', events, vn(26, 11));
    w.seen('province', events, vn(26, 11));
    return { w, events, first, second };
  }

  it('closes the conflict, keeps who resolved it, when and how, and changes nothing else — even on a closed dossier', () => {
    const { w, events, second } = twoReturns();
    const before = mergeDossier(events, ctx);
    expect(before.status).toBe('returned');
    const resolve = w.ev({ type: 'conflict-resolved', eventId: second.id, note: 'Đã gọi công dân: chỉ nhận một lần' }, vn(26, 14), 'desk-1');
    expect(checkTransition(before, resolve, resolve.at)).toEqual({ ok: true });

    const after = mergeDossier([...events, resolve], ctx);
    expect(after.conflicts).toEqual([]);
    expect(after.resolvedConflicts).toEqual([
      {
        ...before.conflicts![0]!,
        resolutions: [{ eventId: resolve.id, officerId: 'officer-desk-1', officerName: 'Nguyễn Thị Lan', deviceId: 'desk-1', at: vn(26, 14), hlc: resolve.hlc, note: 'Đã gọi công dân: chỉ nhận một lần' }],
      },
    ]);
    const { conflicts: _a, resolvedConflicts: _b, eventCount: _c, lastHlc: _d, updatedAt: _e, ...rest } = after;
    const { conflicts: _f, resolvedConflicts: _g, eventCount: _h, lastHlc: _i, updatedAt: _j, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(after.eventCount).toBe(before.eventCount + 1);
  });

  it('refuses a resolution of an event that is not a conflict of this dossier: it becomes a conflict itself', () => {
    const { w, events, first } = twoReturns();
    const state = mergeDossier(events, ctx);
    const wrong = w.ev({ type: 'conflict-resolved', eventId: first.id, note: 'nhầm' }, vn(26, 14), 'desk-1');
    expect(checkTransition(state, wrong, wrong.at)).toMatchObject({ ok: false, code: 'no-such-conflict' });
    const unknown = w.ev({ type: 'conflict-resolved', eventId: '00000000-0000-4000-8000-000000000000', note: 'x' }, vn(26, 15), 'desk-1');
    const merged = mergeDossier([...events, wrong, unknown], ctx);
    expect(merged.conflicts!.map((c) => [c.eventId, c.code])).toEqual([
      [events[5]!.id, 'dossier-closed'],
      [wrong.id, 'no-such-conflict'],
      [unknown.id, 'no-such-conflict'],
    ]);
    expect(merged.conflicts![1]!.reason).toBe('Hồ sơ không có thao tác mâu thuẫn nào như vậy đang chờ xử lý');
  });

  it('two officers resolving the same conflict while apart: both resolutions kept, no new conflict', () => {
    const { w, events, second } = twoReturns();
    const onDesk = w.ev({ type: 'conflict-resolved', eventId: second.id, note: 'Xác nhận với công dân' }, vn(26, 14), 'desk-1');
    const atProvince = w.ev({ type: 'conflict-resolved', eventId: second.id, note: 'Tỉnh đã kiểm tra' }, vn(26, 15), 'province');
    const state = mergeDossier([atProvince, ...events, onDesk], ctx);
    expect(state.conflicts).toEqual([]);
    expect(resolvedConflicts(state)).toHaveLength(1);
    expect(state.resolvedConflicts![0]!.resolutions.map((r) => [r.deviceId, r.note])).toEqual([
      ['desk-1', 'Xác nhận với công dân'],
      ['province', 'Tỉnh đã kiểm tra'],
    ]);
    // On one device, once closed, the officer is told it is done rather than closing it again.
    const closed = mergeDossier([...events, onDesk], ctx);
    expect(checkTransition(closed, { type: 'conflict-resolved', eventId: second.id, note: 'lại' }, vn(26, 16))).toMatchObject({
      ok: false,
      code: 'conflict-already-resolved',
    });
  });

  it('is never offered as a next step: only from a conflict', () => {
    const { events } = twoReturns();
    const state = mergeDossier(events, ctx);
    expect(availableActions(state, vn(26, 12)).map((a) => a.type)).not.toContain('conflict-resolved');
    expect(availableActions(state, vn(26, 12)).filter((a) => a.allowed).map((a) => a.type)).toEqual(['rated', 'noted']);
  });
});

describe('stored rows and old states', () => {
  it('a state stored before conflicts existed reads as having none', () => {
    const { base: events } = resultAtDesk();
    const { conflicts: _c, resolvedConflicts: _r, ...old } = deriveDossier(events, ctx);
    const stored = old as DossierState;
    expect(openConflicts(stored)).toEqual([]);
    expect(resolvedConflicts(stored)).toEqual([]);
    expect(checkTransition(stored, { type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 9))).toEqual({ ok: true });
    expect(checkTransition(stored, { type: 'conflict-resolved', eventId: events[1]!.id, note: 'x' }, vn(26, 9))).toMatchObject({ code: 'no-such-conflict' });
    expect('conflictAt' in toDossierRow(stored)).toBe(false);
  });

  it('keys a row with open conflicts by its newest conflict, and drops the key once resolved', () => {
    const { w, base } = resultAtDesk();
    const a = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 9), 'desk-1');
    const b = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 10), 'tablet-2');
    const c = w.ev({ type: 'transferred', from: DESK, to: LEADER }, vn(26, 11), 'laptop-3');
    const row = toDossierRow(mergeDossier([...base, a, b, c], ctx));
    expect(row.conflictAt).toBe(vn(26, 11));
    w.seen('desk-1', [b, c], vn(26, 12));
    // The newest resolved first: the key falls back to the one still open.
    const r1 = w.ev({ type: 'conflict-resolved', eventId: c.id, note: 'x' }, vn(26, 13), 'desk-1');
    const r2 = w.ev({ type: 'conflict-resolved', eventId: b.id, note: 'y' }, vn(26, 14), 'desk-1');
    expect(toDossierRow(mergeDossier([...base, a, b, c, r1], ctx)).conflictAt).toBe(vn(26, 10));
    const done = toDossierRow(mergeDossier([...base, a, b, c, r1, r2], ctx));
    expect('conflictAt' in done).toBe(false);
    // A stored row passed back in does not keep a stale key.
    expect('conflictAt' in toDossierRow({ ...row, conflicts: [] })).toBe(false);
  });
});

describe('adding a local event to a merged history', () => {
  it('accepts a step on a history with conflicts, and refuses one the merged order forbids', () => {
    const { w, base } = resultAtDesk();
    const a = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 9), 'desk-1');
    const b = w.ev({ type: 'returned', method: 'desk', recipient: 'A' }, vn(26, 10), 'tablet-2');
    const history = [...base, a, b];
    w.seen('desk-1', history, vn(26, 11));
    const note = w.ev({ type: 'noted', text: 'x' }, vn(26, 12), 'desk-1');
    expect(mergeDossierWith(history, note, ctx).conflicts).toHaveLength(1);
    const rate = w.ev({ type: 'rated', level: 'satisfied' }, vn(26, 12, 5), 'desk-1');
    expect(mergeDossierWith(history, rate, ctx).rating).toBe('satisfied');
    const again = w.ev({ type: 'refused', reasons: 'x' }, vn(26, 13), 'desk-1');
    expect(() => mergeDossierWith(history, again, ctx)).toThrow(/đã kết thúc/);
    // recordDecisions reads the merged history too: a history with conflicts does not stop it.
    expect(recordDecisions(history, note, fakeRules)).toBe(note);
  });

  it('refuses a new event stamped before events already there that it would turn into conflicts', () => {
    const w = world();
    const r = w.ev(receipt(), vn(23, 8));
    const transfer = w.ev({ type: 'transferred', from: DESK, to: SPECIALIST }, vn(23, 10), 'tablet-2');
    // A device that never saw the transfer, with a clock behind: its withdrawal sorts first.
    const withdrawal = w.ev({ type: 'withdrawn', kind: 'withdrawn', reason: 'x' }, vn(23, 9), 'laptop-3');
    expect(() => mergeDossierWith([r, transfer], withdrawal, ctx)).toThrow(expect.objectContaining({ code: 'out-of-order' }));
  });
});

/** A state without what conflict records touch: the course of the dossier itself. */
function withoutBookkeeping(state: DossierState) {
  const { conflicts: _a, resolvedConflicts: _b, eventCount: _c, lastHlc: _d, updatedAt: _e, ...rest } = state;
  return rest;
}

describe('convergence: the same set of events gives the same state on every replica', () => {
  const TYPES: DossierEventPayload['type'][] = [
    'transferred',
    'appraised',
    'supplement-requested',
    'supplement-supplied',
    'approved',
    'result-ready',
    'returned',
    'refused',
    'withdrawn',
    'apologised',
    'rated',
    'noted',
    'conflict-resolved',
  ];

  function payload(type: DossierEventPayload['type'], pick: () => number, ids: readonly string[], at: number): DossierEventPayload {
    switch (type) {
      case 'transferred':
        return { type, from: DESK, to: pick() < 0.5 ? SPECIALIST : LEADER };
      case 'appraised':
        return { type, conclusion: 'eligible' };
      case 'supplement-requested':
        return { type, items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'handler', clockPaused: pick() < 0.5 };
      case 'supplement-supplied':
        return { type, items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], resumedDueAt: at + 86_400_000, resumedApologyDueAt: null };
      case 'approved':
        return { type, signer: 'Phạm Văn D' };
      case 'result-ready':
        return { type };
      case 'returned':
        return { type, method: 'desk', recipient: 'A' };
      case 'refused':
        return { type, reasons: 'x', resumedDueAt: at + 86_400_000, resumedApologyDueAt: null };
      case 'withdrawn':
        return { type, kind: pick() < 0.5 ? 'withdrawn' : 'stopped', reason: 'x', resumedDueAt: at + 86_400_000, resumedApologyDueAt: null };
      case 'apologised':
        return { type, reason: 'x', newDueAt: vn(29, 17) + Math.floor(pick() * 10) * 86_400_000 };
      case 'rated':
        return { type, level: 'satisfied' };
      case 'noted':
        return { type, text: 'x' };
      case 'conflict-resolved':
        return { type, eventId: ids[Math.floor(pick() * ids.length)] ?? 'none', note: 'x' };
      case 'received':
        throw new Error('not generated');
    }
  }

  it('holds for random histories of three devices and the province, in any arrival order, with resends', () => {
    let seed = 7;
    const pick = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const devices = ['desk-1', 'tablet-2', 'laptop-3', 'province'];
    let sawConflicts = 0;
    let sawResolutions = 0;
    for (let round = 0; round < 60; round++) {
      const w = world(`d${round}`);
      const events: DossierEvent[] = [w.ev(receipt(), vn(23, 8))];
      let at = vn(23, 8);
      for (let k = 0; k < 14; k++) {
        at += Math.floor(pick() * 6) * 3_600_000 + 60_000;
        const device = devices[Math.floor(pick() * devices.length)]!;
        // Sometimes a device syncs before acting (its clock then sees everything so far).
        if (pick() < 0.4) w.seen(device, events, at);
        const type = TYPES[Math.floor(pick() * TYPES.length)]!;
        events.push(w.ev(payload(type, pick, events.map((e) => e.id), at), at, device));
      }
      const expected = mergeDossier(events, ctx);
      sawConflicts += openConflicts(expected).length;
      sawResolutions += resolvedConflicts(expected).length;
      // Nothing dropped: every event is applied or listed as a conflict (open or resolved).
      const listed = openConflicts(expected).length + resolvedConflicts(expected).length;
      expect(expected.eventCount + listed).toBe(events.length);
      for (const copy of shuffledCopies(events, 6, round + 1)) expect(mergeDossier(copy, ctx)).toEqual(expected);
      // Without conflicts, the merged state is the strict one.
      if (listed === 0) expect(deriveDossier(events, ctx)).toEqual(expected);
      // What printed forms follow: the strict replay of the events that took effect reaches the
      // same dossier (but for the conflict bookkeeping).
      const effective = effectiveEvents(shuffledCopies(events, 1, round + 99)[0]!, ctx);
      expect(effective.some((e) => e.type === 'conflict-resolved' || openConflicts(expected).some((c) => c.eventId === e.id))).toBe(false);
      expect(withoutBookkeeping(deriveDossier(effective, ctx))).toEqual(withoutBookkeeping(expected));
    }
    // The generator really exercises both paths.
    expect(sawConflicts).toBeGreaterThan(20);
    expect(sawResolutions).toBeGreaterThan(0);
  });
});
