/**
 * Applies the migrations a database lacks, each in its own transaction with its row in
 * schema_migrations. Several hub processes may start at once on one PostgreSQL: a transaction-level
 * advisory lock makes the others wait and then find the work done.
 */
import type { Database } from './db';
import { MIGRATIONS, type Migration } from './migrations/index';

/** Arbitrary constant naming "the hub's schema migration" among advisory locks. */
const MIGRATION_LOCK = 7_204_113;

export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`).catch(async (error: unknown) => {
    // Two processes creating the table at once: one loses the race on the catalog; it exists now.
    const exists = await db.query(`SELECT to_regclass('schema_migrations') AS t`);
    if (!exists.rows[0] || !(exists.rows[0] as { t: unknown }).t) throw error;
  });
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (found.rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
