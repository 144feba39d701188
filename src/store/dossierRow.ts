/**
 * How a dossier's derived state is stored: the state itself plus the keys the desk's queues are
 * indexed by. Derived keys are recomputed from the state on every write, never edited by hand.
 */
import type { DossierState } from '../domain/dossier/state';
import { FINAL_STATUSES, openConflicts } from '../domain/dossier/state';
import { foldVietnamese, indexWords } from '../domain/searchText';

export interface DossierRow extends DossierState {
  /** The applicant's 12-digit ID, indexed for "all dossiers of this citizen". */
  applicantIdNumber: string | null;
  /** Folded (no diacritics) code, applicant name and ID, procedure name: for the list's filter. */
  searchText: string;
  /** The words of searchText (and parts of codes), multi-entry indexed: the list's text search. */
  searchWords: string[];
  /**
   * The due instant, set only while the dossier is open, unresolved and its clock runs (sparse
   * index: the due-today, near-due and overdue queues).
   */
  openDueAt?: number;
  /**
   * Set only while open, unresolved, running and not yet apologised for: the instant from which
   * the dossier owes an apology — its apology deadline where one existed after receipt, otherwise
   * its due instant (a same-day or next-day dossier owes one only once overdue). The "no apology
   * yet" queue is the rows with this key before now. From the events alone (DossierState).
   */
  unapologisedDueAt?: number;
  /**
   * Set only while the dossier has open conflicts (events forbidden in the merged order, not yet
   * resolved): the instant of the newest one. Sparse index: the conflict queue, newest first.
   */
  conflictAt?: number;
}

/** The conflict queue's key: absent when nothing is left to resolve. */
export function conflictKey(state: DossierState): Pick<DossierRow, 'conflictAt'> {
  const open = openConflicts(state);
  return open.length > 0 ? { conflictAt: Math.max(...open.map((c) => c.at)) } : {};
}

/** The sparse queue keys of a dossier: absent (not merely undefined) when they do not apply. */
export function queueKeys(state: DossierState): Pick<DossierRow, 'openDueAt' | 'unapologisedDueAt'> {
  // A dossier whose result is at the desk is judged by its outcome (resolvedAt), no longer by the
  // clock: it is neither overdue nor owes an apology while the citizen has not collected it.
  const open = !FINAL_STATUSES.includes(state.status) && state.resolvedAt == null;
  // A dossier waiting for the citizen's supplement has its clock stopped: it cannot become
  // overdue while it waits (DOMAIN.md §2, pause rule). pausedSince is null when the rule is off.
  const running = open && state.pausedSince === null;
  const keys: Pick<DossierRow, 'openDueAt' | 'unapologisedDueAt'> = {};
  if (running) keys.openDueAt = state.dueAt;
  // Rows stored before apologyDueAt existed have it undefined: their due instant, as before.
  if (running && state.apologisedAt === null) keys.unapologisedDueAt = state.apologyDueAt ?? state.dueAt;
  return keys;
}

export function toDossierRow(state: DossierState): DossierRow {
  const a = state.applicant;
  const searchText = foldVietnamese([state.code, a.name, a.idNumber ?? '', a.taxCode ?? '', state.procedureName, state.procedureCode].join(' '));
  const row: DossierRow = {
    ...state,
    applicantIdNumber: a.idNumber ?? null,
    searchText,
    searchWords: indexWords(searchText),
    ...queueKeys(state),
    // Always written: a state passed in as a stored row must not keep a stale key.
    conflictAt: conflictKey(state).conflictAt,
  };
  // Dexie's put keeps keys that are present-but-undefined; make sure a closed dossier drops out.
  if (row.openDueAt === undefined) delete row.openDueAt;
  if (row.unapologisedDueAt === undefined) delete row.unapologisedDueAt;
  if (row.conflictAt === undefined) delete row.conflictAt;
  return row;
}
