/**
 * Helpers for suites that run on the throwaway PostgreSQL of tests/pg/globalSetup.ts (or any
 * server named by TEST_DATABASE_URL). Each suite works in a database of its own, created fresh and
 * dropped at the end, so suites never see each other's rows and can run in any order.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The superuser URL of the test server, or undefined when the PostgreSQL half is skipped. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** Why a PostgreSQL suite is skipped, for `describe.skipIf(!url)` titles. */
export const NO_POSTGRES = 'no PostgreSQL (TEST_DATABASE_URL unset and no /usr/lib/postgresql/*/bin): skipped';

export interface TestDatabase {
  /** URL of the new, empty database (same server and user as TEST_DATABASE_URL). */
  url: string;
  name: string;
  /** Drops it, closing whatever connections are still open on it. */
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database named `<prefix>_<random>` on the test server. */
export async function createTestDatabase(prefix: string, serverUrl = testDatabaseUrl()): Promise<TestDatabase> {
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 40)}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
