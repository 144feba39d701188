import { beforeEach, describe, expect, it } from 'vitest';
import { compareHlc, parseHlc } from '../../src/domain/clock';
import { rulesFor } from '../../src/domain/deskSettings';
import type { MotcuaDatabase } from '../../src/store/db';
import { forgetClocks, stamp } from '../../src/store/deviceClock';
import { addDossierEvent, dossierHistory, receiveDossier } from '../../src/store/dossiers';
import { getMeta, loadSettings, readSettings } from '../../src/store/settings';
import { countOutbox, refusedEvents } from '../../src/store/sync';
import { readSyncState, saveEnrolment } from '../../src/store/syncState';
import { createSyncEngine, type SyncEngine } from '../../src/sync/engine';
import { freshDatabase, receiveInput, TEST_PROCEDURE } from './helpers';
import { COMMUNE, FakeHub } from './syncFakeHub';

interface Device {
  database: MotcuaDatabase;
  engine: SyncEngine;
  deviceId: string;
  credential: string;
  /** How far the device's wall clock is off the hub's (change it to make the clock jump). */
  clock: { skewMs: number };
}

/** A device enrolled with the hub, its wall clock `skewMs` off the hub's. */
async function device(hub: FakeHub, skewMs = 0, options: { pullLimit?: number } = {}): Promise<Device> {
  const database = await freshDatabase();
  const { deviceId } = await loadSettings(database);
  const { credential, device: d } = hub.enrolDevice(deviceId);
  await saveEnrolment(database, {
    hubUrl: 'https://hub.test',
    deviceId,
    deviceName: d.name,
    credential,
    commune: COMMUNE,
    officer: { id: 'o1', name: 'Cán bộ' },
    codeSlot: d.codeSlot,
    enrolledAt: hub.time,
  });
  const clock = { skewMs };
  const wall = () => hub.time + clock.skewMs;
  const engine = createSyncEngine({ db: database, transport: hub.transport(), now: wall, locks: null, random: () => 0.5, ...options });
  return { database, engine, deviceId, credential, clock };
}

let people = 0;
// Each write names its device's database: the store's write functions take it explicitly.
const receive = (d: Device) => receiveDossier(receiveInput(undefined, { kind: 'person', name: `Công dân ${++people}` }), d.database);
const note = (d: Device, dossierId: string, text = 'ghi chú') => addDossierEvent(dossierId, { type: 'noted', text }, undefined, d.database);
const history = (d: Device, dossierId: string) => dossierHistory(dossierId, d.database);

