/**
 * The statistics' facts (src/domain/statistics), kept packed: one record per month of receipt
 * holding the facts of every dossier received that month, column by column, in typed arrays and
 * joined strings. IndexedDB hands back a few records of bytes far faster than many small records:
 * in Chromium, a year of 50,000 dossiers took ~450–700 ms as one record per dossier, ~140 ms as
 * twelve blocks of plain arrays, and less again as typed arrays, which it copies rather than
 * rebuilds value by value (docs/benchmarks.md).
 *
 * The blocks are a cache of the events: every write that derives a dossier's row again also
 * puts its facts here, in the same transaction (dossiers.ts, sync.ts), and schema version 8
 * built them from the events already stored.
 */
import type { ReturnMethod, SatisfactionLevel } from '../domain/dossier/events';
import type { Channel } from '../domain/procedure';
import type { DossierFacts, PauseFact } from '../domain/statistics/types';
import { vnDate } from '../domain/calendar/vnTime';
import type { MotcuaDatabase } from './db';

/** `until` of a block holding a dossier that is not finished: it may count in any later period. */
export const OPEN_UNTIL = Number.MAX_SAFE_INTEGER;

/** Joins the ids and codes of a block: the ASCII unit separator, which no id or code holds. */
const SEPARATOR = '\u001f';

/** The instants of a dossier's facts, one Float64Array each; NaN stands for null. */
const TIMES = ['receivedAt', 'originalDueAt', 'apologisedAt', 'newDueAt', 'resolvedAt', 'withdrawnAt', 'returnedAt', 'ratedAt'] as const;
type TimeKey = (typeof TIMES)[number];

/** Small enumerations, one byte each: index in the list, 0 for null where null is allowed. */
const CHANNEL_CODES: readonly Channel[] = ['desk', 'online', 'postal'];
const WITHDRAWAL_CODES = [null, 'withdrawn', 'stopped'] as const;
const RETURN_CODES: readonly (ReturnMethod | null)[] = [null, 'desk', 'postal', 'online'];
const RATING_CODES: readonly (SatisfactionLevel | null)[] = [null, 'very-satisfied', 'satisfied', 'acceptable', 'not-satisfied'];

const BYTES = ['channel', 'withdrawal', 'returnMethod', 'rating', 'refused', 'digitised'] as const;

/** The stored shape: the facts of one month of receipts. */
export interface StatBlockRow {
  /** "YYYY-MM" of the receipts (Vietnam time). */
  month: string;
  /**
   * The latest instant any dossier of the block can still count at: its last finish, return or
   * rating; OPEN_UNTIL while one is unfinished. Indexed: a period starting after it needs none
   * of the block.
   */
  until: number;
  /** Number of dossiers. */
  n: number;
  /** Procedures of the block: [code, name, field code, field name]; `proc` indexes into it. */
  dict: [string, string, string | null, string][];
  /** Dossier ids and codes, joined with SEPARATOR (one string each to store and read). */
  ids: string;
  codes: string;
  proc: Uint32Array;
  times: Record<TimeKey, Float64Array>;
  /** channel, withdrawal, return method, rating, refused, digitised: one byte each per dossier. */
  channel: Uint8Array;
  withdrawal: Uint8Array;
  returnMethod: Uint8Array;
  rating: Uint8Array;
  refused: Uint8Array;
  digitised: Uint8Array;
  /**
   * Clock stops, only for the dossiers that had any, as numbers four by four: position, from,
   * to (NaN while it lasts), shift — one typed array rather than thousands of small objects.
   */
  pauses: Float64Array;
  /** Number of clock stops in `pauses` (read by index only, never through a typed array's getters). */
  pauseCount: number;
}

/** The block table as the store's tables and an upgrade transaction's table both offer it. */
export interface BlockTable {
  bulkGet(keys: string[]): PromiseLike<(StatBlockRow | undefined)[]>;
  bulkPut(rows: readonly StatBlockRow[]): PromiseLike<unknown>;
}

/** The block a dossier's facts belong to. */
export function blockMonth(receivedAt: number): string {
  return vnDate(receivedAt).slice(0, 7);
}

/** The latest instant a dossier can count at (see `until`). */
function lastCount(f: DossierFacts): number {
  const ended = f.resolvedAt ?? f.withdrawnAt;
  if (ended === null) return OPEN_UNTIL;
  return Math.max(ended, f.returnedAt ?? 0, f.ratedAt ?? 0);
}

const orNaN = (t: number | null): number => (t === null ? Number.NaN : t);
const orNull = (t: number | undefined): number | null => (t === undefined || Number.isNaN(t) ? null : t);

