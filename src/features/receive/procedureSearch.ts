/**
 * Which procedures the intake picker offers: with nothing typed, the ones this device receives
 * most; as the officer types, the catalogue screen's ranking (src/domain/searchText.ts
 * searchRanked), where the desk's frequent procedures only order equally good matches.
 */
import { prepareQuery } from '../../domain/searchText';
import { searchCatalogue, type CatalogueEntry } from '../../store/catalogue';
import type { ProcedureUse } from '../../store/recentProcedures';

export const PICKER_LIMIT = 12;

export function rankProcedures(
  entries: readonly CatalogueEntry[],
  query: string,
  uses: readonly ProcedureUse[],
  limit = PICKER_LIMIT,
): { total: number; results: CatalogueEntry[] } {
  if (prepareQuery(query).tokens.length === 0) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const frequent = uses.map((u) => byId.get(u.procedureId)).filter((e): e is CatalogueEntry => e !== undefined);
    return { total: frequent.length, results: frequent.slice(0, limit) };
  }
  const counts = new Map(uses.map((u) => [u.procedureId, u.count]));
  return searchCatalogue(entries, query, limit, (e) => counts.get(e.id) ?? 0);
}
