/**
 * What the sync engine (src/sync/engine.ts) does to the database: read the outbox, settle a push's
 * results, apply a pulled page, re-stamp events the hub found ahead of its clock. Each is one
 * Dexie transaction, so a crash or a failure mid-way leaves all of it or none of it.
 *
 * Every function takes the database explicitly: a test runs several devices in one process.
 */
import { compareHlc, parseHlc } from '../domain/clock';
import { normaliseCalendarSettings } from '../domain/calendar/workCalendar';
import type { OfficialYearList } from '../domain/calendar/holidays';
import { rulesFor } from '../domain/deskSettings';
import type { DossierEvent } from '../domain/dossier/events';
import { deriveDossierLenient, mergeDossier } from '../domain/dossier/lifecycle';
import type { Procedure } from '../domain/procedure';
import type { CodeSlot, CommuneInfo, PushResult } from '../sync/protocol';
import { toProcedureRow } from './catalogue';
import type { MotcuaDatabase, OutboxRow } from './db';
import { correctedNow, receiveStamps, restartClock, setClockOffset } from './deviceClock';
import { toDossierRow } from './dossierRow';
import { dossierFacts } from '../domain/statistics/facts';
import type { DossierFacts } from '../domain/statistics/types';
import { putStatFacts } from './statBlocks';
import { getMeta, loadSettings, readSettings, setMeta } from './settings';
import { communeSettings, readSyncState, updateSyncState, type SyncState } from './syncState';

export interface OutboxCounts {
  /** Waiting to be sent (or re-sent). */
  pending: number;
  /** Refused by the hub: shown to the officer, not sent again on their own. */
  refused: number;
}

/** Safe inside a live query. */
export async function countOutbox(database: MotcuaDatabase): Promise<OutboxCounts> {
  const [all, refused] = await Promise.all([database.outbox.count(), database.outbox.where('refusedAt').above(0).count()]);
  return { pending: all - refused, refused };
}

export interface OutgoingEvent {
  seq: number;
  event: DossierEvent;
}

/** The next pending events in outbox order (the order they were made in). */
export async function nextOutgoing(database: MotcuaDatabase, limit: number): Promise<OutgoingEvent[]> {
  const { out, orphans } = await database.transaction('r', [database.outbox, database.events], async () => {
    const rows = await database.outbox
      .orderBy('seq')
      .filter((r) => r.state !== 'refused')
      .limit(limit)
      .toArray();
    const events = await database.events.bulkGet(rows.map((r) => r.eventId));
    const out: OutgoingEvent[] = [];
    const orphans: number[] = [];
    for (const [i, row] of rows.entries()) {
      const event = events[i];
      if (event) out.push({ seq: row.seq!, event });
      else orphans.push(row.seq!);
    }
    return { out, orphans };
  });
  // A row whose event is gone (cannot happen through the app) is dropped, not retried forever.
  if (orphans.length > 0) await database.outbox.bulkDelete(orphans);
  return out;
}

export interface SettledPush {
  done: number;
  refused: number;
  /** Events refused `clock-ahead`: the engine re-stamps them and sends them again. */
  clockAhead: string[];
  /**
   * Events this device re-stamped that the hub refused `conflict`: it holds one of their earlier
   * stamps (a send held on the wire landed after the re-stamp). The engine asks which one
   * (`adoptEarlierStamp`); they stay pending meanwhile.
   */
  stampConflicts: (OutgoingEvent & { earlier: string[] })[];
}

/** The stamps an event had before `restampAhead` moved it, oldest first (meta key per event). */
const earlierStampsKey = (eventId: string) => `earlierStamps:${eventId}`;

/**
 * Applies a push's results: accepted and duplicate leave the outbox; refused are marked with the
 * hub's reason (clock-ahead ones are returned for re-stamping instead). Events absent from the
 * results (a short reply) stay pending.
 */
