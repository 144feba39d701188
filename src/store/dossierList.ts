/**
 * The full dossier list (/ho-so): which dossiers match the officer's filters, in display order,
 * and the rows of the window on screen. Planned for 100,000 dossiers on the device (DOMAIN.md §9):
 * indexes narrow the set by primary keys only (text too, through the multi-entry index of each
 * dossier's words); whole rows are read only when the set is already small, and for the visible
 * window.
 */
import Dexie from 'dexie';
import { DAY_MS, epochDay, isValidDate, vnStartOfEpochDay } from '../domain/calendar/vnTime';
import type { DeskRules } from '../domain/deskSettings';
import type { DossierStatus } from '../domain/dossier/state';
import { searchTokens } from '../domain/searchText';
import { db, type MotcuaDatabase } from './db';
import type { DossierRow } from './dossierRow';
import { isNearDue, queueBounds, type QueueName } from './queues';

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
}

/** Below this many candidates, reading whole rows costs less than intersecting key sets. */
const SMALL_SET = 3000;

const ID_NUMBER = /^\d{12}$/;
/**
 * A dossier code (DOMAIN.md §4, e.g. 000.00.53.H48-220921-0099) or a tail of it: what a scanner
 * reads from a receipt's QR, or a citizen reads out ("220921-0099", "H48-220921-0099").
 */
const CODE_TAIL = /^(?:[0-9a-z.]*-)?(\d{6})-\d{4}$/i;

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
        collection: () => d.dossiers.where('openDueAt').between(now, nearDueUntil, true, true).filter((r) => isNearDue(r, now, clock.rules)),
        test: (r) => within(r.openDueAt, now, nearDueUntil) && isNearDue(r, now, clock.rules),
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

  const typed = (filter.text ?? '').trim();
  if (ID_NUMBER.test(typed)) {
    sources.push({ collection: () => d.dossiers.where('applicantIdNumber').equals(typed), test: (r) => r.applicantIdNumber === typed });
  } else if (CODE_TAIL.test(typed)) {
    // The day's dossiers (the receipt date is a word of the code, indexed), then the code's end.
    const day = CODE_TAIL.exec(typed)![1]!;
    const tail = typed.toUpperCase();
    sources.push({ collection: () => d.dossiers.where('searchWords').equals(day), test: (r) => r.code.toUpperCase().endsWith(tail) });
  } else if (typed) {
    // Every typed word must begin a word of the dossier (name, ID, code or a part of the code,
    // procedure): one index source per word, intersected like the other filters. A word found
    // only inside another ("guyen") does not count: names and codes are typed from their start.
    for (const token of new Set(searchTokens(typed))) {
      sources.push({
        collection: () => d.dossiers.where('searchWords').startsWith(token),
        test: (r) => r.searchWords.some((w) => w.startsWith(token)),
      });
    }
  }

  if (filter.status) {
    const status = filter.status;
    sources.push({
      // [status+receivedAt] hands the ids over already in display order: no intersection with
      // the whole receipt index (0.4 s at 100,000 dossiers before).
      collection: () => d.dossiers.where('[status+receivedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]),
      test: (r) => r.status === status,
      orderKey: 'receivedAt',
    });
  }
  if (filter.procedureId) {
    const id = filter.procedureId;
    sources.push({
      collection: () => d.dossiers.where('[procedureId+receivedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]),
      test: (r) => r.procedureId === id,
      orderKey: 'receivedAt',
    });
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
  return { sources, order };
}

function compareRows(order: OrderKey): (a: DossierRow, b: DossierRow) => number {
  const byId = (a: DossierRow, b: DossierRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Same order as reading the index: due keys ascending, receipt descending (ties by id likewise).
  if (order === 'receivedAt') return (a, b) => b.receivedAt - a.receivedAt || byId(b, a);
  return (a, b) => (a[order] ?? 0) - (b[order] ?? 0) || byId(a, b);
}

/** Ids of the dossiers matching the filter, in display order. */
export async function dossierListIds(filter: DossierListFilter, clock: ListClock): Promise<string[]> {
  const p = await plan(filter, clock);
  if (!p) return [];
  const d = db();
  const counts = await Promise.all(p.sources.map((s) => s.collection().count()));
  let smallest = -1;
  counts.forEach((c, i) => {
    if (smallest < 0 || c < counts[smallest]!) smallest = i;
  });

  if (smallest >= 0 && counts[smallest]! <= SMALL_SET) {
    // A multi-entry index lists a dossier once per matching word: keep each dossier once.
    const rows = [...new Map((await p.sources[smallest]!.collection().toArray()).map((r) => [r.id, r])).values()];
    return rows
      .filter((r) => p.sources.every((s) => s.test(r)))
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