/** The facts of a stored block. */
export function decodeBlock(b: StatBlockRow): DossierFacts[] {
  const n = b.n;
  const out: DossierFacts[] = new Array(n);
  if (n === 0) return out;
  const ids = b.ids.split(SEPARATOR);
  const codes = b.codes.split(SEPARATOR);
  const pauses = unpackPauses(b);
  const t = b.times;
  for (let i = 0; i < n; i++) {
    const [procedureCode, procedureName, fieldCode, fieldName] = b.dict[b.proc[i]!]!;
    out[i] = {
      id: ids[i]!,
      code: codes[i]!,
      receivedAt: t.receivedAt[i]!,
      channel: CHANNEL_CODES[b.channel[i]!]!,
      fieldCode,
      fieldName,
      procedureCode,
      procedureName,
      originalDueAt: t.originalDueAt[i]!,
      pauses: pauses.get(i) ?? [],
      apologisedAt: orNull(t.apologisedAt[i]),
      newDueAt: orNull(t.newDueAt[i]),
      resolvedAt: orNull(t.resolvedAt[i]),
      refused: b.refused[i] === 1,
      withdrawnAt: orNull(t.withdrawnAt[i]),
      withdrawal: WITHDRAWAL_CODES[b.withdrawal[i]!] ?? null,
      returnedAt: orNull(t.returnedAt[i]),
      returnMethod: RETURN_CODES[b.returnMethod[i]!] ?? null,
      ratedAt: orNull(t.ratedAt[i]),
      rating: RATING_CODES[b.rating[i]!] ?? null,
      digitised: b.digitised[i] === 1,
    };
  }
  return out;
}

/** An empty block of a month. */
function emptyBlock(month: string): StatBlockRow {
  return {
    month,
    until: 0,
    n: 0,
    dict: [],
    ids: '',
    codes: '',
    proc: new Uint32Array(0),
    times: Object.fromEntries(TIMES.map((k) => [k, new Float64Array(0)])) as Record<TimeKey, Float64Array>,
    channel: new Uint8Array(0),
    withdrawal: new Uint8Array(0),
    returnMethod: new Uint8Array(0),
    rating: new Uint8Array(0),
    refused: new Uint8Array(0),
    digitised: new Uint8Array(0),
    pauses: new Float64Array(0),
    pauseCount: 0,
  };
}

/**
 * The packed clock stops by position. Read by index up to `pauseCount`: a typed array that went
 * through a structured clone of another realm (fake-indexeddb under jsdom in the tests) keeps its
 * elements but not its getters.
 */
function unpackPauses(b: Pick<StatBlockRow, 'pauses' | 'pauseCount'>): Map<number, PauseFact[]> {
  const out = new Map<number, PauseFact[]>();
  const packed = b.pauses;
  for (let k = 0; k < b.pauseCount * 4; k += 4) {
    const i = packed[k]!;
    const to = packed[k + 2]!;
    const list = out.get(i) ?? [];
    list.push({ from: packed[k + 1]!, to: Number.isNaN(to) ? null : to, shift: packed[k + 3]! });
    out.set(i, list);
  }
  return out;
}

function packPauses(byPosition: Map<number, PauseFact[]>): Float64Array {
  const rows = [...byPosition].sort((x, y) => x[0] - y[0]).flatMap(([i, list]) => list.flatMap((p) => [i, p.from, p.to ?? Number.NaN, p.shift]));
  return Float64Array.from(rows);
}

/**
 * A copy of a column at length `n`, element by element (see `unpackPauses` on why not `set()` or
 * `slice()`): its first `held` values, zeros after.
 */
function grown<T extends Uint8Array | Uint32Array | Float64Array>(make: new (n: number) => T, a: ArrayLike<number>, held: number, n: number): T {
  const next = new make(n);
  for (let i = 0; i < held; i++) next[i] = a[i]!;
  return next;
}

/**
 * The block with these facts put in: a dossier it holds is overwritten where it stands, a new one
 * appended. Works on the columns, without unpacking the block's other dossiers, so that a save at
 * the desk rewrites its month's block in a few milliseconds.
 */
