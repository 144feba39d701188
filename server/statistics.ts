/**
 * The hub's figures for a commune, from the same statistics module as the desk
 * (src/domain/statistics, docs/statistics.md): the commune's events as the hub holds them, grouped
 * by dossier, through `dossierFacts` and `computeReport` unchanged — so the province reads the
 * numbers the desk prints. The replay rules are the ones the hub replays pushed events with
 * (push.ts `communeRules`: the app's default desk settings over the province's days off).
 */
import type { DossierEvent } from '../src/domain/dossier/events';
import type { DeskRules } from '../src/domain/deskSettings';
import { computeReport, dossierFacts, type DossierFacts, type Period, type Report } from '../src/domain/statistics';
import type { Queryable } from './db';
import { communeRules } from './push';

async function rulesOf(db: Queryable, communeId: string): Promise<DeskRules> {
  return (await communeRules(db, [communeId])).get(communeId)!;
}

/** The facts of every dossier of the commune that has a receipt (events in the hub's order). */
export async function communeFacts(db: Queryable, communeId: string, rules?: DeskRules): Promise<DossierFacts[]> {
  const ctx = { dueRules: (rules ?? (await rulesOf(db, communeId))).dueRules };
  const { rows } = await db.query<{ dossier_id: string; body: unknown }>('SELECT dossier_id, body FROM events WHERE commune_id = $1 ORDER BY seq', [communeId]);
  const byDossier = new Map<string, DossierEvent[]>();
  for (const row of rows) {
    const event = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as DossierEvent;
    const list = byDossier.get(row.dossier_id);
    if (list) list.push(event);
    else byDossier.set(row.dossier_id, [event]);
  }
  const out: DossierFacts[] = [];
  // A dossier whose receipt has not reached the hub yet (pushed by another device later) has no facts.
  for (const history of byDossier.values()) if (history.some((e) => e.type === 'received')) out.push(dossierFacts(history, ctx));
  return out;
}

/** The commune's report for `period`, as of `now`, on the commune's working calendar. */
export async function communeReport(db: Queryable, communeId: string, period: Period, now: number): Promise<Report> {
  const rules = await rulesOf(db, communeId);
  return computeReport(await communeFacts(db, communeId, rules), period, { now, cal: rules.calendar });
}
