/**
 * One database interface over embedded PGlite (the default: a data folder, nothing to install)
 * and a real PostgreSQL server (`pg`, when DATABASE_URL is set). The hub writes one set of SQL
 * ($1 parameters, plain PostgreSQL) for both.
 *
 * Durability of the embedded default: PGlite runs PostgreSQL with fsync off, writing its files
 * through Node's fs into the data folder. After a COMMIT we run one more top-level statement and
 * ask PGlite to sync its filesystem (PGlite issue #1065: transaction() alone may return before
 * the files are written), so a reply is only sent once the write is in the data folder: a killed
 * hub process loses nothing it acknowledged. What the operating system had not flushed to the
 * disk when the power is cut can still be lost (fsync off); use a real PostgreSQL for that.
 */
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
  const db = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir);
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
    },
  };
}

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