export async function settlePush(database: MotcuaDatabase, sent: readonly OutgoingEvent[], results: readonly PushResult[], at: number): Promise<SettledPush> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const done: number[] = [];
  const refused: { seq: number; code: string; message: string }[] = [];
  const clockAhead: string[] = [];
  const stampConflicts: SettledPush['stampConflicts'] = [];
  const doneIds: string[] = [];
  for (const [i, item] of sent.entries()) {
    const result = byId.get(item.event.id) ?? (results[i]?.id === `#${i}` ? results[i] : undefined);
    if (!result) continue;
    if (result.status === 'accepted' || result.status === 'duplicate') {
      done.push(item.seq);
      doneIds.push(item.event.id);
      continue;
    }
    if (result.code === 'clock-ahead') {
      clockAhead.push(item.event.id);
      continue;
    }
    const earlier = result.code === 'conflict' ? await getMeta<string[]>(earlierStampsKey(item.event.id), database) : undefined;
    if (earlier?.length) stampConflicts.push({ ...item, earlier });
    else refused.push({ seq: item.seq, code: result.code ?? 'refused', message: result.message ?? 'Máy chủ không nhận sự kiện này.' });
  }
  await database.transaction('rw', [database.outbox, database.settings], async () => {
    await database.outbox.bulkDelete(done);
    await database.settings.bulkDelete(doneIds.map((id) => `meta:${earlierStampsKey(id)}`));
    for (const r of refused) {
      await database.outbox.update(r.seq, { state: 'refused', refusedAt: at, refusalCode: r.code, refusalMessage: r.message });
    }
  });
  return { done: done.length, refused: refused.length, clockAhead, stampConflicts };
}

/**
 * The hub holds an earlier stamp of this device's own event (`stamp`, which it answered
 * `duplicate` to): the device takes that version back, so both hold the same event, and derives
 * the dossier again. The event leaves the outbox.
 */
export async function adoptEarlierStamp(database: MotcuaDatabase, item: OutgoingEvent, stamp: string): Promise<void> {
  await database.transaction('rw', [database.outbox, database.events, database.dossiers, database.settings, database.statBlocks], async () => {
    const settings = await loadSettings(database);
    await database.events.put({ ...item.event, hlc: stamp });
    await database.outbox.delete(item.seq);
    await database.settings.delete(`meta:${earlierStampsKey(item.event.id)}`);
    await receiveStamps(settings.deviceId, [stamp], database);
    await deriveDossiers(database, new Set([item.event.dossierId]));
  });
}

/** Marks an outbox row refused with the hub's reason (shown to the officer, not sent again on its own). */
export async function markRefused(database: MotcuaDatabase, seq: number, code: string, message: string, at: number): Promise<void> {
  await database.outbox.update(seq, { state: 'refused', refusedAt: at, refusalCode: code, refusalMessage: message });
}

/** Counts an attempt on rows sent without an answer (lost reply, timeout): for the screen only. */
export async function markAttempt(database: MotcuaDatabase, seqs: readonly number[], error: string): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    for (const seq of seqs) {
      await database.outbox
        .where('seq')
        .equals(seq)
        .modify((row: OutboxRow) => {
          row.attempts += 1;
          row.lastError = error;
        });
    }
  });
}

export interface RefusedEvent {
  seq: number;
  eventId: string;
  dossierId: string;
  dossierCode: string | null;
  eventType: string | null;
  refusedAt: number;
  code: string;
  message: string;
}

/** The events the hub refused, newest first, with the dossier each belongs to. Live-query safe. */
export async function refusedEvents(database: MotcuaDatabase, limit = 200): Promise<RefusedEvent[]> {
  const rows = await database.outbox.where('refusedAt').above(0).reverse().limit(limit).toArray();
  const [events, dossiers] = await Promise.all([
    database.events.bulkGet(rows.map((r) => r.eventId)),
    database.dossiers.bulkGet(rows.map((r) => r.dossierId)),
  ]);
  return rows.map((r, i) => ({
    seq: r.seq!,
    eventId: r.eventId,
    dossierId: r.dossierId,
    dossierCode: dossiers[i]?.code ?? null,
    eventType: events[i]?.type ?? null,
    refusedAt: r.refusedAt ?? 0,
    code: r.refusalCode ?? '',
    message: r.refusalMessage ?? '',
  }));
}

