/**
 * The device's hybrid logical clock. Its last stamp is kept in the database so that a device
 * whose wall clock is set back (a tablet with a flat battery) still orders new events after the
 * ones it already made.
 *
 * Everything is kept per database (not per module): a test runs several simulated devices, each
 * with its own database, wall clock and offset, in one process.
 *
 * The wall clock is corrected by the offset the sync measured against the hub (serverTime), so a
 * device whose clock is hours off stamps its events with the hub's notion of now, and the desk's
 * default instant for a new dossier or event (correctedNow) is right too.
 */
import { createHlc, formatHlc, parseHlc, type HlcClock } from '../domain/clock';
import { db, type MotcuaDatabase } from './db';
import { getMeta, setMeta } from './settings';

interface TimeSource {
  /** The device's own wall clock (Date.now in the app; a skewed clock in tests). */
  wall: () => number;
  /** hub time − device time, measured by the sync (0 until measured). */
  offsetMs: number;
}

const sources = new WeakMap<MotcuaDatabase, TimeSource>();
const clocks = new WeakMap<MotcuaDatabase, Map<string, HlcClock>>();

function source(database: MotcuaDatabase): TimeSource {
  let s = sources.get(database);
  if (!s) {
    s = { wall: () => Date.now(), offsetMs: 0 };
    sources.set(database, s);
  }
  return s;
}

/** The device's wall clock for this database (tests give each simulated device its own). */
export function setWallClock(database: MotcuaDatabase, wall: () => number): void {
  source(database).wall = wall;
}

/** The correction measured against the hub; applies at once to the clock and to correctedNow. */
export function setClockOffset(database: MotcuaDatabase, offsetMs: number): void {
  source(database).offsetMs = Number.isFinite(offsetMs) ? offsetMs : 0;
}

export function clockOffset(database: MotcuaDatabase = db()): number {
  return source(database).offsetMs;
}

/** Now, as the hub would say it (the device's clock plus the measured offset). */
export function correctedNow(database: MotcuaDatabase = db()): number {
  const s = source(database);
  return s.wall() + s.offsetMs;
}

export async function deviceClock(deviceId: string, database: MotcuaDatabase = db()): Promise<HlcClock> {
  let perDevice = clocks.get(database);
  if (!perDevice) {
    perDevice = new Map();
    clocks.set(database, perDevice);
  }
  let clock = perDevice.get(deviceId);
  if (!clock) {
    const last = await getMeta<string>('hlc', database);
    // Read again after the await: another caller may have made it meanwhile.
    clock = perDevice.get(deviceId) ?? createHlc(deviceId, () => correctedNow(database), { last: last ?? null });
    perDevice.set(deviceId, clock);
  }
  return clock;
}

/** Takes a stamp for a new local event and remembers it (inside the caller's transaction). */
export async function stamp(deviceId: string, database: MotcuaDatabase = db()): Promise<string> {
  const clock = await deviceClock(deviceId, database);
  const hlc = clock.tick();
  await setMeta('hlc', hlc, database);
  return hlc;
}

/**
 * Merges stamps pulled from the hub and persists the clock's last() (inside the caller's
 * transaction): after a restart the device must still stamp above every event it has seen,
 * otherwise an event it makes could sort before one it already showed the officer.
 */
export async function receiveStamps(deviceId: string, stamps: readonly string[], database: MotcuaDatabase = db()): Promise<void> {
  if (stamps.length === 0) return;
  const clock = await deviceClock(deviceId, database);
  for (const s of stamps) clock.receive(s);
  await setMeta('hlc', clock.last(), database);
}

/**
 * Starts the clock again just above `floor` (the greatest stamp the device keeps that is not being
 * re-stamped), reading the corrected wall clock: used when the hub refused stamps that ran ahead
 * of its time. Returns the clock, which the re-stamped events then tick in their order.
 */
export async function restartClock(deviceId: string, floor: string | null, database: MotcuaDatabase = db()): Promise<HlcClock> {
  const clock = createHlc(deviceId, () => correctedNow(database), { last: floor ? formatFloor(floor, deviceId) : null });
  let perDevice = clocks.get(database);
  if (!perDevice) {
    perDevice = new Map();
    clocks.set(database, perDevice);
  }
  perDevice.set(deviceId, clock);
  return clock;
}

/** A stamp of another device as this device's own floor (createHlc only needs its ms and counter). */
function formatFloor(stampText: string, deviceId: string): string {
  return formatHlc({ ...parseHlc(stampText), deviceId });
}

export function forgetClocks(database: MotcuaDatabase = db()): void {
  clocks.delete(database);
}
