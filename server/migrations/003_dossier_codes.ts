import type { Migration } from './index';

/**
 * A dossier code names one dossier: the citizen looks it up by it. Codes are unique by
 * construction once devices number within their hub-given ranges, but a device used alone before
 * enrolment numbered from 1 like every other: the hub refuses a second receipt with a code it
 * already holds (push.ts, `duplicate-code`), and this index makes that check cheap and final.
 */
export const m003DossierCodes: Migration = {
  version: 3,
  name: 'dossier-codes',
  sql: `CREATE UNIQUE INDEX dossiers_code_key ON dossiers (code) WHERE code <> '';`,
};
