/**
 * The sync's bookkeeping, kept in the settings table under meta: keys (IndexedDB, never
 * localStorage: the device credential is a secret, and it must be written in the same transaction
 * as what it goes with): the enrolment, the pull cursor, the last success, the clock offset, the
 * last error, and whether the hub revoked the device.
 *
 * Every function takes the database explicitly: tests run several devices in one process.
 */
import type { CodeSlot, CommuneInfo } from '../sync/protocol';
import type { MotcuaDatabase } from './db';
import { getMeta, loadSettings, setMeta } from './settings';

export interface Enrolment {
  /** Where the hub answers (its origin, e.g. https://motcua.tinh.gov.vn). */
  hubUrl: string;
  deviceId: string;
  deviceName: string;
  /** Sent as "Authorization: Bearer …"; the hub keeps only its hash. */
  credential: string;
  commune: CommuneInfo;
  officer: { id: string; name: string };
  codeSlot: CodeSlot;
  enrolledAt: number;
}

/** What the screens may show about the enrolment (everything but the credential). */
export type EnrolmentInfo = Omit<Enrolment, 'credential'>;

export interface SyncError {
  /** Stable: 'offline', 'timeout', 'invalid-reply', 'server', or the hub's error code. */
  code: string;
  /** Plain Vietnamese, for the officer. */
  message: string;
  at: number;
}

export interface SyncState {
  /** The hub's opaque cursor; null: pull from the start. */
  cursor: string | null;
  lastSuccessAt: number | null;
  /** hub time − device time, from the last reply (mid-request estimate). */
  offsetMs: number;
  lastError: SyncError | null;
  /** The hub revoked this device: it sends nothing more and keeps its data readable. */
  revoked: { at: number; message: string } | null;
}

export const EMPTY_SYNC_STATE: SyncState = { cursor: null, lastSuccessAt: null, offsetMs: 0, lastError: null, revoked: null };

const ENROLMENT = 'sync.enrolment';
const STATE = 'sync.state';
const CODE_RANGE = 'codeRange';

export async function readEnrolment(database: MotcuaDatabase): Promise<Enrolment | null> {
  return (await getMeta<Enrolment>(ENROLMENT, database)) ?? null;
}

/** Safe inside a live query (reads only). */
export async function readEnrolmentInfo(database: MotcuaDatabase): Promise<EnrolmentInfo | null> {
  const enrolment = await readEnrolment(database);
  if (!enrolment) return null;
  const { credential: _secret, ...info } = enrolment;
  return info;
}

export async function readSyncState(database: MotcuaDatabase): Promise<SyncState> {
  return { ...EMPTY_SYNC_STATE, ...(await getMeta<Partial<SyncState>>(STATE, database)) };
}

/** Read-modify-write inside the caller's transaction when there is one. */
export async function updateSyncState(database: MotcuaDatabase, patch: Partial<SyncState>): Promise<SyncState> {
  return database.transaction('rw', database.settings, async () => {
    const next = { ...(await readSyncState(database)), ...patch };
    await setMeta(STATE, next, database);
    return next;
  });
}

/** The range of the code sequence the hub gave this device; null when not enrolled. */
export async function readCodeRange(database: MotcuaDatabase): Promise<CodeSlot | null> {
  return (await getMeta<CodeSlot>(CODE_RANGE, database)) ?? null;
}

/** The commune's details as the desk's settings (what the forms print, the sequence scope). */
export function communeSettings(commune: CommuneInfo) {
  return {
    agencyId: commune.agencyId,
    agencyName: commune.agencyName,
    parentAgencyName: commune.parentAgencyName,
    placeName: commune.placeName,
    sequenceScope: commune.sequenceScope,
  };
}

/**
 * Stores a new enrolment with what comes with it, in one transaction: the commune's details into
 * the desk settings, the code range, the enrolling officer (when the desk had none), and a fresh
 * sync state (a device enrolled again starts its pull over).
 */
export async function saveEnrolment(database: MotcuaDatabase, enrolment: Enrolment): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const settings = await loadSettings(database);
    const next = { ...settings, ...communeSettings(enrolment.commune) };
    if (!settings.officerId) {
      next.officerId = enrolment.officer.id;
      if (!settings.officerName) next.officerName = enrolment.officer.name;
    }
    await database.settings.put({ key: 'desk', value: next });
    await setMeta(ENROLMENT, enrolment, database);
    await setMeta(CODE_RANGE, enrolment.codeSlot, database);
    await setMeta(STATE, { ...EMPTY_SYNC_STATE, offsetMs: (await readSyncState(database)).offsetMs }, database);
  });
}
