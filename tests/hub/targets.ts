/**
 * The databases every hub suite runs on: embedded PGlite always, and a real PostgreSQL when
 * TEST_DATABASE_URL (a superuser URL of a throwaway server) is set — each suite then gets a fresh
 * database of its own, dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db';

export interface DbTarget {
  name: 'pglite' | 'postgres';
  /** A new, empty database; `drop` removes it. */
  create(): Promise<{ db: Database; drop(): Promise<void>; url?: string }>;
}

const pgliteTarget: DbTarget = {
  name: 'pglite',
  async create() {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, drop: () => db.close() };
  },
};

function postgresTarget(superUrl: string): DbTarget {
  return {
    name: 'postgres',
    async create() {
      const name = `hub_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: superUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(superUrl);
      url.pathname = `/${name}`;
      const db = await openDatabase({ url: url.toString() });
      return {
        db,
        url: url.toString(),
        async drop() {
          await db.close();
          const again = new pg.Client({ connectionString: superUrl });
          await again.connect();
          await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await again.end();
        },
      };
    },
  };
}

export const targets: DbTarget[] = [pgliteTarget, ...(process.env.TEST_DATABASE_URL ? [postgresTarget(process.env.TEST_DATABASE_URL)] : [])];
