/**
 * The full dossier list (/ho-so): which dossiers match the officer's filters, in display order,
 * and the rows of the window on screen. Planned for 100,000 dossiers on the device (DOMAIN.md §9):
 * indexes narrow the set by primary keys only; whole rows are read only when the set is already
 * small, for a text search (the folded `searchText` is not indexed), and for the visible window.
 */
import { DAY_MS, epochDay, isValidDate, vnStartOfEpochDay } from '../domain/calendar/vnTime';
import type { DeskRules } from '../domain/deskSettings';
import type { DossierStatus } from '../domain/dossier/state';
import { matchesQuery, prepareQuery, type PreparedQuery } from '../domain/searchText';
import { db, type MotcuaDatabase } from './db';
import type { DossierRow } from './dossierRow';
import { queueBounds, type QueueName } from './queues';

export const QUEUE_NAMES: readonly QueueName[] = [
  'receivedToday',
  'dueToday',
  'nearDue',
  'overdue',
  'overdueWithoutApology',
  'awaitingSupplement',
  'resultReady',
];

export function isQueueName(value: string | null | undefined): value is QueueName {
  return QUEUE_NAMES.includes(value as QueueName);
}

export interface DossierListFilter {
  status?: DossierStatus | null;
  procedureId?: string | null;
  /** Field (lĩnh vực) name, as shown; matched through the procedures of that field. */
  fieldName?: string | null;
  /** Received on or after this date, "YYYY-MM-DD" in Vietnam time. */
  from?: string | null;
  /** Received on or before this date (inclusive). */
  to?: string | null;
  /** Applicant name, 12-digit ID number or dossier code; diacritics optional. */
  text?: string | null;
  /** A home-screen queue, with the same meaning as src/store/queues.ts. */
  queue?: QueueName | null;
}

/** What the queues need to know about "now" (ignored when no queue is chosen). */
export interface ListClock {
  now: number;
  rules: DeskRules;
  nearDueWorkingDays: number;
}

type OrderKey = 'receivedAt' | 'openDueAt' | 'unapologisedDueAt';

type Rows = ReturnType<MotcuaDatabase['dossiers']['toCollection']>;

/** One indexed condition: the index query (keys only when the set is large) and the same test on a row. */
interface Source {
  collection: () => Rows;
  test: (row: DossierRow) => boolean;
  /** The index this source reads, when it can give the display order. */
  orderKey?: OrderKey;
}

interface Plan {
  sources: Source[];
  /** Display order: newest received first, or most urgent first for the due-date queues. */
  order: OrderKey;
  /** Text that no index answers: tested on each candidate's folded searchText. */
  text: PreparedQuery | null;
}

/** Below this many candidates, reading whole rows costs less than intersecting key sets. */
const SMALL_SET = 3000;
/** Rows read per request when filling the search texts (keeps memory flat on 100,000 rows). */
const SCAN_CHUNK = 2000;

const ID_NUMBER = /^\d{12}$/;
/** A whole dossier code, e.g. 000.00.53.H48-220921-0099 (DOMAIN.md §4). */
const WHOLE_CODE = /^[0-9a-z.]+-\d{6}-\d{4}$/i;

/** [start, end] instants of the dates, inclusive, in Vietnam time; null when a date is invalid. */
export function receivedRange(from: string | null | undefined, to: string | null | undefined): [number, number] | null {
  if ((from && !isValidDate(from)) || (to && !isValidDate(to))) return null;
  const lo = from ? vnStartOfEpochDay(epochDay(from)) : -Infinity;
  const hi = to ? vnStartOfEpochDay(epochDay(to)) + DAY_MS - 1 : Infinity;
  return [lo, hi];
}

