/**
 * The dossier state machine — DOMAIN.md §2. A dossier's state is a pure function of its events
 * (events.ts), replayed in HLC order, so every device and the hub derive the same state from the
 * same set of events, whatever order they arrived in.
 *
 *   received ──transfer/appraise──▶ processing ──approve──▶ approved ──result-ready──▶ result-ready ──return──▶ returned
 *      │  ▲                            │  ▲                      │ (transfer: the signed result
 *      │  └──────supplement-supplied───┤  │                      │  travels back; status stays)
 *      └──supplement-requested──▶ awaiting-supplement            │
 *   refuse (received / processing / awaiting) ──▶ refused;  withdraw (same) ──▶ withdrawn
 *   approve is allowed straight from `received`: commune procedures are often signed by the
 *   chairman without a formal transfer to a specialist.
 *
 * The state depends on the events alone (DOMAIN.md §1): whatever needed the working-day calendar
 * or a setting was decided when the event was made and is recorded on it — the due date and the
 * apology deadline on `received`, whether the clock stops on `supplement-requested`, the new due
 * date on the event that ends a pause (`recordDecisions` fills these in). So two devices with
 * different holiday lists or pause rules derive the same state from the same events, and a later
 * settings change never moves an accepted appointment. Events recorded before those fields
 * existed are replayed the old way, with the rules in `DeriveContext.dueRules` (the fallback).
 */
import { compareHlc } from '../clock';
import type { TimeUnit } from '../procedure';
import { foldVietnamese } from '../searchText';
import { classifyResolution } from '../timeliness';
import type { DossierEvent, DossierEventPayload, DossierEventType, PauseEnd, Unit } from './events';
import {
  FINAL_STATUSES,
  openConflicts,
  resolvedConflicts,
  type DossierConflict,
  type DossierState,
  type DossierStatus,
  type EventRef,
} from './state';

// ---------------------------------------------------------------------------------------------
// Context and errors
// ---------------------------------------------------------------------------------------------

export interface DueRules {
  /**
   * Whether the clock stops while the citizen completes a supplement (DOMAIN.md §2: "to confirm",
   * so a setting). Pass the rule that was in force when the dossier was received (§1).
   */
  pauseRule: 'pause' | 'keep-running';
  /**
   * The new due instant after a pause from `pausedAt` to `resumedAt`, counted in the dossier's
   * time unit (e.g. the working days of the pause added back). The app passes a closure over the
   * real calendar. A result earlier than `dueAt` is ignored: a pause never brings a date forward.
   */
  resumeDueAt(dueAt: number, pausedAt: number, resumedAt: number, unit: TimeUnit): number;
  /** The apology deadline of a due date set at `since` (timeliness.ts `apologyDeadline`). */
  apologyDueAt?(dueAt: number, since: number): number | null;
}

/**
 * Only for events recorded before the decisions were stored on them (see the header): the rules
 * to replay them with. Not needed — and never read — for events that carry their decisions.
 */
export interface DeriveContext {
  dueRules?: DueRules;
}

/**
 * Checks made when an officer acts (not on replay, see the header).
 * `latestApologyAt`: the last instant an apology may be sent for this dossier — the end of the
 * working day before the due date (DOMAIN.md §2), computed by the caller from the calendar.
 */
export interface TransitionContext {
  latestApologyAt?: number;
}

export type TransitionCode =
  | 'no-events'
  | 'not-received'
  | 'already-received'
  | 'wrong-dossier'
  | 'dossier-closed'
  | 'awaiting-supplement'
  | 'already-awaiting-supplement'
  | 'not-awaiting-supplement'
  | 'already-approved'
  | 'not-approved'
  | 'result-at-desk'
  | 'no-result'
  | 'already-apologised'
  | 'apology-date-not-later'
  | 'clock-paused'
  | 'not-returned'
  | 'already-rated'
  | 'no-such-conflict'
  | 'conflict-already-resolved';

/** A permitted step the rules still frown on (e.g. a late apology): shown, not blocking. */
export interface TransitionWarning {
  code: 'apology-late';
  reason: string;
}

export type TransitionResult = { ok: true; warning?: TransitionWarning } | { ok: false; reason: string; code: TransitionCode };

