/**
 * The statistics' facts (src/domain/statistics), kept packed: one record per month of receipt
 * holding the facts of every dossier received that month, column by column. IndexedDB hands
 * back a handful of records of plain arrays far faster than 50,000 small records (in Chromium,
 * a year of 50,000 dossiers: ~70 ms as 12 monthly blocks, ~450–700 ms as one record per
 * dossier — docs/benchmarks.md), and the reports screen reads a whole year at once.
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

/** The stored shape: the facts of one month of receipts, a column per field. */
export interface StatBlockRow {
  /** "YYYY-MM" of the receipts (Vietnam time). */
  month: string;
  /**
   * The latest instant any dossier of the block can still count at: its last finish, return or
   * rating; OPEN_UNTIL while one is unfinished. Indexed: a period starting after it needs none
   * of the block.
   */
  until: number;
  /** Procedures of the block: [code, name, field code, field name]; `proc` indexes into it. */
  dict: [string, string, string | null, string][];
  id: string[];
  code: string[];
  proc: number[];
  receivedAt: number[];
  channel: Channel[];
  originalDueAt: number[];
  /** Null for the (many) dossiers without a clock stop. */
  pauses: (PauseFact[] | null)[];
  apologisedAt: (number | null)[];
  newDueAt: (number | null)[];
  resolvedAt: (number | null)[];
  refused: boolean[];
  withdrawnAt: (number | null)[];
  withdrawal: ('withdrawn' | 'stopped' | null)[];
  returnedAt: (number | null)[];
  returnMethod: (ReturnMethod | null)[];
  ratedAt: (number | null)[];
  rating: (SatisfactionLevel | null)[];
  digitised: boolean[];
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

function emptyBlock(month: string): StatBlockRow {
  return {
    month,
    until: 0,
    dict: [],
    id: [],
    code: [],
    proc: [],
    receivedAt: [],
    channel: [],
    originalDueAt: [],
    pauses: [],
    apologisedAt: [],
    newDueAt: [],
    resolvedAt: [],
    refused: [],
    withdrawnAt: [],
    withdrawal: [],
    returnedAt: [],
    returnMethod: [],
    ratedAt: [],
    rating: [],
    digitised: [],
  };
}

/** The latest instant a dossier can count at (see `until`). */
function lastCount(f: DossierFacts): number {
  const ended = f.resolvedAt ?? f.withdrawnAt;
  if (ended === null) return OPEN_UNTIL;
  return Math.max(ended, f.returnedAt ?? 0, f.ratedAt ?? 0);
}

/** Writes `f` at position `i` of the block (i = length: appends). */
function setAt(b: StatBlockRow, i: number, f: DossierFacts, procIndex: Map<string, number>): void {
  const key = `${f.procedureCode}\u0000${f.procedureName}\u0000${f.fieldCode ?? ''}\u0000${f.fieldName}`;
  let p = procIndex.get(key);
  if (p === undefined) {
    p = b.dict.length;
    b.dict.push([f.procedureCode, f.procedureName, f.fieldCode, f.fieldName]);
    procIndex.set(key, p);
  }
  b.id[i] = f.id;
  b.code[i] = f.code;
  b.proc[i] = p;
  b.receivedAt[i] = f.receivedAt;
  b.channel[i] = f.channel;
  b.originalDueAt[i] = f.originalDueAt;
  b.pauses[i] = f.pauses.length > 0 ? f.pauses.map((x) => ({ ...x })) : null;
  b.apologisedAt[i] = f.apologisedAt;
  b.newDueAt[i] = f.newDueAt;
  b.resolvedAt[i] = f.resolvedAt;
  b.refused[i] = f.refused;
  b.withdrawnAt[i] = f.withdrawnAt;
  b.withdrawal[i] = f.withdrawal;
  b.returnedAt[i] = f.returnedAt;
  b.returnMethod[i] = f.returnMethod;
  b.ratedAt[i] = f.ratedAt;
  b.rating[i] = f.rating;
  b.digitised[i] = f.digitised;
}

function procKeys(b: StatBlockRow): Map<string, number> {
  return new Map(b.dict.map(([code, name, fieldCode, fieldName], i) => [`${code}\u0000${name}\u0000${fieldCode ?? ''}\u0000${fieldName}`, i]));
}

function recomputeUntil(b: StatBlockRow): void {
  let until = 0;
  for (let i = 0; i < b.id.length && until !== OPEN_UNTIL; i++) {
    const ended = b.resolvedAt[i] ?? b.withdrawnAt[i] ?? null;
    until = ended === null ? OPEN_UNTIL : Math.max(until, ended, b.returnedAt[i] ?? 0, b.ratedAt[i] ?? 0);
  }
  b.until = until;
}

/** The facts of a stored block. */
export function decodeBlock(b: StatBlockRow): DossierFacts[] {
  const out: DossierFacts[] = new Array(b.id.length);
  for (let i = 0; i < b.id.length; i++) {
    const [procedureCode, procedureName, fieldCode, fieldName] = b.dict[b.proc[i]!]!;
    out[i] = {
      id: b.id[i]!,
      code: b.code[i]!,
      receivedAt: b.receivedAt[i]!,
      channel: b.channel[i]!,
      fieldCode,
      fieldName,
      procedureCode,
      procedureName,
      originalDueAt: b.originalDueAt[i]!,
      pauses: b.pauses[i] ?? [],
      apologisedAt: b.apologisedAt[i] ?? null,
      newDueAt: b.newDueAt[i] ?? null,
      resolvedAt: b.resolvedAt[i] ?? null,
      refused: b.refused[i] ?? false,
      withdrawnAt: b.withdrawnAt[i] ?? null,
      withdrawal: b.withdrawal[i] ?? null,
      returnedAt: b.returnedAt[i] ?? null,
      returnMethod: b.returnMethod[i] ?? null,
      ratedAt: b.ratedAt[i] ?? null,
      rating: b.rating[i] ?? null,
      digitised: b.digitised[i] ?? false,
    };
  }
  return out;
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
  const next = months.map((month, k) => {
    const b = stored[k] ?? emptyBlock(month);
    const position = new Map(b.id.map((id, i) => [id, i]));
    const procIndex = procKeys(b);
    for (const f of byMonth.get(month) ?? []) {
      const i = position.get(f.id) ?? b.id.length;
      if (i === b.id.length) position.set(f.id, i);
      setAt(b, i, f, procIndex);
    }
    recomputeUntil(b);
    return b;
  });
  await blocks.bulkPut(next);
}

/**
 * The facts of every dossier that may count in a period [start, end): those received in its
 * months, and those received earlier in blocks that can still count at `start` (`until`).
 */
export async function readStatFacts(database: MotcuaDatabase, firstMonth: string, lastMonth: string, start: number): Promise<DossierFacts[]> {
  const inRange = await database.statBlocks.where('month').between(firstMonth, lastMonth, true, true).toArray();
  const earlierKeys = ((await database.statBlocks.where('until').aboveOrEqual(start).primaryKeys()) as string[]).filter((m) => m < firstMonth);
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
