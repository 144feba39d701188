/**
 * Which procedures the intake picker offers: with nothing typed, the ones this device receives
 * most; as the officer types, the catalogue's ranking (code, then name prefix, word prefix…) with
 * the desk's frequent procedures first among equally good matches.
 */
import { NO_MATCH, prepareQuery, rankMatch } from '../../domain/searchText';
import type { CatalogueEntry } from '../../store/catalogue';
import type { ProcedureUse } from '../../store/recentProcedures';

export const PICKER_LIMIT = 12;

export function rankProcedures(
  entries: readonly CatalogueEntry[],
  query: string,
  uses: readonly ProcedureUse[],
  limit = PICKER_LIMIT,
): { total: number; results: CatalogueEntry[] } {
  const prepared = prepareQuery(query);
  if (prepared.tokens.length === 0) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const frequent = uses.map((u) => byId.get(u.procedureId)).filter((e): e is CatalogueEntry => e !== undefined);
    return { total: frequent.length, results: frequent.slice(0, limit) };
  }
  const counts = new Map(uses.map((u) => [u.procedureId, u.count]));
  const hits: { entry: CatalogueEntry; rank: number; tier: number; uses: number }[] = [];
  for (const entry of entries) {
    const rank = rankMatch(entry, prepared);
    if (rank !== NO_MATCH) hits.push({ entry, rank, tier: Math.floor(rank), uses: counts.get(entry.id) ?? 0 });
  }
  // A frequent procedure is lifted within its tier only: an exact code typed still comes first.
  hits.sort((a, b) => a.tier - b.tier || b.uses - a.uses || a.rank - b.rank);
  return { total: hits.length, results: hits.slice(0, limit).map((h) => h.entry) };
}
