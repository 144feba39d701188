/**
 * The procedure catalogue on the device: loaded on first run from the bundled starting catalogue
 * (a separate chunk, precached, so it works offline), and searched in memory per keystroke.
 */
import { foldVietnamese, searchRanked, warmRankCache } from '../domain/searchText';
import type { Procedure } from '../domain/procedure';
import { CATALOGUE_VERSION } from '../data/catalogue/version';
import { db, type ProcedureRow } from './db';
import { getMeta, setMeta } from './settings';

export function toProcedureRow(p: Procedure): ProcedureRow {
  return { ...p, fieldName: p.field.name, searchText: foldVietnamese(`${p.code} ${p.name} ${p.field.name}`) };
}

/** Loads or refreshes the starting catalogue when the bundled version is newer. Returns the count. */
export async function ensureCatalogue(): Promise<number> {
  if ((await getMeta<string>('catalogueVersion')) === CATALOGUE_VERSION) return db().procedures.count();
  // Once the hub has sent the province's catalogue, the bundled one never overwrites it.
  if ((await getMeta<string>('catalogueSource')) === 'hub') return db().procedures.count();
  const { procedures } = await import('../data/catalogue/procedures');
  const d = db();
  await d.transaction('rw', [d.procedures, d.settings], async () => {
    await d.procedures.bulkPut(procedures.map(toProcedureRow));
    await setMeta('catalogueVersion', CATALOGUE_VERSION);
  });
  invalidateCatalogueIndex();
  return d.procedures.count();
}

export interface CatalogueEntry {
  id: string;
  code: string;
  name: string;
  fieldName: string;
  searchText: string;
}

let index: Promise<CatalogueEntry[]> | undefined;

/** The search index: the few fields a result line needs, kept in memory. */
export function catalogueIndex(): Promise<CatalogueEntry[]> {
  index ??= db()
    .procedures.toArray()
    .then((rows) => {
      const entries = rows
        .map(({ id, code, name, fieldName, searchText }) => ({ id, code, name, fieldName, searchText }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      warmRankCache(entries);
      return entries;
    });
  return index;
}

export function invalidateCatalogueIndex(): void {
  index = undefined;
}

/**
 * Matches in rank order (src/domain/searchText.ts searchRanked, the same ranking as the intake
 * picker); `useCount` (dossiers received lately per procedure) orders equally good matches only.
 */
export function searchCatalogue(
  entries: readonly CatalogueEntry[],
  query: string,
  limit = 100,
  useCount?: (entry: CatalogueEntry) => number,
): { total: number; results: CatalogueEntry[] } {
  return searchRanked(entries, query, { limit, useCount });
}

export function getProcedure(id: string): Promise<ProcedureRow | undefined> {
  return db().procedures.get(id);
}
