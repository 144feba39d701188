/**
 * The facts the desk's figures are counted from (src/domain/statistics). First version: computed
 * from the events on every call. (To be replaced by packed monthly blocks kept up to date on every
 * write, so that a year of 50,000 dossiers reads in one go.)
 */
import type { DossierEvent } from '../domain/dossier/events';
import { dossierFacts } from '../domain/statistics/facts';
import { periodBounds } from '../domain/statistics/period';
import type { DossierFacts, Period } from '../domain/statistics/types';
import { rulesFor } from '../domain/deskSettings';
import { db, type MotcuaDatabase } from './db';
import type { DossierRow } from './dossierRow';
import { readSettings } from './settings';

/**
 * The facts of every dossier that may count in `period`: received before its end and not
 * finished before its start — plus those finished earlier, whose return or rating may fall in it.
 */
export async function loadStatFacts(period: Period, database: MotcuaDatabase = db()): Promise<DossierFacts[]> {
  const { end } = periodBounds(period);
  const settings = await readSettings(database);
  const ctx = { dueRules: rulesFor(settings).dueRules };
  const events = await database.events.toArray();
  const byDossier = new Map<string, DossierEvent[]>();
  for (const e of events) {
    const list = byDossier.get(e.dossierId);
    if (list) list.push(e);
    else byDossier.set(e.dossierId, [e]);
  }
  const out: DossierFacts[] = [];
  for (const history of byDossier.values()) {
    if (!history.some((e) => e.type === 'received')) continue;
    const f = dossierFacts(history, ctx);
    if (f.receivedAt < end) out.push(f);
  }
  return out;
}

/** The stored rows of the dossiers behind a figure, in the order given (drill-down). */
export async function dossierRowsByIds(ids: readonly string[], database: MotcuaDatabase = db()): Promise<DossierRow[]> {
  const rows = await database.dossiers.bulkGet([...ids]);
  return rows.filter((r): r is DossierRow => r !== undefined);
}
