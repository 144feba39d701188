/**
 * The facts the desk's figures are counted from (src/domain/statistics), read from the packed
 * monthly blocks that every write keeps up to date (statBlocks.ts).
 */
import { monthsOf, periodBounds } from '../domain/statistics/period';
import type { DossierFacts, Period } from '../domain/statistics/types';
import { db, type MotcuaDatabase } from './db';
import type { DossierRow } from './dossierRow';
import { blockMonth, decodeBlock, readStatFacts } from './statBlocks';

/**
 * The facts of every dossier that may count in `period`: received in it, or received before it
 * and not finished before it starts (carried over) — plus those finished earlier whose return or
 * rating falls in it. Received after the period's end: left out.
 */
export async function loadStatFacts(period: Period, database: MotcuaDatabase = db()): Promise<DossierFacts[]> {
  const { start, end } = periodBounds(period);
  const months = monthsOf(period);
  const facts = await readStatFacts(database, months[0]!, months[months.length - 1]!, start);
  return facts.filter((f) => f.receivedAt < end);
}

/** The stored rows of the dossiers behind a figure, in the order given (drill-down). */
export async function dossierRowsByIds(ids: readonly string[], database: MotcuaDatabase = db()): Promise<DossierRow[]> {
  const rows = await database.dossiers.bulkGet([...ids]);
  return rows.filter((r): r is DossierRow => r !== undefined);
}

/** The facts of these dossiers, by id, read from their months' blocks (the dossier list's export). */
export async function statFactsOf(rows: readonly Pick<DossierRow, 'id' | 'receivedAt'>[], database: MotcuaDatabase = db()): Promise<Map<string, DossierFacts>> {
  const wanted = new Set(rows.map((r) => r.id));
  const months = [...new Set(rows.map((r) => blockMonth(r.receivedAt)))];
  const out = new Map<string, DossierFacts>();
  for (const block of await database.statBlocks.bulkGet(months)) {
    if (!block) continue;
    for (const f of decodeBlock(block)) if (wanted.has(f.id)) out.set(f.id, f);
  }
  return out;
}
