/**
 * Every row of the dossier list as filtered, for an export: the same ids, in the same order, as
 * the list on screen (dossierListIds), read whole in slices so that a 50,000-row export does not
 * hold one enormous IndexedDB request.
 */
import { db } from './db';
import { dossierListIds, type DossierListFilter, type ListClock } from './dossierList';
import type { DossierRow } from './dossierRow';

const SLICE = 5000;

/** The rows of `ids`, in that order; an id deleted meanwhile is left out. */
export async function dossierRowsInOrder(ids: readonly string[]): Promise<DossierRow[]> {
  const out: DossierRow[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    const rows = await db().dossiers.bulkGet(ids.slice(i, i + SLICE));
    for (const r of rows) if (r) out.push(r);
  }
  return out;
}

/** All the dossiers matching the list's filter (not only the window on screen), in list order. */
export async function filteredDossierRows(filter: DossierListFilter, clock: ListClock): Promise<DossierRow[]> {
  return dossierRowsInOrder(await dossierListIds(filter, clock));
}