describe('sync engine against a fake hub', () => {
  let hub: FakeHub;
  beforeEach(() => {
    hub = new FakeHub();
  });

  it('drains the outbox, and the other device of the commune receives the dossiers', async () => {
    const a = await device(hub);
    const b = await device(hub);
    const first = await receive(a);
    await receive(a);
    await note(a, first.id);
    expect(await countOutbox(a.database)).toEqual({ pending: 3, refused: 0 });

    const outcome = await a.engine.syncNow();
    expect(outcome).toMatchObject({ kind: 'synced', pushed: 3, refused: 0 });
    expect(await countOutbox(a.database)).toEqual({ pending: 0, refused: 0 });
    expect(hub.stored).toHaveLength(3);

    expect(await b.engine.syncNow()).toMatchObject({ kind: 'synced', pulled: 3 });
    const row = await b.database.dossiers.get(first.id);
    expect(row?.code).toBe(first.code);
    expect(row?.eventCount).toBe(2);
    // B's own outbox is untouched by what it received.
    expect(await countOutbox(b.database)).toEqual({ pending: 0, refused: 0 });
    const state = await readSyncState(b.database);
    expect(state.cursor).not.toBeNull();
    expect(state.lastSuccessAt).toBe(hub.time);
  });

  it('resends a batch whose reply was lost, and the hub stores nothing twice', async () => {
    const a = await device(hub);
    await receive(a);
    await receive(a);
    hub.loseNextPushReply = true;
    const lost = await a.engine.syncNow();
    expect(lost).toMatchObject({ kind: 'failed', offline: true });
    // Stored on the hub, still waiting on the device (it never heard back).
    expect(hub.stored).toHaveLength(2);
    expect((await countOutbox(a.database)).pending).toBe(2);
    expect((await a.database.outbox.toArray()).every((r) => r.attempts === 1)).toBe(true);

    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(hub.stored).toHaveLength(2);
    expect((await countOutbox(a.database)).pending).toBe(0);
  });

  it('marks a refused event with the reason, keeps sending the others, and never resends it on its own', async () => {
    const a = await device(hub);
    const bad = await receive(a);
    const good = await receive(a);
    hub.refuse = (e) => (e.dossierId === bad.id ? { code: 'wrong-commune', message: 'Mã hồ sơ không thuộc xã của thiết bị.' } : null);

    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 1, refused: 1 });
    expect(hub.stored.map((s) => s.event.dossierId)).toEqual([good.id]);
    expect(await countOutbox(a.database)).toEqual({ pending: 0, refused: 1 });
    const refused = await refusedEvents(a.database);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ dossierId: bad.id, dossierCode: bad.code, eventType: 'received', code: 'wrong-commune', message: 'Mã hồ sơ không thuộc xã của thiết bị.' });

    const pushes = hub.pushCalls;
    await a.engine.syncNow();
    expect(hub.pushCalls).toBe(pushes); // nothing pending: no push at all
    // The device's data stays readable.
    expect((await a.database.dossiers.get(bad.id))?.code).toBe(bad.code);
  });

  it('applies a pulled page atomically: when one part fails, nothing of the page is stored', async () => {
    const a = await device(hub);
    const b = await device(hub);
    const one = await receive(a);
    await receive(a);
    await a.engine.syncNow();
    // Storing the page's catalogue fails (as a full disk would) after the page's events and rows
    // were already written in the transaction.
    const hlcBefore = await getMeta<string>('hlc', b.database);
    hub.catalogue = { version: 'v2', procedures: [{ ...TEST_PROCEDURE, id: 'hub-only', name: 'Thủ tục của tỉnh' }] };
    b.database.procedures.hook('creating', () => {
      throw new Error('ổ đĩa đầy');
    });

    const outcome = await b.engine.syncNow();
    expect(outcome.kind).toBe('failed');
    expect(await b.database.events.get(one.id)).toBeUndefined();
    expect(await b.database.events.where('dossierId').equals(one.id).count()).toBe(0);
    expect(await b.database.dossiers.get(one.id)).toBeUndefined();
    const state = await readSyncState(b.database);
    expect(state.cursor).toBeNull();
    expect(state.lastSuccessAt).toBeNull();
    expect(state.lastError?.message).toMatch(/^Không lưu được dữ liệu đồng bộ trên máy.*ổ đĩa đầy/);
    expect(await getMeta<string>('hlc', b.database)).toBe(hlcBefore);
    // Nor the catalogue that came with the page.
    expect(await b.database.procedures.get('hub-only')).toBeUndefined();
    expect(await getMeta('catalogueSource', b.database)).toBeUndefined();
  });

  it('keeps a pulled dossier whose code a local one already has (given before enrolment) instead of stopping the sync', async () => {
    const a = await device(hub);
    const b = await device(hub);
    const theirs = await receive(a);
    await a.engine.syncNow();
    const mine = await receive(b);
    await b.database.dossiers.update(mine.id, { code: theirs.code });

    expect(await b.engine.syncNow()).toMatchObject({ kind: 'synced' });
    expect((await b.database.dossiers.where('code').equals(theirs.code).toArray()).map((r) => r.id).sort()).toEqual([mine.id, theirs.id].sort());
  });

  it('persists the clock after receiving: a restarted device stamps above every event it pulled', async () => {
    // A's clock runs 3 minutes ahead (within the hub's tolerance): its stamps are ahead of B's clock.
    const a = await device(hub, 3 * 60_000);
    const b = await device(hub);
    const d = await receive(a);
    await note(a, d.id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    const pulledMax = (await a.database.events.toArray()).map((e) => e.hlc).sort(compareHlc).at(-1)!;
    const persisted = await getMeta<string>('hlc', b.database);
    expect(persisted).toBeDefined();
    expect(parseHlc(persisted!).ms).toBeGreaterThanOrEqual(parseHlc(pulledMax).ms);
    // A restart forgets the clock in memory; the next stamp still sorts after what was pulled.
    forgetClocks(b.database);
    const next = await stamp(b.deviceId, b.database);
    expect(compareHlc(next, pulledMax)).toBe(1);
  });

  it('re-stamps events the hub finds ahead of its clock, keeps their order, and sends them again in the same sync', async () => {
    const b = await device(hub);
    const a = await device(hub);
    const before = await receive(b);
    await b.engine.syncNow();
    await a.engine.syncNow(); // A pulls B's dossier: a stamp not to be moved
    // Then A's clock jumps two hours ahead (an officer "fixing" the date) while offline.
    a.clock.skewMs = 2 * 60 * 60_000;
    hub.time += 1000;
    const d = await receive(a);
    await note(a, d.id, 'một');
    await note(a, d.id, 'hai');
    const old = await history(a, d.id);
    expect(parseHlc(old[0]!.hlc).ms).toBeGreaterThan(hub.time + 60 * 60_000);

    const outcome = await a.engine.syncNow();
    expect(outcome).toMatchObject({ kind: 'synced', pushed: 3, refused: 0, restamped: 3 });
    expect(await countOutbox(a.database)).toEqual({ pending: 0, refused: 0 });
    const now = await history(a, d.id);
    // Same events, same order, stamps now within the hub's time.
    expect(now.map((e) => e.id)).toEqual(old.map((e) => e.id));
    for (const e of now) expect(parseHlc(e.hlc).ms).toBeLessThanOrEqual(hub.time + 5 * 60_000);
    // Above the greatest stamp A kept (B's event), and the hub holds exactly what A holds.
    const bStamp = (await a.database.events.where('dossierId').equals(before.id).first())!.hlc;
    expect(compareHlc(now[0]!.hlc, bStamp)).toBe(1);
    expect(hub.stored.filter((s) => s.event.dossierId === d.id).map((s) => s.event.hlc)).toEqual(now.map((e) => e.hlc));
    expect(await getMeta<string>('hlc', a.database)).toBe(now.at(-1)!.hlc);
    // The dossier row follows the new stamps.
    expect((await a.database.dossiers.get(d.id))?.lastHlc).toBe(now.at(-1)!.hlc);
    // The offset was measured: new events are stamped right at once.
    const later = await note(a, d.id, 'ba');
    expect(parseHlc(later.lastHlc).ms).toBeLessThanOrEqual(hub.time + 5 * 60_000);
  });

  it('starts the pull over on must-refetch, keeping local events and storing nothing twice', async () => {
    const a = await device(hub);
    const b = await device(hub);
    await receive(a);
    await receive(a);
    await a.engine.syncNow();
    await b.engine.syncNow();
    const mine = await receive(b);
    hub.generation += 1;
    const pulls = hub.pullCalls;
    expect(await b.engine.syncNow()).toMatchObject({ kind: 'synced', pulled: 0 });
    expect(hub.pullCalls).toBe(pulls + 2); // refused cursor, then from the start
    expect(await b.database.events.count()).toBe(3);
    expect(await b.database.dossiers.get(mine.id)).toBeDefined();
    expect((await readSyncState(b.database)).cursor).toMatch(/^2:/);
  });

  it('sends its own events again after must-refetch, so a hub restored from an older backup gets back what it had acknowledged', async () => {
    const a = await device(hub);
    const first = await receive(a);
    const second = await receive(a);
    await a.engine.syncNow();
    expect(await countOutbox(a.database)).toEqual({ pending: 0, refused: 0 });
    // The hub is restored from a backup taken before the second dossier arrived.
    hub.stored = hub.stored.filter((s) => s.event.dossierId !== second.id);
    hub.generation += 1;

    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 2 });
    expect(hub.stored.map((s) => s.event.dossierId).sort()).toEqual([first.id, second.id].sort());
    expect(hub.stored).toHaveLength(2); // the first one came back as a duplicate, stored once
    expect(await countOutbox(a.database)).toEqual({ pending: 0, refused: 0 });
  });

  it('pulls page by page until up to date', async () => {
    const a = await device(hub);
    const b = await device(hub, 0, { pullLimit: 2 });
    for (let i = 0; i < 5; i++) await receive(a);
    await a.engine.syncNow();
    expect(await b.engine.syncNow()).toMatchObject({ kind: 'synced', pulled: 5, pages: 3 });
    expect(await b.database.dossiers.count()).toBe(5);
  });

  it('stops for good when the hub revokes the device, keeping its data readable', async () => {
    const a = await device(hub);
    const d = await receive(a);
    hub.revoke(a.deviceId);
    expect(await a.engine.syncNow()).toEqual({ kind: 'skipped', reason: 'revoked' });
    const state = await readSyncState(a.database);
    expect(state.revoked?.message).toMatch(/thu hồi/);
    const calls = hub.pushCalls;
    await note(a, d.id);
    expect(await a.engine.syncNow()).toEqual({ kind: 'skipped', reason: 'revoked' });
    expect(hub.pushCalls).toBe(calls);
    expect((await a.database.dossiers.get(d.id))?.eventCount).toBe(2);
  });

  it('fails quietly while offline, counting failures for the backoff, and recovers', async () => {
    const a = await device(hub);
    await receive(a);
    hub.offline = true;
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'failed', offline: true });
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'failed', offline: true });
    expect(a.engine.failures).toBe(2);
    hub.offline = false;
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 1 });
    expect(a.engine.failures).toBe(0);
    expect((await readSyncState(a.database)).lastError).toBeNull();
  });

  it('sends a long outbox in batches that grow on a fast link, never above the limit', async () => {
    const a = await device(hub);
    for (let i = 0; i < 160; i++) await receive(a);
    expect(await a.engine.syncNow()).toMatchObject({ kind: 'synced', pushed: 160 });
    expect(hub.pushSizes).toEqual([50, 100, 10]);
    expect(a.engine.batchSize).toBeLessThanOrEqual(500);
  });

  it('reports progress and counts to the status callback', async () => {
    const patches: Record<string, unknown>[] = [];
    const database = await freshDatabase();
    const { deviceId } = await loadSettings(database);
    const { credential, device: d } = hub.enrolDevice(deviceId);
    await saveEnrolment(database, { hubUrl: 'x', deviceId, deviceName: 'm', credential, commune: COMMUNE, officer: { id: 'o', name: 'o' }, codeSlot: d.codeSlot, enrolledAt: 0 });
    const engine = createSyncEngine({ db: database, transport: hub.transport(), now: () => hub.time, locks: null, onStatus: (p) => patches.push(p) });
    await receiveDossier(receiveInput(undefined, { kind: 'person', name: 'X' }));
    await engine.syncNow();
    expect(patches).toContainEqual({ phase: 'pushing', sent: { done: 0, total: 1 } });
    expect(patches).toContainEqual({ sent: { done: 1, total: 1 } });
    expect(patches.at(-1)).toEqual({ pending: 0, refused: 0 });
    expect(patches).toContainEqual(expect.objectContaining({ phase: 'idle', lastSuccessAt: hub.time }));
  });

  it('runs several devices at once, each on its own database, without cross-talk', async () => {
    const devices = await Promise.all([device(hub), device(hub, 60_000), device(hub, -90_000)]);
    // Concurrent writes and syncs, interleaved by the event loop.
    await Promise.all(devices.map(async (d) => {
      const x = await receive(d);
      await d.engine.syncNow();
      await note(d, x.id);
    }));
    await Promise.all(devices.map((d) => d.engine.syncNow()));
    await Promise.all(devices.map((d) => d.engine.syncNow()));
    expect(hub.stored).toHaveLength(6);
    for (const d of devices) {
      expect(await d.database.events.count()).toBe(6);
      expect(await d.database.dossiers.count()).toBe(3);
      expect(await countOutbox(d.database)).toEqual({ pending: 0, refused: 0 });
      // Every event a device made carries its own id.
      const own = (await d.database.events.toArray()).filter((e) => e.deviceId === d.deviceId);
      expect(own).toHaveLength(2);
    }
  });

  it('uses the code range from the hub for new dossiers, and its number for the tracking book', async () => {
    const a = await device(hub);
    const b = await device(hub);
    const fromA = await receive(a);
    const fromB = await receive(b);
    expect(fromA.code.endsWith('-0001')).toBe(true);
    expect(fromB.code.endsWith('-1001')).toBe(true);
    const event = (await history(b, fromB.id))[0]!;
    expect(event.type === 'received' && event.bookEntry).toBe('2026-2/1');
  });
});