export class DossierRuleError extends Error {
  readonly code: string;
  /** The event that broke the rule, when there is one. */
  readonly eventId: string | null;
  constructor(code: string, message: string, eventId: string | null = null) {
    super(message);
    this.name = 'DossierRuleError';
    this.code = code;
    this.eventId = eventId;
  }
}

// ---------------------------------------------------------------------------------------------
// Labels and small helpers
// ---------------------------------------------------------------------------------------------

/** Vietnamese wording of each status, as used in rule messages (and usable by the UI). */
export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
  received: 'đã tiếp nhận',
  processing: 'đang giải quyết',
  'awaiting-supplement': 'đang chờ công dân bổ sung',
  approved: 'đã được phê duyệt',
  'result-ready': 'đã có kết quả tại bộ phận một cửa',
  returned: 'đã trả kết quả',
  refused: 'đã bị từ chối',
  withdrawn: 'đã rút hoặc dừng giải quyết',
};

/**
 * Where a dossier is right after receipt, and again once the result reaches the desk. Events do
 * not name the desk, so a generic unit is used; the UI shows the commune's own name.
 */
export const DESK_UNIT: Unit = { kind: 'desk', name: 'Bộ phận tiếp nhận và trả kết quả' };

/** Deterministic replay order: HLC, then event id for the (theoretical) equal stamps. */
export function sortEvents(events: readonly DossierEvent[]): DossierEvent[] {
  return [...events].sort((a, b) => compareHlc(a.hlc, b.hlc) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const fail = (code: TransitionCode, reason: string): TransitionResult => ({ ok: false, code, reason });
const OK: TransitionResult = { ok: true };

function isFinal(status: DossierStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

// ---------------------------------------------------------------------------------------------
// Transition rules
// ---------------------------------------------------------------------------------------------

/**
 * Whether `payload` may happen to a dossier in `state` at instant `at`. Decisions where DOMAIN.md
 * is silent are noted inline. Pure: the caller shows `reason` to the officer, `code` is stable.
 */
export function checkTransition(
  state: DossierState | null,
  payload: DossierEventPayload,
  at: number,
  ctx: TransitionContext = {},
): TransitionResult {
  if (state === null) {
    return payload.type === 'received' ? OK : fail('not-received', 'Hồ sơ chưa được tiếp nhận: việc đầu tiên phải là tiếp nhận hồ sơ');
  }
  if (payload.type === 'received') {
    return fail('already-received', `Hồ sơ ${state.code} đã được tiếp nhận; không thể tiếp nhận lại`);
  }
  // A note (ghi chú) is always allowed: it changes nothing and records what happened after the end.
  if (payload.type === 'noted') return OK;
  // Closing a conflict changes nothing either, so a final dossier may still have one closed; but
  // only a conflict this dossier has (a mistyped or stale id must not look like a resolution).
  if (payload.type === 'conflict-resolved') {
    if (openConflicts(state).some((c) => c.eventId === payload.eventId)) return OK;
    if (resolvedConflicts(state).some((c) => c.eventId === payload.eventId)) {
      return fail('conflict-already-resolved', 'Thao tác mâu thuẫn này đã được xử lý rồi');
    }
    return fail('no-such-conflict', 'Hồ sơ không có thao tác mâu thuẫn nào như vậy đang chờ xử lý');
  }

  const s = state.status;
  const label = DOSSIER_STATUS_LABELS[s];
  const afterApproval = s === 'approved' || s === 'result-ready';

  if (isFinal(s)) {
    if (payload.type === 'rated' && s === 'returned') {
      return state.rating === null ? OK : fail('already-rated', 'Công dân đã đánh giá mức độ hài lòng cho hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần');
    }
    if (payload.type === 'rated') return fail('not-returned', `Hồ sơ ${label}; chỉ được đánh giá sau khi trả kết quả`);
    return fail('dossier-closed', `Hồ sơ ${label} nên đã kết thúc; chỉ còn có thể ghi chú`);
  }

  switch (payload.type) {
    case 'transferred':
      // Not while the dossier is back with the citizen. After approval a transfer is still
      // allowed: the signed result travels back to the desk and Mẫu 06 records that hand-off.
      if (s === 'awaiting-supplement') return fail('awaiting-supplement', 'Hồ sơ đang chờ công dân bổ sung; chưa thể chuyển xử lý');
      if (s === 'result-ready') return fail('result-at-desk', 'Kết quả đã ở bộ phận một cửa; việc còn lại là trả kết quả cho công dân');
      return OK;

    case 'appraised':
      if (s === 'awaiting-supplement') return fail('awaiting-supplement', 'Hồ sơ đang chờ công dân bổ sung; chưa thể thẩm định');
      if (afterApproval) return fail('already-approved', `Hồ sơ ${label}; không thẩm định lại sau khi đã phê duyệt`);
      return OK;

    case 'supplement-requested':
      // DOMAIN.md's "guidance only once" is about intake, before a dossier exists; a handler
      // may legitimately need a second supplement later, so it is not forbidden here.
      if (s === 'awaiting-supplement') return fail('already-awaiting-supplement', 'Hồ sơ đang chờ bổ sung theo yêu cầu trước; hãy ghi nhận phần đã bổ sung trước khi yêu cầu thêm');
      if (afterApproval) return fail('already-approved', `Hồ sơ ${label}; không thể yêu cầu bổ sung sau khi đã phê duyệt`);
      return OK;

    case 'supplement-supplied':
      return s === 'awaiting-supplement' ? OK : fail('not-awaiting-supplement', 'Hồ sơ không có yêu cầu bổ sung nào đang chờ');

    case 'refused':
      // Refusal is allowed while awaiting a supplement (the citizen never brings it).
      if (afterApproval) return fail('already-approved', `Hồ sơ ${label}; không thể từ chối sau khi đã phê duyệt`);
      return OK;

    case 'approved':
      if (s === 'awaiting-supplement') return fail('awaiting-supplement', 'Hồ sơ đang chờ công dân bổ sung; chưa thể phê duyệt');
      if (afterApproval) return fail('already-approved', `Hồ sơ ${label}; không phê duyệt lại`);
      return OK;

    case 'result-ready':
      if (s === 'result-ready') return fail('result-at-desk', 'Kết quả đã có tại bộ phận một cửa');
      return s === 'approved' ? OK : fail('not-approved', `Hồ sơ ${label}, chưa được phê duyệt; chỉ có kết quả sau khi phê duyệt`);

    case 'returned':
      return s === 'result-ready' ? OK : fail('no-result', `Hồ sơ ${label}, chưa có kết quả; chỉ trả kết quả khi kết quả đã về bộ phận một cửa`);

    case 'withdrawn':
      // Once signed, the result exists: the citizen may not collect it, but the dossier is not
      // "withdrawn" any more.
      if (afterApproval) return fail('already-approved', `Hồ sơ ${label}; không thể rút hoặc dừng giải quyết sau khi đã phê duyệt`);
      return OK;

    case 'apologised':
      return checkApology(state, payload.newDueAt, at, ctx);

    case 'rated':
      return fail('not-returned', `Hồ sơ ${label}; chỉ được đánh giá sau khi trả kết quả`);
  }
}

function checkApology(state: DossierState, newDueAt: number, at: number, ctx: TransitionContext): TransitionResult {
  if (state.apologisedAt !== null) return fail('already-apologised', 'Chỉ được hẹn lại ngày trả kết quả một lần');
  if (state.status === 'result-ready') return fail('result-at-desk', 'Kết quả đã có tại bộ phận một cửa; không cần hẹn lại');
  // While the clock is stopped the dossier cannot become late, and a new date set now would be
  // moved again by the pause on resumption.
  if (state.pausedSince !== null) return fail('clock-paused', 'Thời hạn đang tạm dừng chờ công dân bổ sung; chưa thể hẹn lại ngày trả kết quả');
  // The apology is due no later than 1 working day before the due date (DOMAIN.md §2). A late one
  // is still owed to the citizen — the province tracks that every overdue dossier got one — so it
  // is accepted, with a warning the desk sees, rather than refused.
  // Late only where an apology day existed (state.apologyDueAt): a same-day or next-day dossier
  // has none, so its apology is late only once it is overdue.
  const latest = ctx.latestApologyAt ?? state.apologyDueAt;
  const late = at > state.dueAt || (latest !== null && at > latest);
  if (!(newDueAt > state.dueAt)) return fail('apology-date-not-later', 'Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại');
  if (!(newDueAt > at)) return fail('apology-date-not-later', 'Ngày hẹn trả mới phải sau thời điểm hiện tại');
  if (late) {
    return {
      ok: true,
      warning: {
        code: 'apology-late',
        reason: 'Văn bản xin lỗi gửi muộn: lẽ ra phải gửi chậm nhất 1 ngày làm việc trước ngày hẹn trả kết quả',
      },
    };
  }
  return OK;
}

// ---------------------------------------------------------------------------------------------
// Derivation
// ---------------------------------------------------------------------------------------------

/** What replay needs beyond DossierState (which is the stored contract). */
interface Derivation {
  state: DossierState;
  /** Unit of the time limit, for resumeDueAt. */
  unit: TimeUnit;
  /** Status to go back to when the supplement is complete. */
  resumeStatus: 'received' | 'processing';
  /**
   * Folded names of requested supplement items not handed in yet. The clock resumes only when
   * all are in (events.ts); an empty request (reason only) is completed by any supply.
   */
  outstanding: Set<string>;
  /** The applied events a forbidden one may run into, named on its conflict (`blockerOf`). */
  blockers: Blockers;
  /**
   * Whether the dossier was received by a version that records its decisions on the events (its
   * `received` carries `apologyDueAt`). Then an event that ends a pause without a recorded due date
   * was made on a device that had not seen the pause (concurrent, merged later), not by an older
   * version, and replay must not reach for any replica's calendar (endPause).
   */
  recordsDecisions: boolean;
}

interface Blockers {
  received: EventRef;
  approval?: EventRef;
  /** The return, refusal or withdrawal that closed the dossier. */
  final?: EventRef;
  resultReady?: EventRef;
  /** The supplement request in force (the latest one). */
  supplementRequest?: EventRef;
  /** The supplement that completed the latest request. */
  supplyEnd?: EventRef;
  apology?: EventRef;
  rating?: EventRef;
}

function refOf(e: DossierEvent): EventRef {
  return {
    eventId: e.id,
    type: e.type,
    officerId: e.officerId,
    ...(e.officerName ? { officerName: e.officerName } : {}),
    deviceId: e.deviceId,
    at: e.at,
    hlc: e.hlc,
  };
}

/** The applied event behind a refusal, when one event explains it (see checkTransition). */
function blockerOf(d: Derivation, code: TransitionCode): EventRef | null {
  const b = d.blockers;
  switch (code) {
    case 'already-received':
      return b.received;
    case 'dossier-closed':
    case 'not-returned':
      // 'not-returned' also means "rated before the return": then nothing stands in the way yet.
      return isFinal(d.state.status) ? (b.final ?? null) : null;
    case 'already-approved':
      return b.approval ?? null;
    case 'result-at-desk':
      return b.resultReady ?? null;
    case 'awaiting-supplement':
    case 'already-awaiting-supplement':
    case 'clock-paused':
      return b.supplementRequest ?? null;
    case 'not-awaiting-supplement':
      return b.supplyEnd ?? null;
    case 'already-apologised':
      return b.apology ?? null;
    case 'already-rated':
      return b.rating ?? null;
    default:
      return null;
  }
}

const itemKey = (name: string): string => foldVietnamese(name);

/** The fallback rules for an event recorded without its decisions (see the header). */
function legacyRules(ctx: DeriveContext, e: DossierEvent): DueRules {
  if (!ctx.dueRules) {
    throw new DossierRuleError('needs-due-rules', 'Sự kiện ghi theo phiên bản cũ: cần lịch làm việc để tính lại ngày hẹn trả', e.id);
  }
  return ctx.dueRules;
}

/**
 * Leaving a pause with event `e` (a no-op when the clock was not stopped): the due date and
 * apology deadline recorded on `e`, or for an older event, computed with the fallback rules.
 */
function endPause(d: Derivation, e: DossierEvent & PauseEnd, ctx: DeriveContext): void {
  const st = d.state;
  if (st.pausedSince === null) return;
  if (e.resumedDueAt !== undefined) {
    st.dueAt = e.resumedDueAt;
    st.apologyDueAt = e.resumedApologyDueAt ?? null;
  } else if (d.recordsDecisions) {
    // Made apart from the request that stopped the clock (another device, merged later): nothing
    // recorded says what the pause moved. Every replica must still agree without reading its own
    // settings, so the due date (and the apology deadline) move by the pause's length as it
    // elapsed — a rule that needs no calendar. DOMAIN.md is silent on merged pauses.
    const paused = Math.max(0, e.at - st.pausedSince);
    st.dueAt += paused;
    st.apologyDueAt = st.apologyDueAt === null ? null : st.apologyDueAt + paused;
  } else {
    const rules = legacyRules(ctx, e);
    const next = rules.resumeDueAt(st.dueAt, st.pausedSince, e.at, d.unit);
    if (!Number.isFinite(next)) throw new DossierRuleError('bad-due-rules', 'Không tính được ngày hẹn trả sau thời gian tạm dừng');
    st.dueAt = Math.max(st.dueAt, next);
    st.apologyDueAt = rules.apologyDueAt?.(st.dueAt, e.at) ?? null;
  }
  st.dueSetAt = e.at;
  st.pausedSince = null;
}

function start(e: DossierEvent & { type: 'received' }, ctx: DeriveContext): Derivation {
  // A time limit not confirmed in the catalogue (null) is counted in working days, the unit of
  // most procedures (DOMAIN.md §6); the due date itself came from the receipt.
  const unit: TimeUnit = e.terms.timeLimit?.unit ?? 'working-days';
  const state: DossierState = {
    id: e.dossierId,
    code: e.code,
    status: 'received',
    procedureId: e.terms.procedureId,
    procedureCode: e.terms.procedureCode,
    procedureName: e.terms.procedureName,
    procedureVersion: e.terms.procedureVersion,
    fieldCode: e.terms.fieldCode,
    fieldName: e.terms.fieldName,
    channel: e.channel,
    applicant: e.applicant,
    receivedAt: e.at,
    originalDueAt: e.dueAt,
    dueAt: e.dueAt,
    // An older receipt without its apology deadline: computed with the fallback rules if given.
    apologyDueAt: e.apologyDueAt !== undefined ? e.apologyDueAt : (ctx.dueRules?.apologyDueAt?.(e.dueAt, e.at) ?? null),
    dueSetAt: e.at,
    pausedSince: null,
    apologisedAt: null,
    resolvedAt: null,
    timeliness: null,
    returnMethod: e.returnMethod,
    currentUnit: DESK_UNIT,
    handOffs: [],
    rating: null,
    eventCount: 1,
    lastHlc: e.hlc,
    updatedAt: e.at,
    conflicts: [],
    resolvedConflicts: [],
  };
  return { state, unit, resumeStatus: 'received', outstanding: new Set(), blockers: { received: refOf(e) }, recordsDecisions: e.apologyDueAt !== undefined };
}

/** Apply an event already accepted by checkTransition. Mutates `d` (a private working copy). */
function apply(d: Derivation, e: DossierEvent, ctx: DeriveContext): void {
  const st = d.state;
  const b = d.blockers;
  switch (e.type) {
    case 'received':
      throw new DossierRuleError('already-received', 'Hồ sơ đã được tiếp nhận', e.id); // unreachable after checkTransition
    case 'transferred':
      if (st.status !== 'approved') st.status = 'processing';
      st.currentUnit = e.to;
      st.handOffs = [
        ...st.handOffs,
        { eventId: e.id, from: e.from, to: e.to, at: e.at, ...(e.officerName ? { officerName: e.officerName } : {}), note: e.note ?? null },
      ];
      break;
    case 'appraised':
      st.status = 'processing';
      break;
    case 'supplement-requested':
      d.resumeStatus = st.status === 'received' ? 'received' : 'processing';
      d.outstanding = new Set(e.items.map((i) => itemKey(i.name)));
      st.status = 'awaiting-supplement';
      st.pausedSince = (e.clockPaused ?? legacyRules(ctx, e).pauseRule === 'pause') ? e.at : null;
      b.supplementRequest = refOf(e);
      break;
    case 'supplement-supplied':
      for (const item of e.items) d.outstanding.delete(itemKey(item.name));
      if (d.outstanding.size > 0) break; // partly supplied: still waiting, clock still stopped
      endPause(d, e, ctx);
      st.status = d.resumeStatus;
      b.supplyEnd = refOf(e);
      break;
    case 'refused':
      endPause(d, e, ctx);
      st.status = 'refused';
      st.resolvedAt = e.at;
      st.timeliness = classifyResolution(e.at, st.dueAt);
      b.final = refOf(e);
      break;
    case 'approved':
      st.status = 'approved';
      b.approval = refOf(e);
      break;
    case 'result-ready':
      st.status = 'result-ready';
      st.resolvedAt = e.at;
      st.timeliness = classifyResolution(e.at, st.dueAt);
      if (st.currentUnit.kind !== 'desk') st.currentUnit = DESK_UNIT;
      b.resultReady = refOf(e);
      break;
    case 'returned':
      st.status = 'returned';
      st.resolvedAt ??= e.at;
      st.timeliness ??= classifyResolution(st.resolvedAt, st.dueAt);
      st.returnMethod = e.method;
      b.final = refOf(e);
      break;
    case 'withdrawn':
      // Withdrawn dossiers are not judged early/on time/late: the desk did not finish them.
      endPause(d, e, ctx);
      st.status = 'withdrawn';
      st.resolvedAt = e.at;
      st.timeliness = null;
      b.final = refOf(e);
      break;
    case 'apologised':
      st.dueAt = e.newDueAt;
      st.apologisedAt = e.at;
      st.dueSetAt = e.at;
      b.apology = refOf(e);
      break;
    case 'rated':
      st.rating = e.level;
      b.rating = refOf(e);
      break;
    case 'noted':
      break;
    case 'conflict-resolved': {
      const resolution = {
        eventId: e.id,
        officerId: e.officerId,
        ...(e.officerName ? { officerName: e.officerName } : {}),
        deviceId: e.deviceId,
        at: e.at,
        hlc: e.hlc,
        note: e.note,
      };
      const open = openConflicts(st).find((c) => c.eventId === e.eventId);
      if (open) {
        st.conflicts = openConflicts(st).filter((c) => c !== open);
        st.resolvedConflicts = [...resolvedConflicts(st), { ...open, resolutions: [resolution] }];
      } else {
        // Already closed by another officer while apart (replay lets it through): kept as well.
        st.resolvedConflicts = resolvedConflicts(st).map((c) => (c.eventId === e.eventId ? { ...c, resolutions: [...c.resolutions, resolution] } : c));
      }
      break;
    }
  }
  st.eventCount += 1;
  if (compareHlc(e.hlc, st.lastHlc) > 0) st.lastHlc = e.hlc;
  if (e.at > st.updatedAt) st.updatedAt = e.at;
}

export interface RejectedEvent {
  event: DossierEvent;
  code: string;
  reason: string;
}

/** A forbidden event, listed on the dossier for an officer to resolve. */
function addConflict(d: Derivation, r: RejectedEvent, conflictsWith: EventRef | null): void {
  const conflict: DossierConflict = { ...refOf(r.event), code: r.code, reason: r.reason, conflictsWith };
  d.state.conflicts = [...openConflicts(d.state), conflict];
}

/**
 * Replay events in HLC order; `onReject` decides whether a forbidden event aborts (strict) or is
 * kept aside (lenient), where it becomes one of the dossier's conflicts. An id seen before is
 * skipped silently: a resent event is harmless. The result depends on the set of events alone,
 * not on the order they arrived in.
 */
function replay(
  events: readonly DossierEvent[],
  ctx: DeriveContext,
  onReject: (r: RejectedEvent) => void,
): DossierState | null {
  let d: Derivation | null = null;
  const seen = new Set<string>();
  // Forbidden because they sort before the receipt: listed on the dossier once it starts.
  const early: RejectedEvent[] = [];
  for (const e of sortEvents(events)) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    if (d === null) {
      if (e.type === 'received') {
        d = start(e, ctx);
        for (const r of early) if (r.event.dossierId === e.dossierId) addConflict(d, r, null);
      } else {
        const r: RejectedEvent = { event: e, code: 'not-received', reason: 'Sự kiện đầu tiên của hồ sơ phải là tiếp nhận' };
        onReject(r);
        early.push(r);
      }
      continue;
    }
    if (e.dossierId !== d.state.id) {
      // Not this dossier's: reported, but no conflict of this dossier (the store never mixes them).
      onReject({ event: e, code: 'wrong-dossier', reason: `Sự kiện thuộc hồ sơ khác (${e.dossierId})` });
      continue;
    }
    // Replay checks only the calendar-free rules (no latestApologyAt): see the module header.
    const verdict = checkTransition(d.state, e, e.at);
    // Two officers who closed the same conflict while apart both did what was asked: keep both.
    if (!verdict.ok && verdict.code !== 'conflict-already-resolved') {
      const r: RejectedEvent = { event: e, code: verdict.code, reason: verdict.reason };
      onReject(r);
      addConflict(d, r, blockerOf(d, verdict.code));
      continue;
    }
    apply(d, e, ctx);
  }
  return d ? d.state : null;
}

/**
 * Current state of a dossier from a history made on this device alone, where every event was
 * checked when it was made: throws DossierRuleError on an empty or forbidden history. For
 * histories merged from several devices, use `mergeDossier`.
 */
export function deriveDossier(events: readonly DossierEvent[], ctx: DeriveContext = {}): DossierState {
  if (events.length === 0) throw new DossierRuleError('no-events', 'Hồ sơ chưa có sự kiện nào');
  const state = replay(events, ctx, (r) => {
    throw new DossierRuleError(r.code, r.reason, r.event.id);
  });
  if (!state) throw new DossierRuleError('not-received', 'Hồ sơ chưa được tiếp nhận'); // unreachable: the first event throws
  return state;
}

/**
 * For merging histories made concurrently on several devices: forbidden events are skipped
 * (in HLC order, the first one wins — e.g. of a refusal and an approval made offline on two
 * devices, the one with the smaller stamp stands) and listed, on the state as `conflicts` and
 * here with events of other dossiers too. `state` is null only when the events contain no receipt.
 */
export function deriveDossierLenient(
  events: readonly DossierEvent[],
  ctx: DeriveContext = {},
): { state: DossierState | null; rejected: RejectedEvent[] } {
  const rejected: RejectedEvent[] = [];
  const state = replay(events, ctx, (r) => rejected.push(r));
  return { state, rejected };
}

/**
 * The state every replica stores (the device's rows, the hub's): the events in HLC order, what
 * the rules forbid kept aside as `conflicts` (who did what, on which device, when, and what it ran
 * into) until an officer records a `conflict-resolved` event. The same set of events gives the
 * same state on every replica, whatever order they arrived in and however often. Throws
 * DossierRuleError only when there is no receipt among the events.
 */
export function mergeDossier(events: readonly DossierEvent[], ctx: DeriveContext = {}): DossierState {
  const state = replay(events, ctx, () => {});
  if (!state) {
    throw events.length === 0
      ? new DossierRuleError('no-events', 'Hồ sơ chưa có sự kiện nào')
      : new DossierRuleError('not-received', 'Hồ sơ chưa được tiếp nhận');
  }
  return state;
}

/**
 * The merged state with a new local `event` added to `history`, for the store when an officer
 * acts: the new event must be applied, and must not turn an event already there into a conflict
 * (it could only sort before them if this device's clock had not seen them). Throws
 * DossierRuleError with the reason otherwise, and nothing is stored.
 */
export function mergeDossierWith(history: readonly DossierEvent[], event: DossierEvent, ctx: DeriveContext = {}): DossierState {
  const before = new Set(history.length > 0 ? openConflicts(mergeDossier(history, ctx)).map((c) => c.eventId) : []);
  const after = mergeDossier([...history, event], ctx);
  const own = openConflicts(after).find((c) => c.eventId === event.id);
  if (own) throw new DossierRuleError(own.code, own.reason, event.id);
  if (openConflicts(after).some((c) => !before.has(c.eventId))) {
    throw new DossierRuleError(
      'out-of-order',
      'Thao tác mới bị xếp trước các thao tác đã có của hồ sơ (đồng hồ của máy bị lùi?): chưa lưu. Hãy đồng bộ rồi thử lại.',
      event.id,
    );
  }
  return after;
}

/**
 * The events that shaped the dossier, in replay order, each once: those applied in the merged
 * order, without the ones kept as conflicts and without the `conflict-resolved` records (which
 * change nothing). What printed forms follow; the strict derivation accepts it, and gives the
 * merged state but for its conflicts.
 */
export function effectiveEvents(events: readonly DossierEvent[], ctx: DeriveContext = {}): DossierEvent[] {
  const { rejected } = deriveDossierLenient(events, ctx);
  const skip = new Set(rejected.map((r) => r.event.id));
  const seen = new Set<string>();
  return sortEvents(events).filter((e) => {
    if (seen.has(e.id) || skip.has(e.id) || e.type === 'conflict-resolved') return false;
    seen.add(e.id);
    return true;
  });
}

/**
 * A new event with what the rules decide at this moment recorded on it (see the header), so that
 * its replay never needs the calendar or the settings again: whether a supplement request stops
 * the clock (the pause rule in force), and for an event that ends a pause, the new due date and
 * apology deadline. `rules` are the desk's rules now; `history` is the dossier's accepted history.
 * Fields the event already carries (e.g. decided on another device) are kept.
 */
export function recordDecisions<E extends DossierEvent>(history: readonly DossierEvent[], event: E, rules: DueRules): E {
  let next: DossierEvent = event;
  if (next.type === 'supplement-requested' && next.clockPaused === undefined) {
    next = { ...next, clockPaused: rules.pauseRule === 'pause' };
  }
  if ((next.type === 'supplement-supplied' || next.type === 'refused' || next.type === 'withdrawn') && next.resumedDueAt === undefined) {
    const ctx: DeriveContext = { dueRules: rules };
    // The merged history: after a sync it may hold conflicts, which never stop a new event.
    const before = mergeDossier(history, ctx);
    if (before.pausedSince !== null) {
      const after = mergeDossier([...history, next], ctx);
      if (after.pausedSince === null) next = { ...next, resumedDueAt: after.dueAt, resumedApologyDueAt: after.apologyDueAt };
    }
  }
  return next as E;
}

// ---------------------------------------------------------------------------------------------
// Actions for the UI
// ---------------------------------------------------------------------------------------------

/** Not `conflict-resolved`: it is offered on a conflict (the dossier page's panel), not as a next step. */
export type OfficerActionType = Exclude<DossierEventType, 'received' | 'conflict-resolved'>;

/** Actions on an existing dossier, in the order the UI lists them. */
export const OFFICER_ACTIONS: readonly OfficerActionType[] = [
  'transferred',
  'appraised',
  'supplement-requested',
  'supplement-supplied',
  'approved',
  'result-ready',
  'returned',
  'apologised',
  'refused',
  'withdrawn',
  'rated',
  'noted',
];

export interface ActionAvailability {
  type: OfficerActionType;
  allowed: boolean;
  reason?: string;
  code?: string;
  /** Allowed, but the officer should see why it is irregular (e.g. a late apology). */
  warning?: TransitionWarning;
}

/** Minimal payloads: the rules depend only on the type, except the apology's new date. */
function probe(type: OfficerActionType): DossierEventPayload {
  switch (type) {
    case 'transferred':
      return { type, from: DESK_UNIT, to: DESK_UNIT };
    case 'appraised':
      return { type, conclusion: 'eligible' };
    case 'supplement-requested':
      return { type, items: [], reason: '', requestedBy: 'handler' };
    case 'supplement-supplied':
      return { type, items: [] };
    case 'refused':
      return { type, reasons: '' };
    case 'approved':
      return { type, signer: '' };
    case 'result-ready':
      return { type };
    case 'returned':
      return { type, method: 'desk', recipient: '' };
    case 'withdrawn':
      return { type, kind: 'withdrawn', reason: '' };
    case 'apologised':
      // Any later date: whether an apology is possible at all is what the UI asks here.
      return { type, reason: '', newDueAt: Number.MAX_SAFE_INTEGER };
    case 'rated':
      return { type, level: 'satisfied' };
    case 'noted':
      return { type, text: '' };
  }
}

/** Which actions an officer may take now, and why not, for the UI to hide or disable them. */
export function availableActions(state: DossierState | null, at: number, ctx: TransitionContext = {}): ActionAvailability[] {
  return OFFICER_ACTIONS.map((type) => {
    const r = checkTransition(state, probe(type), at, ctx);
    if (!r.ok) return { type, allowed: false, reason: r.reason, code: r.code };
    return r.warning ? { type, allowed: true, warning: r.warning } : { type, allowed: true };
  });
}
