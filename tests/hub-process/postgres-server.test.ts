/**
 * The throwaway PostgreSQL of tests/pg/globalSetup.ts reaches the test workers, and each suite can
 * get a database of its own on it.
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { createTestDatabase, NO_POSTGRES, testDatabaseUrl } from '../pg/helpers';
import { findPostgresBin } from '../pg/globalSetup';

const url = testDatabaseUrl();

describe('throwaway PostgreSQL', () => {
  it('is there whenever the machine has Debian’s binaries', () => {
    // CI installs them (.ci/run): there, a missing server would silently halve the hub suites.
    if (findPostgresBin()) expect(url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
    else expect(existsSync('/usr/lib/postgresql')).toBe(false);
  });

  describe.skipIf(!url)(url ? 'a database per suite' : NO_POSTGRES, () => {
    it('creates a fresh database, usable at once, and drops it', async () => {
      const db = await createTestDatabase('selftest');
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      client.on('error', () => {}); // its backend is terminated by DROP … WITH (FORCE) below
      const { rows } = await client.query<{ db: string; n: string }>('SELECT current_database() AS db, count(*) AS n FROM pg_tables WHERE schemaname = $1', ['public']);
      expect(rows[0]).toEqual({ db: db.name, n: '0' });
      // Left open on purpose: drop() must not wait for the suite to close everything first.
      await db.drop();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const left = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
      await admin.end();
      expect(left.rowCount).toBe(0);
    });
  });
});