function queueSource(queue: QueueName, clock: ListClock): Source {
  const d = db();
  const { startOfToday, endOfToday, nearDueUntil } = queueBounds(clock.now, clock.rules, clock.nearDueWorkingDays);
  const { now } = clock;
  const within = (v: number | undefined, lo: number, hi: number) => v !== undefined && v >= lo && v <= hi;
  switch (queue) {
    case 'receivedToday':
      return {
        collection: () => d.dossiers.where('receivedAt').between(startOfToday, endOfToday, true, true),
        test: (r) => within(r.receivedAt, startOfToday, endOfToday),
        orderKey: 'receivedAt',
      };
    case 'dueToday':
      return {
        collection: () => d.dossiers.where('openDueAt').between(startOfToday, endOfToday, true, true),
        test: (r) => within(r.openDueAt, startOfToday, endOfToday),
        orderKey: 'openDueAt',
      };
    case 'nearDue':
      return {
        collection: () => d.dossiers.where('openDueAt').between(now, nearDueUntil, true, true),
        test: (r) => within(r.openDueAt, now, nearDueUntil),
        orderKey: 'openDueAt',
      };
    case 'overdue':
      return {
        collection: () => d.dossiers.where('openDueAt').below(now),
        test: (r) => r.openDueAt !== undefined && r.openDueAt < now,
        orderKey: 'openDueAt',
      };
    case 'overdueWithoutApology':
      return {
        collection: () => d.dossiers.where('unapologisedDueAt').below(now),
        test: (r) => r.unapologisedDueAt !== undefined && r.unapologisedDueAt < now,
        orderKey: 'unapologisedDueAt',
      };
    case 'awaitingSupplement':
      return { collection: () => d.dossiers.where('status').equals('awaiting-supplement'), test: (r) => r.status === 'awaiting-supplement' };
    case 'resultReady':
      return { collection: () => d.dossiers.where('status').equals('result-ready'), test: (r) => r.status === 'result-ready' };
  }
}

/** The query plan of a filter; null when it cannot match anything (an invalid date). */
async function plan(filter: DossierListFilter, clock: ListClock): Promise<Plan | null> {
  const d = db();
  const sources: Source[] = [];
  let order: OrderKey = 'receivedAt';
  let text: PreparedQuery | null = null;

  const typed = (filter.text ?? '').trim();
  if (ID_NUMBER.test(typed)) {
    sources.push({ collection: () => d.dossiers.where('applicantIdNumber').equals(typed), test: (r) => r.applicantIdNumber === typed });
  } else if (WHOLE_CODE.test(typed)) {
    const code = typed.toUpperCase();
    sources.push({ collection: () => d.dossiers.where('code').equalsIgnoreCase(typed), test: (r) => r.code.toUpperCase() === code });
  } else if (typed) {
    const q = prepareQuery(typed);
    if (q.tokens.length > 0) text = q;
  }

  if (filter.status) {
    const status = filter.status;
    sources.push({ collection: () => d.dossiers.where('status').equals(status), test: (r) => r.status === status });
  }
  if (filter.procedureId) {
    const id = filter.procedureId;
    sources.push({ collection: () => d.dossiers.where('procedureId').equals(id), test: (r) => r.procedureId === id });
  }
  if (filter.fieldName) {
    const name = filter.fieldName;
    const ids = (await dossierProcedures()).filter((p) => p.fieldName === name).map((p) => p.id);
    if (ids.length === 0) return null;
    const set = new Set(ids);
    sources.push({ collection: () => d.dossiers.where('procedureId').anyOf(ids), test: (r) => set.has(r.procedureId) });
  }
  if (filter.from || filter.to) {
    const range = receivedRange(filter.from, filter.to);
    if (!range || range[0] > range[1]) return null;
    const [lo, hi] = range;
    sources.push({
      collection: () => d.dossiers.where('receivedAt').between(lo, hi, true, true),
      test: (r) => r.receivedAt >= lo && r.receivedAt <= hi,
      orderKey: 'receivedAt',
    });
  }
  if (filter.queue) {
    const source = queueSource(filter.queue, clock);
    sources.push(source);
    if (source.orderKey && source.orderKey !== 'receivedAt') order = source.orderKey;
  }
  return { sources, order, text };
}

