/**
 * The conflict queue: dossiers with events that the rules forbade in the merged order of the
 * devices' histories and that no officer has resolved yet (DossierState.conflicts).
 *
 * Answered from the sparse `conflictAt` index of the dossiers when the database has it (schema
 * version 7); a database opened with an older schema has no such index, and is read with a filter
 * over every row instead — correct, only slower.
 */
import { db, type MotcuaDatabase } from './db';
import type { DossierRow } from './dossierRow';

function hasConflictIndex(database: MotcuaDatabase): boolean {
  return database.dossiers.schema.indexes.some((i) => i.name === 'conflictAt');
}

/** Dossiers with open conflicts. */
export async function conflictCount(database: MotcuaDatabase = db()): Promise<number> {
  if (hasConflictIndex(database)) return database.dossiers.orderBy('conflictAt').count();
  return database.dossiers.filter((r) => r.conflictAt !== undefined).count();
}

/** Dossiers with open conflicts, the newest conflict first. */
export async function conflictRows(limit = 200, database: MotcuaDatabase = db()): Promise<DossierRow[]> {
  if (hasConflictIndex(database)) return database.dossiers.orderBy('conflictAt').reverse().limit(limit).toArray();
  const rows = await database.dossiers.filter((r) => r.conflictAt !== undefined).toArray();
  return rows.sort((a, b) => b.conflictAt! - a.conflictAt! || (a.code < b.code ? -1 : 1)).slice(0, limit);
}
