/**
 * The visits list: intake that ended without a dossier (guidance, refusal, redirection), newest
 * first. A desk logs dozens a day for years, so a page is read from the `at` index and stops as
 * soon as it has enough rows; the applicant's earlier visits come from the ID-number index.
 */
import { DAY_MS, epochDay, isValidDate, vnStartOfEpochDay } from '../domain/calendar/vnTime';
import { buildSearchText, matchesQuery, prepareQuery, searchTokens } from '../domain/searchText';
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

/** Typed digits this long search the ID-number index; shorter ones are checked row by row. */
const ID_INDEX_MIN = 6;

function range(from: string | null, to: string | null): [number, number] | null {
  if ((from && !isValidDate(from)) || (to && !isValidDate(to))) return null;
  return [from ? vnStartOfEpochDay(epochDay(from)) : -Infinity, to ? vnStartOfEpochDay(epochDay(to)) + DAY_MS - 1 : Infinity];
}

/** The visits a filter matches, newest first, at most `limit`; null when a date is invalid. */
export async function visitPage(filter: VisitListFilter, limit: number): Promise<VisitPage | null> {
  const bounds = range(filter.from, filter.to);
  if (!bounds) return null;
  const [lo, hi] = bounds;
  const d = db();
  const tokens = searchTokens(filter.text);
  const digits = tokens.join('');
  const byId = tokens.length > 0 && /^\d+$/.test(digits);
  const query = prepareQuery(filter.text);
  const matches = (v: VisitRow) =>
    v.at >= lo &&
    v.at <= hi &&
    (filter.outcome === null || v.outcome === filter.outcome) &&
    (tokens.length === 0 ||
      (byId ? !!v.applicant.idNumber?.startsWith(digits) : matchesQuery(buildSearchText(v.applicant.name, v.applicant.representative), query)));

  let found: VisitRow[];
  if (byId && digits.length >= ID_INDEX_MIN) {
    // Few visits share the start of an ID number: read them all, then order.
    const candidates = await d.visits.where('applicant.idNumber').startsWith(digits).toArray();
    found = candidates
      .filter(matches)
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
      .slice(0, limit + 1);
  } else {
    const newestFirst = (Number.isFinite(lo) || Number.isFinite(hi) ? d.visits.where('at').between(lo, hi, true, true) : d.visits.orderBy('at')).reverse();
    // The cursor stops once limit + 1 rows passed the filter.
    found = await newestFirst.filter(matches).limit(limit + 1).toArray();
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