/** The officer asks to send a refused event again (after the hub's cause was fixed). */
export async function retryRefused(database: MotcuaDatabase, seq: number): Promise<void> {
  await database.outbox
    .where('seq')
    .equals(seq)
    .modify((row: OutboxRow) => {
      row.state = 'pending';
      delete row.refusedAt;
      delete row.refusalCode;
      delete row.refusalMessage;
    });
}

/**
 * Puts every event this device made back in the outbox (those not already there), in stamp order.
 * For `must-refetch`: the hub's history was rebuilt — restored from a backup, say — and may lack
 * events it had acknowledged, which the device dropped from its outbox then. Sending them again
 * costs little (the hub answers `duplicate` for what it holds) and is the only way back for them.
 * Returns the number queued.
 */
export async function requeueOwnEvents(database: MotcuaDatabase, deviceId: string, at: number): Promise<number> {
  const d = database;
  return d.transaction('rw', [d.events, d.outbox], async () => {
    const queued = new Set((await d.outbox.toArray()).map((row) => row.eventId));
    const own = (await d.events.orderBy('hlc').toArray()).filter((e) => e.deviceId === deviceId && !queued.has(e.id));
    await d.outbox.bulkAdd(own.map((e) => ({ eventId: e.id, dossierId: e.dossierId, createdAt: at, attempts: 0, state: 'pending' as const })));
    return own.length;
  });
}

/**
 * Re-stamps the device's not-yet-accepted events whose stamp runs ahead of the corrected clock
 * (and those the hub refused `clock-ahead`), in one transaction: the clock starts again just above
 * the greatest stamp the device keeps that is not being re-stamped, reading the corrected clock,
 * and the events take new stamps in their old order, so they still follow what they followed.
 * Their dossiers are derived again. Returns the number of events re-stamped.
 */
export async function restampAhead(database: MotcuaDatabase, refusedIds: readonly string[]): Promise<number> {
  return database.transaction('rw', [database.outbox, database.events, database.dossiers, database.settings, database.statBlocks], async () => {
    const settings = await loadSettings(database);
    const deviceId = settings.deviceId;
    const now = correctedNow(database);
    const rows = await database.outbox.toArray();
    const waiting = rows.filter((r) => r.state !== 'refused');
    const outboxEvents = (await database.events.bulkGet(waiting.map((r) => r.eventId))).filter((e): e is DossierEvent => !!e);
    const refused = new Set(refusedIds);
    const ahead = outboxEvents.filter((e) => e.deviceId === deviceId && (refused.has(e.id) || parseHlc(e.hlc).ms > now));
    if (ahead.length === 0) return 0;
    const moving = new Set(ahead.map((e) => e.id));
    // The greatest stamp kept: read the hlc index from the top, skipping the ones that move.
    let floor: string | null = null;
    await database.events
      .orderBy('hlc')
      .reverse()
      .until(() => floor !== null)
      .each((e: DossierEvent) => {
        if (!moving.has(e.id)) floor = e.hlc;
      });
    const clock = await restartClock(deviceId, floor, database);
    const restamped = [...ahead].sort((a, b) => compareHlc(a.hlc, b.hlc)).map((e) => ({ ...e, hlc: clock.tick() }));
    // A send of the old stamp may still be on the wire and land after this one is refused: the
    // old stamps are kept so that a later `conflict` can be recognised and settled.
    for (const e of ahead) {
      const key = earlierStampsKey(e.id);
      await setMeta(key, [...((await getMeta<string[]>(key, database)) ?? []), e.hlc], database);
    }
    await database.events.bulkPut(restamped);
    await setMeta('hlc', clock.last(), database);
    await deriveDossiers(database, new Set(restamped.map((e) => e.dossierId)));
    return restamped.length;
  });
}

async function deriveDossiers(database: MotcuaDatabase, ids: Set<string>): Promise<void> {
  const settings = await readSettings(database);
  const ctx = { dueRules: rulesFor(settings).dueRules };
  const facts: DossierFacts[] = [];
  for (const id of ids) {
    const history = await database.events.where('dossierId').equals(id).toArray();
    // Merged: an event the rules forbid in the merged order is kept and listed in the dossier's
    // conflicts for an officer. A dossier whose receipt has not arrived yet waits for it.
    const state = mergedOrNull(history, ctx);
    if (!state) continue;
    await database.dossiers.put(toDossierRow(state));
    facts.push(dossierFacts(history, ctx));
  }
  // The figures' facts, one write per month touched (statBlocks.ts).
  await putStatFacts(database.statBlocks, facts);
}

