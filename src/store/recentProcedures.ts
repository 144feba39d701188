/**
 * The procedures this device receives most, so the intake screen can offer them before the officer
 * types anything: a commune receives a handful of procedures (birth, marriage, certified copies)
 * most of the time.
 */
import { db } from './db';

export interface ProcedureUse {
  procedureId: string;
  /** Dossiers of this procedure among the latest ones looked at. */
  count: number;
  /** When the latest of them was received. */
  lastAt: number;
}

/**
 * Counts procedures over the latest `sample` dossiers (by the receivedAt index, newest first), so
 * the answer follows what the desk does now and costs the same at 100 or 100,000 dossiers.
 * Most frequent first; equal counts by the most recent.
 */
export async function frequentProcedures(sample = 200, limit = 8): Promise<ProcedureUse[]> {
  const uses = new Map<string, ProcedureUse>();
  await db()
    .dossiers.orderBy('receivedAt')
    .reverse()
    .limit(sample)
    .each((row) => {
      const use = uses.get(row.procedureId);
      if (use) use.count++;
      else uses.set(row.procedureId, { procedureId: row.procedureId, count: 1, lastAt: row.receivedAt });
    });
  return [...uses.values()].sort((a, b) => b.count - a.count || b.lastAt - a.lastAt).slice(0, limit);
}
