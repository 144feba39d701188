/**
 * The app's sync engine: sends the outbox to the hub, then pulls what changed since its cursor.
 *
 * Everything it uses is passed in (database, transport, clocks, timers, locks), and nothing is
 * kept at module level: a test runs several devices, each with its own fake-indexeddb database
 * and fake hub link, in one process.
 *
 * One sync:
 *  1. push: the outbox in order, in batches sized to the link (start at 50, doubled when a batch
 *     comes back fast, halved when slow, never above LIMITS.pushEvents). accepted/duplicate leave
 *     the outbox; refused are marked with the hub's reason and never resent on their own;
 *     `clock-ahead` ones are re-stamped with the corrected clock and sent again in the same sync.
 *     A lost reply changes nothing: the batch is sent again next time and the hub answers
 *     `duplicate` for what it already stored. Each batch goes in wireOrder (received events
 *     grouped by procedure: gzip then sends their terms and document lists almost for free), and
 *     from PIPELINE_FROM events a batch, up to PIPELINE_DEPTH batches are on their way at once
 *     (an event never leaves while an earlier event of its dossier is still on its way).
 *  2. pull: pages until `upToDate`, each applied in one transaction with its bookkeeping
 *     (store/sync.ts applyPulledPage). `must-refetch` drops the cursor and pulls from the start.
 *
 * Each reply's serverTime gives the clock offset (hub − device at mid-request), which corrects
 * the device clock's stamps and the desk's "now" (store/deviceClock.ts).
 */
import * as v from 'valibot';
import type { OfficialYearList } from '../domain/calendar/holidays';
import type { DossierEvent } from '../domain/dossier/events';
import type { Procedure } from '../domain/procedure';
import { invalidateCatalogueIndex } from '../store/catalogue';
import type { MotcuaDatabase } from '../store/db';
import { correctedNow, setClockOffset, setWallClock } from '../store/deviceClock';
import {
  adoptEarlierStamp,
  applyPulledPage,
  markRefused,
  countOutbox,
  markAttempt,
  nextOutgoing,
  recordClockOffset,
  requeueOwnEvents,
  restampAhead,
  settlePush,
  type OutgoingEvent,
  type PulledPage,
  type SettledPush,
} from '../store/sync';
import { readEnrolment, readSyncState, updateSyncState, type SyncError } from '../store/syncState';
import { backoffDelay } from './backoff';
import { asDossierEvent, eventSchema, LIMITS, type PullReply, type PushReply, type PushResult } from './protocol';
import type { SyncStatus } from './status';
import { TransportError, type SyncTransport } from './transport';

export const FIRST_BATCH = 50;
const MIN_BATCH = 10;
/** A batch that takes longer than this on the wire is halved; one much faster is doubled. */
const SLOW_BATCH_MS = 8_000;
const FAST_BATCH_MS = 2_000;
/** Re-stamping rounds in one sync before clock-ahead refusals are shown as refused. */
const MAX_RESTAMP_ROUNDS = 3;
/**
 * Batches on their way at once, once batches have grown to PIPELINE_FROM. On a 1 Mbit/s, 300 ms
 * link a batch of 500 received events spends ~0.4 s on the wire but ~1.5–2 s from leaving to its
 * reply (the round trip, the hub's work, the reply, the device's own bookkeeping): with one at a
 * time the link idled most of the sync. bench/sync.mjs, 10,000 dossiers: 57 s one at a time,
 * 33 s with 2 (and grouping), 24.6 s with 3, 19.9 s with 4. A lost link costs at most this many
 * batches sent again (the hub answers `duplicate`).
 */
export const PIPELINE_DEPTH = 4;
/** Batch size from which batches overlap (below it, the first batches size the link one by one). */
const PIPELINE_FROM = 200;
export const PERIOD_MS = 60_000;
export const LOCAL_WRITE_DEBOUNCE_MS = 3_000;
export const LOCK_NAME = 'motcua-sync';

export type SyncOutcome =
  | { kind: 'synced'; pushed: number; refused: number; restamped: number; pulled: number; pages: number }
  | { kind: 'failed'; error: SyncError; offline: boolean }
  | { kind: 'skipped'; reason: 'not-enrolled' | 'revoked' | 'busy' | 'stepped-aside' };

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The few browser events that trigger a sync (window's 'online', document's visibility). */
export interface SyncEnvironment {
  addEventListener(type: 'online' | 'visibilitychange', fn: () => void): void;
  removeEventListener(type: 'online' | 'visibilitychange', fn: () => void): void;
  visible(): boolean;
}