export function withFacts(block: StatBlockRow, facts: readonly DossierFacts[]): StatBlockRow {
  const b: StatBlockRow = { ...block, times: { ...block.times }, dict: [...block.dict] };
  const ids = b.n > 0 ? b.ids.split(SEPARATOR) : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const added = facts.filter((f) => !position.has(f.id) && !seen.has(f.id) && seen.add(f.id));
  const held = b.n;
  const n = held + added.length;
  b.proc = grown(Uint32Array, block.proc, held, n);
  for (const k of TIMES) b.times[k] = grown(Float64Array, block.times[k], held, n);
  for (const k of BYTES) b[k] = grown(Uint8Array, block[k], held, n);
  if (added.length > 0) {
    const codes = held > 0 ? b.codes.split(SEPARATOR) : [];
    for (const f of added) {
      position.set(f.id, ids.length);
      ids.push(f.id);
      codes.push(f.code);
    }
    b.ids = ids.join(SEPARATOR);
    b.codes = codes.join(SEPARATOR);
    b.n = n;
  }
  const procIndex = new Map(b.dict.map(([code, name, fieldCode, fieldName], i) => [`${code}\u0000${name}\u0000${fieldCode ?? ''}\u0000${fieldName}`, i]));
  const paused = unpackPauses(b);
  for (const f of facts) {
    const i = position.get(f.id)!;
    const key = `${f.procedureCode}\u0000${f.procedureName}\u0000${f.fieldCode ?? ''}\u0000${f.fieldName}`;
    let p = procIndex.get(key);
    if (p === undefined) {
      p = b.dict.length;
      b.dict.push([f.procedureCode, f.procedureName, f.fieldCode, f.fieldName]);
      procIndex.set(key, p);
    }
    b.proc[i] = p;
    for (const k of TIMES) b.times[k][i] = orNaN(f[k]);
    b.channel[i] = Math.max(0, CHANNEL_CODES.indexOf(f.channel));
    b.withdrawal[i] = Math.max(0, WITHDRAWAL_CODES.indexOf(f.withdrawal));
    b.returnMethod[i] = Math.max(0, RETURN_CODES.indexOf(f.returnMethod));
    b.rating[i] = Math.max(0, RATING_CODES.indexOf(f.rating));
    b.refused[i] = f.refused ? 1 : 0;
    b.digitised[i] = f.digitised ? 1 : 0;
    if (f.pauses.length > 0) paused.set(i, f.pauses.map((x) => ({ ...x })));
    else paused.delete(i);
  }
  b.pauses = packPauses(paused);
  b.pauseCount = b.pauses.length / 4;
  b.until = untilOf(b);
  return b;
}

/** The latest instant any dossier of the block can count at (see `until`). */
function untilOf(b: StatBlockRow): number {
  const t = b.times;
  let until = 0;
  for (let i = 0; i < b.n; i++) {
    const ended = Number.isNaN(t.resolvedAt[i]!) ? t.withdrawnAt[i]! : t.resolvedAt[i]!;
    if (Number.isNaN(ended)) return OPEN_UNTIL;
    until = Math.max(until, ended, Number.isNaN(t.returnedAt[i]!) ? 0 : t.returnedAt[i]!, Number.isNaN(t.ratedAt[i]!) ? 0 : t.ratedAt[i]!);
  }
  return until;
}

/** The block of these facts (in this order). */
export function encodeBlock(month: string, facts: readonly DossierFacts[]): StatBlockRow {
  return withFacts(emptyBlock(month), facts);
}

/**
 * Puts the facts of these dossiers into their month's blocks, replacing what a block held for the
 * same dossier (a dossier never changes month: its receipt is fixed). Must run inside a
 * transaction that includes the table; one read and one write per month touched.
 */
export async function putStatFacts(blocks: BlockTable, facts: readonly DossierFacts[]): Promise<void> {
  if (facts.length === 0) return;
  const byMonth = new Map<string, DossierFacts[]>();
  for (const f of facts) {
    const m = blockMonth(f.receivedAt);
    const list = byMonth.get(m);
    if (list) list.push(f);
    else byMonth.set(m, [f]);
  }
  const months = [...byMonth.keys()];
  const stored = await blocks.bulkGet(months);
  await blocks.bulkPut(months.map((month, k) => withFacts(stored[k] ?? emptyBlock(month), byMonth.get(month) ?? [])));
}

/**
 * The facts of every dossier that may count in a period [start, end): those received in its
 * months, and those received earlier in blocks that can still count at `start` (`until`).
 */
export async function readStatFacts(database: MotcuaDatabase, firstMonth: string, lastMonth: string, start: number): Promise<DossierFacts[]> {
  // Both asked at once: IndexedDB serves them in parallel.
  const [inRange, keys] = await Promise.all([
    database.statBlocks.where('month').between(firstMonth, lastMonth, true, true).toArray(),
    database.statBlocks.where('until').aboveOrEqual(start).primaryKeys() as Promise<string[]>,
  ]);
  const earlierKeys = keys.filter((m) => m < firstMonth);
  const earlier = earlierKeys.length > 0 ? ((await database.statBlocks.bulkGet(earlierKeys)).filter(Boolean) as StatBlockRow[]) : [];
  const out: DossierFacts[] = [];
  for (const b of [...earlier, ...inRange]) {
    const facts = decodeBlock(b);
    if (b.month < firstMonth) {
      for (const f of facts) if (lastCount(f) >= start) out.push(f);
    } else {
      for (const f of facts) out.push(f);
    }
  }
  return out;
}
