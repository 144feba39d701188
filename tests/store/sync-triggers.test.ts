/** When the engine syncs on its own: fake timers, a fake window and fake Web Locks — nothing waits on real time. */
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/store/settings';
import { saveEnrolment } from '../../src/store/syncState';
import { LOCAL_WRITE_DEBOUNCE_MS, PERIOD_MS, createSyncEngine, type SyncEnvironment } from '../../src/sync/engine';
import type { SyncStatus } from '../../src/sync/status';
import { freshDatabase } from './helpers';
import { COMMUNE, FakeHub } from './syncFakeHub';

function fakeTimers() {
  let next = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  return {
    pending,
    setTimeout: (fn: () => void, ms: number) => {
      pending.set(next, { fn, ms });
      return next++;
    },
    clearTimeout: (h: unknown) => void pending.delete(h as number),
    /** Delays of the timers now set. */
    delays: () => [...pending.values()].map((t) => t.ms),
    /** Fires every timer set now (not those they set). */
    fire() {
      const now = [...pending.entries()];
      for (const [h, t] of now) {
        pending.delete(h);
        t.fn();
      }
    },
  };
}

function fakeEnvironment(): SyncEnvironment & { emit(type: 'online' | 'visibilitychange'): void; hidden: boolean } {
  const listeners = new Map<string, Set<() => void>>();
  return {
    hidden: false,
    addEventListener: (type, fn) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
    removeEventListener: (type, fn) => void listeners.get(type)?.delete(fn),
    visible() {
      return !this.hidden;
    },
    emit: (type) => listeners.get(type)?.forEach((fn) => fn()),
  };
}

async function setUp(options: { locks?: Pick<LockManager, 'request'> | null } = {}) {
  const hub = new FakeHub();
  const database = await freshDatabase();
  const { deviceId } = await loadSettings(database);
  const { credential, device } = hub.enrolDevice(deviceId);
  await saveEnrolment(database, { hubUrl: 'x', deviceId, deviceName: 'm', credential, commune: COMMUNE, officer: { id: 'o', name: 'o' }, codeSlot: device.codeSlot, enrolledAt: 0 });
  const timers = fakeTimers();
  const environment = fakeEnvironment();
  const status: Partial<SyncStatus>[] = [];
  const engine = createSyncEngine({
    db: database,
    transport: hub.transport(),
    now: () => hub.time,
    random: () => 0.5,
    timers,
    environment,
    locks: options.locks ?? null,
    onStatus: (p) => status.push(p),
  });
  const sync = engine.syncNow.bind(engine);
  // A trigger starts its sync synchronously: waiting for the one in flight is enough.
  const settle = async () => {
    await engine.whenIdle();
  };
  return { hub, database, timers, environment, engine, status, sync, settle };
}

describe('sync triggers', () => {
  it('syncs at start, then every minute; after failures it backs off with jitter, and a reconnect tries at once', async () => {
    const { hub, timers, environment, engine, settle } = await setUp();
    engine.start();
    await settle();
    expect(hub.pullCalls).toBe(1);
    expect(timers.delays()).toEqual([PERIOD_MS]);

    hub.offline = true;
    timers.fire();
    await settle();
    expect(engine.failures).toBe(1);
    expect(timers.delays()).toEqual([2_500]); // random 0.5 × 5 s
    timers.fire();
    await settle();
    expect(timers.delays()).toEqual([5_000]); // 0.5 × 10 s
    timers.fire();
    await settle();
    expect(timers.delays()).toEqual([10_000]);

    hub.offline = false;
    environment.emit('online');
    await settle();
    expect(engine.failures).toBe(0);
    expect(timers.delays()).toEqual([PERIOD_MS]);
    engine.stop();
    expect(timers.delays()).toEqual([]);
  });

  it('syncs a few seconds after local writes, once for several', async () => {
    const { hub, timers, engine, settle } = await setUp();
    engine.start();
    await settle();
    const pulls = hub.pullCalls;
    engine.localWrite();
    engine.localWrite();
    engine.localWrite();
    expect(timers.delays().filter((d) => d === LOCAL_WRITE_DEBOUNCE_MS)).toHaveLength(1);
    timers.fire();
    await settle();
    expect(hub.pullCalls).toBe(pulls + 1);
    engine.stop();
  });

  it('syncs when the tab becomes visible again, not when it is hidden', async () => {
    const { hub, environment, engine, settle } = await setUp();
    engine.start();
    await settle();
    const pulls = hub.pullCalls;
    environment.hidden = true;
    environment.emit('visibilitychange');
    await settle();
    expect(hub.pullCalls).toBe(pulls);
    environment.hidden = false;
    environment.emit('visibilitychange');
    await settle();
    expect(hub.pullCalls).toBe(pulls + 1);
    engine.stop();
  });

  it('leaves the sync to the tab holding the lock', async () => {
    const requested: { name: string; ifAvailable?: boolean }[] = [];
    const busy = {
      request: (async (name: string, options: LockOptions, fn: (lock: Lock | null) => Promise<unknown>) => {
        requested.push({ name, ifAvailable: options.ifAvailable });
        return fn(null);
      }) as unknown as LockManager['request'],
    };
    const { hub, sync } = await setUp({ locks: busy });
    expect(await sync()).toEqual({ kind: 'skipped', reason: 'busy' });
    expect(requested).toEqual([{ name: 'motcua-sync', ifAvailable: true }]);
    expect(hub.pullCalls).toBe(0);
  });

  it('steps aside for good when a newer tab upgraded the database', async () => {
    const { hub, timers, engine, environment, status, sync, settle } = await setUp();
    engine.start();
    await settle();
    const pulls = hub.pullCalls;
    engine.stepAside();
    expect(status.at(-1)).toMatchObject({ phase: 'stepped-aside' });
    expect(timers.delays()).toEqual([]);
    environment.emit('online');
    engine.localWrite();
    expect(await sync()).toEqual({ kind: 'skipped', reason: 'stepped-aside' });
    await settle();
    expect(hub.pullCalls).toBe(pulls);
  });

  it('joins a sync already running instead of starting a second one', async () => {
    const { hub, sync } = await setUp();
    const [one, two] = await Promise.all([sync(), sync()]);
    expect(one).toBe(two);
    expect(hub.pullCalls).toBe(1);
  });
});
