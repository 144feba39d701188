/**
 * Which of the documents listed at receipt the desk actually keeps. The received event lists
 * every document of the case, ticked or not, and papers that are only shown for checking and
 * handed back (the ID card). Every count and list of "documents received" — the timeline, the
 * dossier page, the receipt (Mẫu 01) — goes through these, so they never disagree.
 */
import type { ReceivedDocument } from './events';

/** Handed in and kept with the dossier: what the receipt lists and counts. */
export function keptDocuments<D extends ReceivedDocument>(documents: readonly D[]): D[] {
  return documents.filter((d) => d.received && !d.shownOnly);
}

/** Shown for checking and handed back to the citizen: never counted as received. */
export function shownDocuments<D extends ReceivedDocument>(documents: readonly D[]): D[] {
  return documents.filter((d) => d.received && d.shownOnly === true);
}

/** Listed in the case but not handed in (optional papers the citizen did not bring). */
export function notHandedIn<D extends ReceivedDocument>(documents: readonly D[]): D[] {
  return documents.filter((d) => !d.received);
}
