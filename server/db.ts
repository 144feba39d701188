/**
 * One database interface over embedded PGlite (the default: a data folder, nothing to install)
 * and a real PostgreSQL server (`pg`, when DATABASE_URL is set). The hub writes one set of SQL
 * ($1 parameters, plain PostgreSQL) for both.
 *
 * Durability of the embedded default (docs/durability.md): PGlite starts PostgreSQL with fsync off
 * (`-F`), and in Node its fsync is a no-op anyway; every write still goes straight to the data
 * folder's files, so a killed hub process loses nothing it acknowledged. For a power cut, the hub
 * starts PGlite without `-F` and with `wal_sync_method=open_datasync`: the WAL file is then opened
 * O_SYNC on the host, and each COMMIT is on the disk before the reply (about 8 ms more per push
 * batch, bench/durability.mjs). What stays exposed: a checkpoint's data pages (at close, or every
 * 1 GB of WAL), which is why close() ends with `sync -f` on the folder. After a COMMIT we also run
 * one more top-level statement and ask PGlite to sync its filesystem (PGlite issue #1065; a no-op
 * for a Node data folder, kept for the other file layers). A real PostgreSQL (DATABASE_URL) has
 * none of these limits.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface QueryResult<T> {
  rows: T[];
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… — a real server. */
  url?: string;
  /** PGlite data folder; 'memory://' for a throwaway in-memory database (tests). */
  dataDir?: string;
}

// bigint columns come back as strings from pg (exact), as numbers from PGlite: the hub only keeps
// values below 2^53 in them (epoch ms, counters), so read both as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dataDir ?? 'data/hub');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const inMemory = dataDir.startsWith('memory://');
  const db = await PGlite.create(inMemory ? undefined : dataDir, inMemory ? {} : { startParams: [...DURABLE_START_PARAMS] });
  const flush = async () => {
    // A top-level statement after the COMMIT, then the filesystem sync (see the header).
    await db.query('SELECT 1');
    await db.syncToFs();
  };
  return {
    kind: 'pglite',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await db.query<T>(sql, params as unknown[]);
      // Statements outside a transaction (login counters, sessions) are acknowledged too.
      if (!/^\s*select/i.test(sql)) await db.syncToFs();
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await db.exec(sql);
      await db.syncToFs();
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const value = await db.transaction(async (tx) =>
        fn({
          async query<R>(sql: string, params?: unknown[]) {
            const result = await tx.query<R>(sql, params as unknown[]);
            return { rows: result.rows };
          },
          async exec(sql: string) {
            await tx.exec(sql);
          },
        }),
      );
      await flush();
      return value;
    },
    async close() {
      await db.close();
      // close() checkpoints: its data pages are written without fsync (a no-op in PGlite's file
      // layer). syncfs the folder so that a power cut right after a stop finds them on the disk.
      if (!inMemory) await new Promise<void>((resolve) => execFile('sync', ['-f', dataDir], () => resolve()));
    },
  };
}

/**
 * PGlite's own start parameters without `-F` (fsync off), WAL opened with O_DSYNC (mapped to the
 * host's O_SYNC by its Node file layer). They replace PGlite's whole list: check them again when
 * PGlite is upgraded (tests/hub/durability-settings.test.ts reads them back).
 */
export const DURABLE_START_PARAMS: readonly string[] = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=open_datasync'];

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's connection error must not crash the hub; the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      const result = await pool.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await fn({
          async query<R>(sql: string, params?: unknown[]) {
            const result = await client.query(sql, params);
            return { rows: result.rows as R[] };
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
