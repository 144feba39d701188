/**
 * Every row of the dossier list as filtered, for an export: the same ids, in the same order, as
 * the list on screen (dossierListIds), read whole in slices so that a 50,000-row export does not
 * hold one enormous IndexedDB request.
 */
import { db } from './db';
import { dossierListIds, type DossierListFilter, type ListClock } from './dossierList';
import type { DossierRow } from './dossierRow';

const SLICE = 5000;

/** The rows of `ids`, in that order; an id deleted meanwhile is left out. `size`: for the tests. */
export async function dossierRowsInOrder(ids: readonly string[], size = SLICE): Promise<DossierRow[]> {
  const table = db().dossiers;
  const out: DossierRow[] = [];
  if (ids.length > size && ids.length * 2 >= (await table.count())) {
    // Most of the table (the whole list, a year): reading it in primary-key order, a few getAll
    // calls, is far faster than a get per key (bulkGet), at the cost of the rows not asked for
    // (50,000 rows: 3.5 s instead of 5–8 s in bench:export).
    const byId = new Map<string, DossierRow>();
    let last: string | null = null;
    for (;;) {
      const part: DossierRow[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(size * 4).toArray();
      for (const r of part) byId.set(r.id, r);
      if (part.length < size * 4) break;
      last = part[part.length - 1]!.id;
    }
    for (const id of ids) {
      const r = byId.get(id);
      if (r) out.push(r);
    }
    return out;
  }
  for (let i = 0; i < ids.length; i += size) {
    const rows = await table.bulkGet(ids.slice(i, i + size));
    for (const r of rows) if (r) out.push(r);
  }
  return out;
}

/** All the dossiers matching the list's filter (not only the window on screen), in list order. */
export async function filteredDossierRows(filter: DossierListFilter, clock: ListClock): Promise<DossierRow[]> {
  return dossierRowsInOrder(await dossierListIds(filter, clock));
}
