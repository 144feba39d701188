/**
 * How a dossier's derived state is stored: the state itself plus the keys the desk's queues are
 * indexed by. Derived keys are recomputed from the state on every write, never edited by hand.
 */
import type { DossierState } from '../domain/dossier/state';
import { FINAL_STATUSES } from '../domain/dossier/state';
import { foldVietnamese, indexWords } from '../domain/searchText';

export interface DossierRow extends DossierState {
  /** The applicant's 12-digit ID, indexed for "all dossiers of this citizen". */
  applicantIdNumber: string | null;
  /** Folded (no diacritics) code, applicant name and ID, procedure name: for the list's filter. */
  searchText: string;
  /** The words of searchText (and parts of codes), multi-entry indexed: the list's text search. */
  searchWords: string[];
  /** Set only while the dossier is open and its clock runs (sparse index: the overdue queue). */
  openDueAt?: number;
  /** Set only while open, running and not yet apologised for (the "no apology yet" queue). */
  unapologisedDueAt?: number;
}

/** The sparse queue keys of a dossier: absent (not merely undefined) when they do not apply. */
export function queueKeys(state: DossierState): Pick<DossierRow, 'openDueAt' | 'unapologisedDueAt'> {
  const open = !FINAL_STATUSES.includes(state.status);
  // A dossier waiting for the citizen's supplement has its clock stopped: it cannot become
  // overdue while it waits (DOMAIN.md §2, pause rule). pausedSince is null when the rule is off.
  const running = open && state.pausedSince === null;
  const keys: Pick<DossierRow, 'openDueAt' | 'unapologisedDueAt'> = {};
  if (running) keys.openDueAt = state.dueAt;
  if (running && state.apologisedAt === null) keys.unapologisedDueAt = state.dueAt;
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
  };
  // Dexie's put keeps keys that are present-but-undefined; make sure a closed dossier drops out.
  if (row.openDueAt === undefined) delete row.openDueAt;
  if (row.unapologisedDueAt === undefined) delete row.unapologisedDueAt;
  return row;
}
