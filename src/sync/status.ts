/**
 * Where the device's data stands, for the top bar and the sync screen (zustand). The engine only
 * reports to a callback; the app wires that callback to this store (appSync.ts), so a test can
 * run several engines without sharing it.
 */
import { create } from 'zustand';

export type SyncPhase =
  /** No enrolment yet: nothing is sent; the desk works alone. */
  | 'not-enrolled'
  | 'idle'
  | 'pushing'
  | 'pulling'
  /** The last attempt reached no hub: quiet, retried with backoff. */
  | 'offline'
  /** The hub answered with an error, or its answer could not be used. */
  | 'error'
  /** The hub revoked this device: nothing more is sent, the data stays readable. */
  | 'revoked'
  /** A newer version of the app opened the database in another tab: this tab stopped syncing. */
  | 'stepped-aside';

export interface SyncStatus {
  phase: SyncPhase;
  /** Events waiting to be sent. */
  pending: number;
  /** Events the hub refused (listed on the sync screen with the reason). */
  refused: number;
  /** During a push: events sent of those waiting when it began. */
  sent: { done: number; total: number } | null;
  lastSuccessAt: number | null;
  /** Plain Vietnamese, or null. */
  error: string | null;
  errorCode: string | null;
  revokedMessage: string | null;
  /** hub time − device time, from the last reply; null before the first. */
  offsetMs: number | null;
  /** When the next automatic attempt is due (after a failure), or null. */
  nextAttemptAt: number | null;
}

export const INITIAL_SYNC_STATUS: SyncStatus = {
  phase: 'not-enrolled',
  pending: 0,
  refused: 0,
  sent: null,
  lastSuccessAt: null,
  error: null,
  errorCode: null,
  revokedMessage: null,
  offsetMs: null,
  nextAttemptAt: null,
};

export const useSyncStatus = create<SyncStatus>(() => INITIAL_SYNC_STATUS);

/** Above this the screens warn that the device's clock is wrong. */
export const CLOCK_SKEW_WARNING_MS = 5 * 60_000;

/** Minutes the device's clock is off (signed: positive = behind the hub), or null when within 5 minutes. */
export function clockSkewMinutes(offsetMs: number | null): number | null {
  if (offsetMs === null || Math.abs(offsetMs) <= CLOCK_SKEW_WARNING_MS) return null;
  return Math.round(offsetMs / 60_000);
}