export interface SyncEngineOptions {
  db: MotcuaDatabase;
  transport: SyncTransport;
  /**
   * The device's own wall clock (Date.now by default); the engine corrects it with the hub's
   * offset. When given, it also becomes the wall clock of this database's device clock
   * (store/deviceClock.ts setWallClock), so a simulated device stamps with the same skew.
   */
  now?: () => number;
  /** For the backoff's jitter. */
  random?: () => number;
  /** Receives every change of status (the app: useSyncStatus.setState). */
  onStatus?: (patch: Partial<SyncStatus>) => void;
  /** Events per pull page (the hub caps it at LIMITS.pullEvents). */
  pullLimit?: number;
  /** Web Locks (navigator.locks); null or absent: no other tab to coordinate with. */
  locks?: Pick<LockManager, 'request'> | null;
  timers?: Timers;
  environment?: SyncEnvironment | null;
}

export interface SyncEngine {
  /** One sync now (push, then pull). Never throws; a sync already running is joined, not doubled. */
  syncNow(): Promise<SyncOutcome>;
  /** Starts the automatic triggers: now, every minute, on reconnect / return to the tab, after local writes. */
  start(): void;
  /** Stops the timers and listeners (a sync in flight finishes). */
  stop(): void;
  /** A local write happened: sync a few seconds later (several writes make one sync). */
  localWrite(): void;
  /** This tab runs an older schema than the database now has: stop for good and say so. */
  stepAside(): void;
  /** The sync in flight (started by a trigger or a call), or null when none runs. */
  whenIdle(): Promise<SyncOutcome | null>;
  /** Consecutive failed syncs (0 after a success). */
  readonly failures: number;
  /** The push batch size the engine would use next (fitted to the link). */
  readonly batchSize: number;
}

const HUB_MESSAGES: Record<string, string> = {
  unauthenticated: 'Máy chủ không nhận ra thiết bị này (mã xác thực không hợp lệ). Hãy đăng ký lại thiết bị trên màn hình Đồng bộ.',
  forbidden: 'Máy chủ không cho thiết bị này làm việc đó.',
  'body-too-large': 'Gói dữ liệu gửi đi quá lớn so với giới hạn của máy chủ.',
  internal: 'Máy chủ đang gặp lỗi; thiết bị sẽ tự thử lại sau.',
};