function compareRows(order: OrderKey): (a: DossierRow, b: DossierRow) => number {
  const byId = (a: DossierRow, b: DossierRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Same order as reading the index: due keys ascending, receipt descending (ties by id likewise).
  if (order === 'receivedAt') return (a, b) => b.receivedAt - a.receivedAt || byId(b, a);
  return (a, b) => (a[order] ?? 0) - (b[order] ?? 0) || byId(a, b);
}

/**
 * Folded search text by dossier id, per database. Reading 100,000 whole rows for each search
 * takes seconds (IndexedDB cannot return one field), but a dossier's searchText never changes
 * after receipt (code, applicant and procedure come from the received event), so each row is read
 * once per session and only new dossiers are read afterwards.
 */
const searchTexts = new WeakMap<MotcuaDatabase, { texts: Map<string, string>; filling: Promise<void> }>();

function searchCache(d: MotcuaDatabase) {
  let cache = searchTexts.get(d);
  if (!cache) {
    cache = { texts: new Map(), filling: Promise.resolve() };
    searchTexts.set(d, cache);
  }
  return cache;
}

/** Makes sure the search texts of `ids` are in memory (all dossiers when null). */
function fillSearchTexts(ids: readonly string[] | null): Promise<Map<string, string>> {
  const d = db();
  const cache = searchCache(d);
  // One fill at a time, so a search typed during the warm-up does not read the same rows twice.
  const run = cache.filling.then(async () => {
    const { texts } = cache;
    const missing = (ids ?? ((await d.dossiers.toCollection().primaryKeys()) as string[])).filter((id) => !texts.has(id));
    if (missing.length <= SCAN_CHUNK * 5) {
      for (let i = 0; i < missing.length; i += SCAN_CHUNK) {
        for (const row of await d.dossiers.bulkGet(missing.slice(i, i + SCAN_CHUNK))) if (row) texts.set(row.id, row.searchText);
      }
      return;
    }
    // Many missing (the first search of the session): one pass in primary-key chunks reads
    // fewer pages than fetching each row on its own.
    let after = '';
    for (;;) {
      const rows = await d.dossiers.where(':id').above(after).limit(SCAN_CHUNK).toArray();
      for (const row of rows) texts.set(row.id, row.searchText);
      const last = rows[rows.length - 1];
      if (!last || rows.length < SCAN_CHUNK) break;
      after = last.id;
    }
  });
  cache.filling = run.catch(() => undefined);
  return run.then(() => cache.texts);
}

/**
 * Reads the search texts ahead of the first search, so the officer's first keystrokes do not wait
 * for the whole table. Called when the list opens; harmless if repeated.
 */
export async function warmDossierSearch(): Promise<void> {
  await fillSearchTexts(null);
}

/** Ids of the dossiers matching the filter, in display order. */
export async function dossierListIds(filter: DossierListFilter, clock: ListClock): Promise<string[]> {
  const p = await plan(filter, clock);
  if (!p) return [];
  const d = db();
  const text = p.text;
  const counts = await Promise.all(p.sources.map((s) => s.collection().count()));
  let smallest = -1;
  counts.forEach((c, i) => {
    if (smallest < 0 || c < counts[smallest]!) smallest = i;
  });

  if (smallest >= 0 && counts[smallest]! <= SMALL_SET) {
    const rows = await p.sources[smallest]!.collection().toArray();
    return rows
      .filter((r) => p.sources.every((s) => s.test(r)) && (!text || matchesQuery(r.searchText, text)))
      .sort(compareRows(p.order))
      .map((r) => r.id);
  }

  // Large sets: primary keys from the indexes only, in the order of the index that sorts them.
  const orderSource = p.sources.find((s) => s.orderKey === p.order);
  let ids: string[];
  if (orderSource) {
    ids = (await orderSource.collection().primaryKeys()) as string[];
  } else {
    ids = (await d.dossiers.orderBy('receivedAt').primaryKeys()) as string[];
  }
  if (p.order === 'receivedAt') ids.reverse();
  for (const s of p.sources) {
    if (s === orderSource) continue;
    const keys = new Set((await s.collection().primaryKeys()) as string[]);
    ids = ids.filter((id) => keys.has(id));
  }
  if (text) {
    const texts = await fillSearchTexts(ids);
    ids = ids.filter((id) => matchesQuery(texts.get(id) ?? '', text));
  }
  return ids;
}

/** The rows of the window on screen, in the order of `ids` (undefined for one just deleted). */
export function dossierRows(ids: readonly string[]): Promise<(DossierRow | undefined)[]> {
  return db().dossiers.bulkGet([...ids]);
}

export function getDossierRow(id: string): Promise<DossierRow | undefined> {
  return db().dossiers.get(id);
}

export interface ProcedureOption {
  id: string;
  code: string;
  name: string;
  fieldName: string;
}

/**
 * The procedures the device holds dossiers of (the list's filter choices): distinct keys of the
 * procedureId index, and one row each for the name and field, rather than the whole catalogue.
 */
export async function dossierProcedures(): Promise<ProcedureOption[]> {
  const d = db();
  const ids = (await d.dossiers.orderBy('procedureId').uniqueKeys()) as string[];
  const rows = await Promise.all(ids.map((id) => d.dossiers.where('procedureId').equals(id).last()));
  return rows
    .filter((r): r is DossierRow => r !== undefined)
    .map((r) => ({ id: r.procedureId, code: r.procedureCode, name: r.procedureName, fieldName: r.fieldName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
