/**
 * The visits list: intake that ended without a dossier (guidance, refusal, redirection), newest
 * first. A desk logs dozens a day for years, so only a page of records is read (see visitPage);
 * the applicant's earlier visits come from the ID-number index.
 */
import { DAY_MS, epochDay, isValidDate, vnStartOfEpochDay } from '../domain/calendar/vnTime';
import { searchTokens } from '../domain/searchText';
import { db, type VisitOutcome, type VisitRow } from './db';

export const VISIT_OUTCOMES: readonly VisitOutcome[] = ['guidance', 'refusal', 'redirect'];

export function isVisitOutcome(value: unknown): value is VisitOutcome {
  return VISIT_OUTCOMES.includes(value as VisitOutcome);
}

export interface VisitListFilter {
  outcome: VisitOutcome | null;
  /** Vietnam dates "YYYY-MM-DD", inclusive. */
  from: string | null;
  to: string | null;
  /** The applicant's name (with or without diacritics) or the start of their ID number. */
  text: string;
}

export interface VisitPage {
  rows: VisitRow[];
  /** Whether older visits match too (the next page). */
  more: boolean;
  /**
   * For a row whose applicant has an ID number: how many guidance visits (Mẫu 02) that person
   * had for the same procedure, this row included. Guidance is to be given once (DOMAIN.md §2).
   */
  guidanceCount: Record<string, number>;
}

function range(from: string | null, to: string | null): [number, number] | null {
  if ((from && !isValidDate(from)) || (to && !isValidDate(to))) return null;
  return [from ? vnStartOfEpochDay(epochDay(from)) : -Infinity, to ? vnStartOfEpochDay(epochDay(to)) + DAY_MS - 1 : Infinity];
}

/** Below this many candidates, their records are read and ordered instead of walking the `at` index. */
const FEW = 500;

const newestFirst = (a: VisitRow, b: VisitRow) => b.at - a.at || (a.id < b.id ? 1 : -1);

/**
 * The visits a filter matches, newest first, at most `limit`; null when a date is invalid.
 *
 * Without an outcome or a search, the newest rows of the `at` index are read and the read stops at
 * `limit`. Otherwise each condition gives the ids it allows from its index (outcome; the start of
 * the ID number; each typed word as the start of a word of the name) — keys only, no records —
 * and either the few candidates are read, or the ids in `at` order are walked from the newest
 * until the page is full. Only the page's records are ever read, whatever the number of visits.
 */
export async function visitPage(filter: VisitListFilter, limit: number): Promise<VisitPage | null> {
  const bounds = range(filter.from, filter.to);
  if (!bounds) return null;
  const [lo, hi] = bounds;
  const d = db();
  const tokens = searchTokens(filter.text);
  const digits = tokens.join('');
  const byId = tokens.length > 0 && /^\d+$/.test(digits);
  const bounded = Number.isFinite(lo) || Number.isFinite(hi);
  const inTime = () => (bounded ? d.visits.where('at').between(lo, hi, true, true) : d.visits.orderBy('at'));

  let found: VisitRow[];
  if (filter.outcome === null && tokens.length === 0) {
    found = await inTime().reverse().limit(limit + 1).toArray();
  } else {
    const conditions: Promise<string[]>[] = [];
    if (filter.outcome !== null) conditions.push(d.visits.where('outcome').equals(filter.outcome).primaryKeys());
    if (byId) conditions.push(d.visits.where('applicant.idNumber').startsWith(digits).primaryKeys());
    else for (const token of new Set(tokens)) conditions.push(d.visits.where('searchWords').startsWith(token).primaryKeys());
    const sets = (await Promise.all(conditions)).map((ids) => new Set(ids)).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets as [Set<string>, ...Set<string>[]];
    const allowed = (id: string) => others.every((set) => set.has(id));
    if (smallest.size <= FEW) {
      const candidates = await d.visits.bulkGet([...smallest].filter(allowed));
      found = candidates
        .filter((v): v is VisitRow => v !== undefined && v.at >= lo && v.at <= hi)
        .sort(newestFirst)
        .slice(0, limit + 1);
    } else {
      const ordered = await inTime().primaryKeys();
      const page: string[] = [];
      for (let i = ordered.length - 1; i >= 0 && page.length <= limit; i--) {
        const id = ordered[i]!;
        if (smallest.has(id) && allowed(id)) page.push(id);
      }
      found = (await d.visits.bulkGet(page)).filter((v): v is VisitRow => v !== undefined);
    }
  }
  const rows = found.slice(0, limit);

  const guidanceCount: Record<string, number> = {};
  const ids = [...new Set(rows.map((v) => v.applicant.idNumber).filter((id): id is string => !!id))];
  if (ids.length > 0) {
    const counts = new Map<string, number>();
    const key = (v: VisitRow) => `${v.applicant.idNumber}|${v.procedureId ?? ''}`;
    for (const v of await d.visits.where('applicant.idNumber').anyOf(ids).toArray()) {
      if (v.outcome === 'guidance') counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
    }
    for (const v of rows) {
      if (v.applicant.idNumber) guidanceCount[v.id] = counts.get(key(v)) ?? 0;
    }
  }
  return { rows, more: found.length > limit, guidanceCount };
}
