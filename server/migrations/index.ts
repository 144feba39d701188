/**
 * Versioned schema changes, applied in order by migrate.ts. A migration, once released, is never
 * edited: a change is a new entry at the end (hubs in the field upgrade through every step).
 * TypeScript modules rather than .sql files so that the bundled hub (dist-server/hub.mjs) carries
 * them with nothing to copy beside it.
 */
import { m001Accounts } from './001_accounts';
import { m002Sync } from './002_sync';
import { m003DossierCodes } from './003_dossier_codes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m001Accounts, m002Sync, m003DossierCodes];
