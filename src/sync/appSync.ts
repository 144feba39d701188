/**
 * The app's one sync engine, wired to the browser: the app's database, fetch to the enrolled hub,
 * the status store, Web Locks, the window's 'online' and the document's visibility. Started by
 * bootstrap.ts after the database opened; the screens call syncNow / enrol from here.
 */
import { liveQuery, type Subscription } from 'dexie';
import { db, type MotcuaDatabase } from '../store/db';
import { setClockOffset } from '../store/deviceClock';
import { countOutbox } from '../store/sync';
import { readEnrolment, readSyncState } from '../store/syncState';
import { enrolDevice, type EnrolInput } from './enrol';
import { createSyncEngine, type SyncEngine, type SyncOutcome } from './engine';
import { INITIAL_SYNC_STATUS, useSyncStatus } from './status';
import { createFetchTransport } from './transport';

let engine: SyncEngine | null = null;
let counts: Subscription | null = null;
let database: MotcuaDatabase | null = null;

const browserEnvironment = {
  addEventListener(type: 'online' | 'visibilitychange', fn: () => void) {
    if (type === 'online') window.addEventListener('online', fn);
    else document.addEventListener('visibilitychange', fn);
  },
  removeEventListener(type: 'online' | 'visibilitychange', fn: () => void) {
    if (type === 'online') window.removeEventListener('online', fn);
    else document.removeEventListener('visibilitychange', fn);
  },
  visible: () => document.visibilityState === 'visible',
};

async function startEngine(target: MotcuaDatabase): Promise<void> {
  engine?.stop();
  engine = null;
  const enrolment = await readEnrolment(target);
  const state = await readSyncState(target);
  // The last measured offset applies from now on, before any sync: a device hours off stamps
  // its offline work with the hub's time.
  setClockOffset(target, state.offsetMs);
  if (!enrolment) {
    useSyncStatus.setState({ ...INITIAL_SYNC_STATUS, ...(await countOutbox(target)) });
    return;
  }
  useSyncStatus.setState({
    phase: state.revoked ? 'revoked' : 'idle',
    lastSuccessAt: state.lastSuccessAt,
    revokedMessage: state.revoked?.message ?? null,
    error: state.lastError?.message ?? null,
    errorCode: state.lastError?.code ?? null,
  });
  engine = createSyncEngine({
    db: target,
    transport: createFetchTransport({ baseUrl: enrolment.hubUrl }),
    onStatus: (patch) => useSyncStatus.setState(patch),
    environment: browserEnvironment,
  });
  engine.start();
}

/** Called once at start-up (bootstrap.ts). Never throws: the desk works without sync. */
export async function startAppSync(target: MotcuaDatabase = db()): Promise<void> {
  database = target;
  // A newer version of the app in another tab upgrades the database: this tab's code is old.
  target.on('versionchange', () => {
    engine?.stepAside();
    useSyncStatus.setState({ phase: 'stepped-aside', sent: null });
  });
  // Local writes add outbox rows: the counts follow, and a sync follows a few seconds later.
  let previous = -1;
  counts?.unsubscribe();
  counts = liveQuery(() => countOutbox(target)).subscribe({
    next(c) {
      useSyncStatus.setState(c);
      if (c.pending > previous && previous !== -1) engine?.localWrite();
      previous = c.pending;
    },
    error: () => undefined,
  });
  try {
    await startEngine(target);
  } catch (error) {
    useSyncStatus.setState({ phase: 'error', error: `Không khởi động được đồng bộ: ${(error as Error).message}` });
  }
}

/** The "Đồng bộ ngay" button. */
export async function syncNow(): Promise<SyncOutcome | null> {
  return engine ? engine.syncNow() : null;
}

/** Enrols this device and starts syncing with the hub. Throws EnrolError (plain Vietnamese). */
export async function enrolThisDevice(input: EnrolInput): Promise<void> {
  const target = database ?? db();
  const transport = createFetchTransport({ baseUrl: input.hubUrl.trim() || window.location.origin });
  await enrolDevice(target, transport, input);
  database = target;
  await startEngine(target);
}

/** Stops the engine and the outbox watch (tests; a page unload needs nothing). */
export function stopAppSync(): void {
  engine?.stop();
  engine = null;
  counts?.unsubscribe();
  counts = null;
  database = null;
}