/** A failure as the officer reads it. */
export function describeSyncFailure(error: unknown, at: number): { error: SyncError; offline: boolean } {
  if (error instanceof TransportError) {
    if (error.kind === 'offline' || error.kind === 'timeout') {
      return { error: { code: error.kind, message: 'Mất kết nối với máy chủ; dữ liệu vẫn lưu trên máy và sẽ tự gửi khi có mạng.', at }, offline: true };
    }
    if (error.kind === 'invalid-reply') {
      return { error: { code: 'invalid-reply', message: `Máy chủ trả lời không đúng giao thức, chưa lưu gì từ câu trả lời đó. ${error.message}`, at }, offline: false };
    }
    if ((error.status ?? 0) >= 500) return { error: { code: error.code, message: HUB_MESSAGES.internal!, at }, offline: false };
    return { error: { code: error.code, message: HUB_MESSAGES[error.code] ?? error.message ?? 'Máy chủ báo lỗi.', at }, offline: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { error: { code: 'local', message: `Không lưu được dữ liệu đồng bộ trên máy: ${message}`, at }, offline: false };
}

function isProcedure(p: unknown): p is Procedure {
  if (!p || typeof p !== 'object') return false;
  const r = p as Record<string, unknown>;
  const field = r.field as Record<string, unknown> | null | undefined;
  return (
    typeof r.id === 'string' &&
    typeof r.code === 'string' &&
    typeof r.name === 'string' &&
    !!field &&
    typeof field.name === 'string' &&
    Array.isArray(r.channels) &&
    Array.isArray(r.cases)
  );
}

/**
 * A pull reply checked element by element (the reply schema leaves events and procedures as
 * `unknown`): one bad element makes the whole page unusable, and nothing of it is stored.
 */
export function parsePullReply(reply: PullReply): PulledPage {
  const events = reply.events.map((raw, i) => {
    const parsed = v.safeParse(eventSchema, raw);
    if (!parsed.success) throw new TransportError('invalid-reply', `Sự kiện thứ ${i + 1} nhận về không hợp lệ.`);
    return asDossierEvent(parsed.output);
  });
  let catalogue: PulledPage['catalogue'];
  if (reply.catalogue) {
    if (!reply.catalogue.procedures.every(isProcedure)) throw new TransportError('invalid-reply', 'Danh mục thủ tục nhận về không hợp lệ.');
    catalogue = { version: reply.catalogue.version, procedures: reply.catalogue.procedures as Procedure[] };
  }
  return {
    events,
    catalogue,
    holidays: reply.holidays ? { version: reply.holidays.version, lists: reply.holidays.lists as OfficialYearList[] } : undefined,
    commune: reply.commune,
    codeSlot: reply.codeSlot,
    cursor: reply.cursor,
    upToDate: reply.upToDate,
    serverTime: reply.serverTime,
  };
}

/**
 * A batch in the order that gzip compresses best, which changes nothing the hub or another device
 * sees of any dossier: the `received` events first, grouped by procedure version and case (a
 * received event is ~2.3 KB of JSON, mostly its procedure's terms and document list: next to one
 * of the same procedure, gzip's 32 KB window turns those into a few back-references), then the
 * other events in outbox order. Each dossier's own events keep their order (its `received` is
 * always its first), and a follow-up still comes after its dossier's receipt in the same batch,
 * which is all the hub asks (`unknown-dossier` otherwise).
 */
export function wireOrder(batch: OutgoingEvent[]): OutgoingEvent[] {
  const key = (e: DossierEvent) => (e.type === 'received' ? `${e.terms.procedureVersion}\u0000${e.caseId ?? ''}\u0000${e.channel}` : '');
  const received = batch.filter((b) => b.event.type === 'received');
  if (received.length < 2) return batch;
  // Array.prototype.sort is stable: within one procedure, outbox order (codes, times) stays.
  received.sort((a, b) => {
    const ka = key(a.event);
    const kb = key(b.event);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return [...received, ...batch.filter((b) => b.event.type !== 'received')];
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const database = options.db;
  const transport = options.transport;
  const now = options.now ?? (() => Date.now());
  if (options.now) setWallClock(database, options.now);
  const random = options.random ?? Math.random;
  const report = options.onStatus ?? (() => undefined);
  const pullLimit = options.pullLimit ?? 500;
  const timers: Timers = options.timers ?? { setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
  const locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
  const environment = options.environment ?? null;

  let running: Promise<SyncOutcome> | null = null;
  let failures = 0;
  let batchSize = FIRST_BATCH;
  let steppedAside = false;
  let started = false;
  let timer: unknown = null;
  let debounce: unknown = null;
  let offsetLoaded = false;

  async function refreshCounts(): Promise<void> {
    try {
      report(await countOutbox(database));
    } catch {
      // The counts are for display only; the database may be closing (versionchange).
    }
  }

  /** hub − device at mid-request, from a reply's serverTime. */
  async function measured(t0: number, t1: number, serverTime: number): Promise<number> {
    const offsetMs = Math.round(serverTime - (t0 + t1) / 2);
    await recordClockOffset(database, offsetMs);
    report({ offsetMs });
    return offsetMs;
  }

  async function push(credential: string): Promise<{ pushed: number; refused: number; restamped: number }> {
    let { pending: total } = await countOutbox(database);
    let pushed = 0;
    let refused = 0;
    let restamped = 0;
    let rounds = 0;
    if (total === 0) return { pushed, refused, restamped };
    report({ phase: 'pushing', sent: { done: 0, total } });

    interface Flight {
      batch: OutgoingEvent[];
      t0: number;
      /** Sent while another batch was still on its way: its timing says less about the link. */
      overlapped: boolean;
      reply: Promise<PushReply>;
    }
    const inFlightSeqs = new Set<number>();
    const inFlightDossiers = new Set<string>();

    function send(batch: OutgoingEvent[], overlapped: boolean): Flight {
      for (const b of batch) {
        inFlightSeqs.add(b.seq);
        inFlightDossiers.add(b.event.dossierId);
      }
      const t0 = now();
      const reply = transport.push(credential, { events: batch.map((b) => b.event), sentAt: t0 });
      // Settled (or abandoned) later; never an unhandled rejection meanwhile.
      reply.catch(() => undefined);
      return { batch, t0, overlapped, reply };
    }

    function land(flight: Flight): void {
      for (const b of flight.batch) {
        inFlightSeqs.delete(b.seq);
        inFlightDossiers.delete(b.event.dossierId);
      }
    }

    async function settle(flight: Flight): Promise<void> {
      const { batch, t0 } = flight;
      let reply: PushReply;
      try {
        reply = await flight.reply;
      } catch (error) {
        land(flight);
        // Sent without an answer: the batch stays pending and is sent again; the hub will answer
        // `duplicate` for whatever it stored.
        if (error instanceof TransportError && (error.kind === 'offline' || error.kind === 'timeout')) {
          await markAttempt(database, batch.map((b) => b.seq), error.message).catch(() => undefined);
          batchSize = Math.max(MIN_BATCH, Math.floor(batchSize / 2));
        }
        throw error;
      }
      land(flight);
      const t1 = now();
      if (!flight.overlapped) await measured(t0, t1, reply.serverTime);
      const elapsed = t1 - t0;
      if (elapsed < FAST_BATCH_MS) batchSize = Math.min(LIMITS.pushEvents, batchSize * 2);
      else if (elapsed > SLOW_BATCH_MS) batchSize = Math.max(MIN_BATCH, Math.floor(batchSize / 2));

      const settled = await settlePush(database, batch, reply.results, correctedNow(database));
      pushed += settled.done;
      refused += settled.refused;
      if (settled.stampConflicts.length > 0) {
        const settledConflicts = await settleStampConflicts(credential, settled.stampConflicts, reply.results);
        pushed += settledConflicts.adopted;
        refused += settledConflicts.refused;
      }
      if (settled.clockAhead.length > 0) {
        rounds += 1;
        if (rounds > MAX_RESTAMP_ROUNDS) {
          // The hub keeps finding the stamps ahead even after correction: show them, stop looping.
          const stuck = new Set(settled.clockAhead);
          await settlePush(
            database,
            batch.filter((b) => stuck.has(b.event.id)),
            batch
              .filter((b) => stuck.has(b.event.id))
              .map((b) => ({ id: b.event.id, status: 'refused' as const, code: 'clock-ahead-stuck', message: 'Máy chủ vẫn thấy thời điểm của sự kiện vượt quá giờ máy chủ sau khi đã chỉnh. Hãy kiểm tra ngày giờ của máy.' })),
            correctedNow(database),
          );
          refused += stuck.size;
        } else {
          restamped += await restampAhead(database, settled.clockAhead);
        }
      } else if (settled.done === 0 && settled.refused === 0 && settled.stampConflicts.length === 0) {
        // The hub answered but settled nothing of the batch: sending it again would loop forever.
        throw new TransportError('invalid-reply', 'Máy chủ không trả kết quả cho các sự kiện đã gửi.');
      }
      total = Math.max(total, pushed + refused);
      report({ sent: { done: pushed + refused, total } });
      await refreshCounts();
    }

    // Once batches have grown to PIPELINE_FROM (a long outbox on a link that keeps up), the next
    // batches leave while the previous ones are still on their way: the link carries one while the hub
    // stores the other, instead of idling for a round trip and the hub's work per batch. An event
    // waits for a later batch while an earlier event of its dossier is in flight, so the hub
    // always stores a dossier's events in outbox order (a follow-up never arrives before its
    // dossier's receipt: `unknown-dossier`).
    const open: Flight[] = [];
    /** The next batch, read from the outbox while the oldest reply is awaited. */
    let next: Promise<OutgoingEvent[]> | null = null;
    const readNext = async (): Promise<OutgoingEvent[]> => {
      // What is on its way as of now: a batch settled while this read runs is still excluded
      // (its rows may be in what the read returns), never sent twice.
      const seqs = new Set(inFlightSeqs);
      const dossiers = new Set(inFlightDossiers);
      const size = batchSize;
      // Twice the batch past what is on its way: events waiting for their dossier's earlier
      // event to land are skipped, and the batch still fills up.
      const candidates = await nextOutgoing(database, 2 * size + seqs.size);
      return candidates.filter((b) => !seqs.has(b.seq) && !dossiers.has(b.event.dossierId)).slice(0, size);
    };
    try {
      for (;;) {
        const ready = await (next ?? readNext());
        next = null;
        if (ready.length === 0) {
          if (open.length === 0) break;
          await settle(open.shift()!);
          continue;
        }
        const pipelining = batchSize >= PIPELINE_FROM;
        open.push(send(wireOrder(ready), open.length > 0));
        if (!pipelining) {
          // One at a time while the link is being sized.
          while (open.length > 0) await settle(open.shift()!);
        } else if (open.length >= PIPELINE_DEPTH) {
          next = readNext();
          next.catch(() => undefined);
          await settle(open.shift()!);
        }
      }
    } catch (error) {
      // Batches still on their way: let them finish (their events stay pending if not settled:
      // the hub answers `duplicate` next time), so nothing writes after this sync has ended.
      await Promise.all([...open.map((f) => f.reply.catch(() => undefined)), next?.catch(() => undefined)]);
      throw error;
    }
    return { pushed, refused, restamped };
  }

  /** Own events queued again after a `must-refetch` during the last pull (sent by a second push). */
  let requeued = 0;
  let enrolmentDeviceId = '';

  /**
   * Re-stamped events the hub refused `conflict`: a send of an earlier stamp, held on the wire,
   * landed after the re-stamp. The earlier versions are sent again; the one the hub answers
   * `duplicate` to is the one it holds, and the device takes it back. Otherwise (no earlier
   * version matches) the refusal stands.
   */
  async function settleStampConflicts(credential: string, conflicts: SettledPush['stampConflicts'], results: readonly PushResult[]): Promise<{ adopted: number; refused: number }> {
    const probes = conflicts.flatMap((c) => c.earlier.map((hlc) => ({ item: c, hlc })));
    const answers: (PushResult | undefined)[] = [];
    for (let i = 0; i < probes.length; i += LIMITS.pushEvents) {
      const chunk = probes.slice(i, i + LIMITS.pushEvents);
      const reply = await transport.push(credential, { events: chunk.map((p) => ({ ...p.item.event, hlc: p.hlc })), sentAt: now() });
      answers.push(...chunk.map((_, j) => reply.results[j]));
    }
    let adopted = 0;
    let refusedHere = 0;
    for (const c of conflicts) {
      const match = probes.findIndex((p, i) => p.item === c && answers[i]?.status === 'duplicate');
      if (match >= 0) {
        await adoptEarlierStamp(database, c, probes[match]!.hlc);
        adopted += 1;
      } else {
        const original = results.find((r) => r.id === c.event.id);
        await markRefused(database, c.seq, original?.code ?? 'conflict', original?.message ?? 'Máy chủ không nhận sự kiện này.', correctedNow(database));
        refusedHere += 1;
      }
    }
    return { adopted, refused: refusedHere };
  }

  async function pull(credential: string): Promise<{ pulled: number; pages: number }> {
    report({ phase: 'pulling', sent: null });
    let cursor = (await readSyncState(database)).cursor;
    let pulled = 0;
    let pages = 0;
    let refetched = false;
    for (;;) {
      const t0 = now();
      let reply: PullReply;
      try {
        reply = await transport.pull(credential, cursor, pullLimit);
      } catch (error) {
        if (error instanceof TransportError && error.code === 'must-refetch' && !refetched) {
          // The hub's history was rebuilt (another generation): start over; local events stay,
          // and the ones already held are skipped when they come again.
          refetched = true;
          cursor = null;
          await updateSyncState(database, { cursor: null });
          // It may also have lost events it had acknowledged from this device: queue them all
          // again; the next push sends them and the hub answers `duplicate` for what it holds.
          requeued += await requeueOwnEvents(database, enrolmentDeviceId, correctedNow(database));
          continue;
        }
        throw error;
      }
      const t1 = now();
      const page = parsePullReply(reply);
      const offsetMs = Math.round(reply.serverTime - (t0 + t1) / 2);
      setClockOffset(database, offsetMs);
      report({ offsetMs });
      const applied = await applyPulledPage(database, page, correctedNow(database), { offsetMs });
      pulled += applied.added;
      pages += 1;
      cursor = page.cursor;
      // The in-memory search index of the catalogue is rebuilt on next use.
      if (applied.catalogueReplaced) invalidateCatalogueIndex();
      if (page.upToDate) break;
      // A hub that never says "up to date" must not keep a sync running forever.
      if (pages >= 10_000) throw new TransportError('invalid-reply', 'Máy chủ gửi mãi không hết dữ liệu.');
    }
    return { pulled, pages };
  }

  async function runOnce(): Promise<SyncOutcome> {
    if (steppedAside) return { kind: 'skipped', reason: 'stepped-aside' };
    const enrolment = await readEnrolment(database);
    if (!enrolment) {
      report({ phase: 'not-enrolled' });
      return { kind: 'skipped', reason: 'not-enrolled' };
    }
    const state = await readSyncState(database);
    if (!offsetLoaded) {
      setClockOffset(database, state.offsetMs);
      offsetLoaded = true;
      report({ offsetMs: state.lastSuccessAt === null && state.offsetMs === 0 ? null : state.offsetMs, lastSuccessAt: state.lastSuccessAt });
    }
    if (state.revoked) {
      report({ phase: 'revoked', revokedMessage: state.revoked.message, sent: null });
      return { kind: 'skipped', reason: 'revoked' };
    }
    try {
      enrolmentDeviceId = enrolment.deviceId;
      requeued = 0;
      const pushed = await push(enrolment.credential);
      const pulled = await pull(enrolment.credential);
      if (requeued > 0) {
        const again = await push(enrolment.credential);
        pushed.pushed += again.pushed;
        pushed.refused += again.refused;
        pushed.restamped += again.restamped;
      }
      failures = 0;
      const after = await readSyncState(database);
      report({ phase: 'idle', sent: null, error: null, errorCode: null, lastSuccessAt: after.lastSuccessAt, nextAttemptAt: null });
      await refreshCounts();
      return { kind: 'synced', ...pushed, ...pulled };
    } catch (error) {
      const at = correctedNow(database);
      if (error instanceof TransportError && error.code === 'device-revoked') {
        const revoked = { at, message: error.message || 'Thiết bị này đã bị thu hồi quyền đồng bộ. Dữ liệu trên máy vẫn xem được; liên hệ cán bộ quản trị của tỉnh để đăng ký lại.' };
        await updateSyncState(database, { revoked, lastError: { code: 'device-revoked', message: revoked.message, at } }).catch(() => undefined);
        report({ phase: 'revoked', revokedMessage: revoked.message, sent: null, error: revoked.message, errorCode: 'device-revoked' });
        clearTimer();
        return { kind: 'skipped', reason: 'revoked' };
      }
      failures += 1;
      const failure = describeSyncFailure(error, at);
      await updateSyncState(database, { lastError: failure.error }).catch(() => undefined);
      report({ phase: failure.offline ? 'offline' : 'error', sent: null, error: failure.error.message, errorCode: failure.error.code });
      await refreshCounts();
      return { kind: 'failed', ...failure };
    }
  }

  async function locked(): Promise<SyncOutcome> {
    if (!locks) return runOnce();
    // One tab syncs at a time; another tab that holds the lock is doing the work already.
    return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? runOnce() : ({ kind: 'skipped', reason: 'busy' } as SyncOutcome)));
  }

  function clearTimer(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  }

  function schedule(outcome: SyncOutcome): void {
    clearTimer();
    if (!started || steppedAside) return;
    if (outcome.kind === 'skipped' && (outcome.reason === 'revoked' || outcome.reason === 'stepped-aside')) return;
    const delay = outcome.kind === 'failed' ? backoffDelay(failures, random) : PERIOD_MS;
    report({ nextAttemptAt: outcome.kind === 'failed' ? now() + delay : null });
    timer = timers.setTimeout(() => {
      timer = null;
      void syncNow();
    }, delay);
  }

  function syncNow(): Promise<SyncOutcome> {
    if (running) return running;
    running = locked()
      .catch((error: unknown) => ({ kind: 'failed' as const, ...describeSyncFailure(error, now()) }))
      .then((outcome) => {
        running = null;
        schedule(outcome);
        return outcome;
      });
    return running;
  }

  function stop(): void {
    started = false;
    clearTimer();
    if (debounce !== null) timers.clearTimeout(debounce);
    debounce = null;
    environment?.removeEventListener('online', onOnline);
    environment?.removeEventListener('visibilitychange', onVisibility);
  }

  const onOnline = () => void syncNow();
  const onVisibility = () => {
    if (environment?.visible()) void syncNow();
  };

  return {
    syncNow,
    start() {
      if (started || steppedAside) return;
      started = true;
      environment?.addEventListener('online', onOnline);
      environment?.addEventListener('visibilitychange', onVisibility);
      void refreshCounts();
      void syncNow();
    },
    stop,
    localWrite() {
      void refreshCounts();
      if (!started || steppedAside) return;
      if (debounce !== null) timers.clearTimeout(debounce);
      debounce = timers.setTimeout(() => {
        debounce = null;
        void syncNow();
      }, LOCAL_WRITE_DEBOUNCE_MS);
    },
    stepAside() {
      steppedAside = true;
      stop();
      report({ phase: 'stepped-aside', sent: null });
    },
    whenIdle() {
      return running ?? Promise.resolve(null);
    },
    get failures() {
      return failures;
    },
    get batchSize() {
      return batchSize;
    },
  };
}