/** A pulled page, already validated against protocol.ts (events parsed with eventSchema). */
export interface PulledPage {
  events: DossierEvent[];
  catalogue?: { version: string; procedures: Procedure[] };
  holidays?: { version: number; lists: OfficialYearList[] };
  commune?: CommuneInfo;
  codeSlot: CodeSlot;
  cursor: string;
  upToDate: boolean;
  serverTime: number;
}

export interface AppliedPage {
  added: number;
  skipped: number;
  dossiers: number;
  catalogueReplaced: boolean;
}

/**
 * Applies one pulled page in ONE transaction: the events not yet held, the touched dossiers
 * derived again, every pulled stamp merged into the device clock (its last() persisted), the
 * catalogue, the official days off, the commune's details, the code range, the new cursor and
 * the time of this success. If any of it fails, none of it is stored, and the cursor stays where
 * it was so the page is pulled again.
 */
export async function applyPulledPage(database: MotcuaDatabase, page: PulledPage, at: number, syncPatch: Partial<SyncState> = {}): Promise<AppliedPage> {
  const d = database;
  return d.transaction('rw', [d.events, d.dossiers, d.procedures, d.settings, d.statBlocks], async () => {
    const settings = await loadSettings(d);
    const held = await d.events.bulkGet(page.events.map((e) => e.id));
    const fresh = page.events.filter((_, i) => !held[i]);
    // The same event twice in one page (a hub bug) is added once.
    const unique = [...new Map(fresh.map((e) => [e.id, e])).values()];
    await d.events.bulkAdd(unique);
    await receiveStamps(settings.deviceId, page.events.map((e) => e.hlc), d);

    let next = settings;
    if (page.commune) next = { ...next, ...communeSettings(page.commune) };
    if (page.holidays) {
      const years = new Set(page.holidays.lists.map((l) => l.year));
      const calendar = normaliseCalendarSettings(next.calendar);
      next = { ...next, calendar: { ...calendar, officialLists: [...calendar.officialLists.filter((l) => !years.has(l.year)), ...page.holidays.lists] } };
    }
    if (next !== settings) await d.settings.put({ key: 'desk', value: next });
    if (page.holidays) await setMeta('holidaysVersion', page.holidays.version, d);
    await setMeta('codeRange', page.codeSlot, d);

    // Derived after the settings change, so the new days off apply to the derivation.
    const touched = new Set(unique.map((e) => e.dossierId));
    await deriveDossiers(d, touched);

    if (page.catalogue) {
      await d.procedures.clear();
      await d.procedures.bulkPut(page.catalogue.procedures.map(toProcedureRow));
      await setMeta('catalogueVersion', `hub:${page.catalogue.version}`, d);
      await setMeta('catalogueSource', 'hub', d);
    }
    const state = await readSyncState(d);
    await updateSyncState(d, { ...syncPatch, cursor: page.cursor, lastSuccessAt: at, lastError: null, offsetMs: syncPatch.offsetMs ?? state.offsetMs });
    return { added: unique.length, skipped: page.events.length - unique.length, dossiers: touched.size, catalogueReplaced: !!page.catalogue };
  });
}

/** Records the offset measured from a reply and applies it to the device clock at once. */
export async function recordClockOffset(database: MotcuaDatabase, offsetMs: number): Promise<void> {
  setClockOffset(database, offsetMs);
  await updateSyncState(database, { offsetMs });
}

/** The merged state, or null while the dossier's receipt is not held (events pulled before it). */
function mergedOrNull(history: DossierEvent[], ctx: { dueRules: ReturnType<typeof rulesFor>['dueRules'] }) {
  if (deriveDossierLenient(history, ctx).state === null) return null;
  return mergeDossier(history, ctx);
}
