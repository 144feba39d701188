import type { Database } from './db';

/** What every route needs: the database and the hub's clock (tests move it). */
export interface HubContext {
  db: Database;
  now: () => number;
}
