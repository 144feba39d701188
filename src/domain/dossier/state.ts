/**
 * The current state of a dossier, derived from its events by lifecycle.ts. The store keeps a copy
 * of it per dossier (for indexed queries) and recomputes it whenever events are added.
 */
import type { Channel } from '../procedure';
import type { Applicant, DossierEventType, ReturnMethod, SatisfactionLevel, Unit } from './events';

export type DossierStatus =
  /** Received at the desk, not handed on yet. */
  | 'received'
  /** With a handling unit (transferred, appraised). */
  | 'processing'
  /** Waiting for the citizen's supplement; the clock may be paused. */
  | 'awaiting-supplement'
  /** Approved and signed; the result is being issued. */
  | 'approved'
  /** The result is at the desk, ready to hand over. */
  | 'result-ready'
  /** Result handed over (or posted). Final. */
  | 'returned'
  /** Refused during processing. Final. */
  | 'refused'
  /** Withdrawn or stopped at the citizen's request. Final. */
  | 'withdrawn';

export const FINAL_STATUSES: readonly DossierStatus[] = ['returned', 'refused', 'withdrawn'];

/** Outcome of a finished dossier against its appointment (DOMAIN.md §6). */
export type Timeliness = 'early' | 'on-time' | 'late';

export interface HandOff {
  eventId: string;
  from: Unit;
  to: Unit;
  at: number;
  officerName?: string;
  note?: string | null;
}

/** Who did an event, where and when: enough to name it to an officer without the history. */
export interface EventRef {
  eventId: string;
  type: DossierEventType;
  officerId: string;
  officerName?: string;
  deviceId: string;
  at: number;
  hlc: string;
}

/**
 * An event the rules forbid in the merged (HLC) order of the dossier's events, typically made on
 * a device that was offline while another device moved the dossier on: kept in the history, not
 * applied, and listed for an officer to resolve (lifecycle.ts `mergeDossier`).
 */
export interface DossierConflict extends EventRef {
  /** checkTransition's code, e.g. 'dossier-closed', 'already-approved', 'already-apologised'. */
  code: string;
  /** Why it was not applied, in Vietnamese (checkTransition's reason). */
  reason: string;
  /**
   * The applied event that stands in its way, when one can be named: the return that closed the
   * dossier, the approval, the first apology, the open supplement request… Null otherwise.
   */
  conflictsWith: EventRef | null;
}

/** A `conflict-resolved` event as recorded on the conflict it closed. */
export interface ConflictResolution {
  eventId: string;
  officerId: string;
  officerName?: string;
  deviceId: string;
  at: number;
  hlc: string;
  note: string;
}

export interface ResolvedConflict extends DossierConflict {
  /**
   * The resolutions in HLC order; the first closed it. More than one when two officers resolved
   * the same conflict while apart: the later ones are kept too, never refused.
   */
  resolutions: ConflictResolution[];
}

/**
 * The open conflicts of a state, also of a row stored before conflicts existed (none then: every
 * event had been checked on the device that made it, before there was any sync).
 */
export function openConflicts(state: Pick<DossierState, 'conflicts'>): DossierConflict[] {
  return state.conflicts ?? [];
}

/** The closed conflicts of a state, also of a row stored before conflicts existed. */
export function resolvedConflicts(state: Pick<DossierState, 'resolvedConflicts'>): ResolvedConflict[] {
  return state.resolvedConflicts ?? [];
}

export interface DossierState {
  id: string;
  code: string;
  status: DossierStatus;
  procedureId: string;
  procedureCode: string;
  procedureName: string;
  procedureVersion: string;
  fieldCode: string | null;
  fieldName: string;
  channel: Channel;
  applicant: Applicant;
  receivedAt: number;
  /** Appointment given at receipt. */
  originalDueAt: number;
  /**
   * The due instant in force now: the apology's new date if any, moved later by supplement
   * pauses when the pause rule applies.
   */
  dueAt: number;
  /**
   * The last instant the apology and new date (Mẫu 04) may be sent for the due date in force: the
   * closing of the working day before the due date, when that day comes after the day the date
   * was set (receipt or resumption); null when it does not (within-day and 1-working-day limits):
   * then the apology is owed only once the dossier is overdue. Recorded on the events (events.ts).
   */
  apologyDueAt: number | null;
  /** When the due date in force was set: the receipt, the end of the last pause, or the apology. */
  dueSetAt: number;
  /** Set while the clock is paused for a supplement: when the pause started. */
  pausedSince: number | null;
  /** Working minutes/days already accounted for pauses are folded into dueAt. */
  apologisedAt: number | null;
  /** Instant the dossier reached a final status (or result-ready, for timeliness). */
  resolvedAt: number | null;
  /** Set once resolved: early / on time / late against dueAt. */
  timeliness: Timeliness | null;
  returnMethod: ReturnMethod;
  /** Where the dossier is now. */
  currentUnit: Unit;
  handOffs: HandOff[];
  rating: SatisfactionLevel | null;
  /** Number of events applied. */
  eventCount: number;
  /** Greatest HLC stamp among the events (for sync). */
  lastHlc: string;
  /** Instant of the latest event. */
  updatedAt: number;
  /**
   * Events forbidden in the merged order and not yet resolved, in HLC order. Always set by the
   * derivation; optional only because rows stored before conflicts existed lack it: read it
   * through `openConflicts`, which gives [] for them.
   */
  conflicts?: DossierConflict[];
  /** Conflicts closed by a `conflict-resolved` event, in the order closed (`resolvedConflicts`). */
  resolvedConflicts?: ResolvedConflict[];
}