describe('pulled catalogue, days off and commune details', () => {
  it('replaces the catalogue, merges the official days off and writes the commune into the settings', async () => {
    const hub = new FakeHub();
    const a = await device(hub);
    hub.catalogue = { version: 'v7', procedures: [{ ...TEST_PROCEDURE, id: 'hub-only', name: 'Thủ tục của tỉnh' }] };
    hub.holidays = {
      version: 3,
      lists: [{ year: 2026, added: [{ date: '2026-11-23', name: 'Nghỉ theo thông báo của tỉnh' }], removed: [], makeUpWorkingDays: [], source: 'TB 1/2026' }],
    };
    await a.engine.syncNow();
    expect(await a.database.procedures.toCollection().primaryKeys()).toEqual(['hub-only']);
    expect(await getMeta('catalogueSource', a.database)).toBe('hub');
    const settings = await readSettings(a.database);
    expect(settings.agencyName).toBe(COMMUNE.agencyName);
    expect(settings.placeName).toBe(COMMUNE.placeName);
    expect(settings.calendar.officialLists).toEqual(hub.holidays.lists);
    expect(await getMeta('holidaysVersion', a.database)).toBe(3);
    // The new day off counts at once: a dossier received now is due a day later than without it.
    const d = await receive(a);
    expect(rulesFor(settings).calendar.isWorkingDay('2026-11-23')).toBe(false);
    expect(d.dueAt).toBeGreaterThan(Date.parse('2026-11-25T10:00:00Z'));
  });
});
