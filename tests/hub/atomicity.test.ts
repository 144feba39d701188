import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../server/db';
import { AGENCY_A, enrol, noted, OFFICER_A, post, received, startHub, T0, type Hub } from './harness';
import { targets } from './targets';

/** A database whose transactions fail at the dossier re-derivation when `failing` is set. */
function failingAtDerivation(db: Database, state: { failing: boolean }): Database {
  return {
    ...db,
    kind: db.kind,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    close: db.close.bind(db),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) =>
        fn({
          exec: tx.exec.bind(tx),
          query: async <R>(sql: string, params?: unknown[]) => {
            if (state.failing && sql.includes('INSERT INTO dossiers')) throw new Error('disk full (simulated)');
            return tx.query<R>(sql, params);
          },
        }),
      ),
  };
}

describe.each(targets)('batch atomicity on $name', (target) => {
  let hub: Hub;
  const state = { failing: false };
  beforeAll(async () => {
    hub = await startHub(target, (db) => failingAtDerivation(db, state));
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("stores none of a batch's events when its transaction fails, and all of them when it is sent again", async () => {
    const dev = await enrol(hub.app, OFFICER_A);
    const r = received(dev.deviceId, AGENCY_A);
    const batch = [r, noted(dev.deviceId, r.dossierId), noted(dev.deviceId, r.dossierId)];
    const seqBefore = (await hub.db.query<{ change_seq: number }>("SELECT change_seq FROM communes WHERE id = 'muong-phang'")).rows[0]!.change_seq;
    state.failing = true;
    const failed = await post(hub.app, '/api/v1/sync/push', { events: batch, sentAt: T0 }, dev.credential);
    expect(failed.statusCode).toBe(500);
    expect(failed.json().error.code).toBe('internal');
    expect((await hub.db.query('SELECT id FROM events WHERE dossier_id = $1', [r.dossierId])).rows).toHaveLength(0);
    expect((await hub.db.query<{ change_seq: number }>("SELECT change_seq FROM communes WHERE id = 'muong-phang'")).rows[0]!.change_seq).toBe(seqBefore);
    state.failing = false;
    const ok = await post(hub.app, '/api/v1/sync/push', { events: batch, sentAt: T0 }, dev.credential);
    expect(ok.json().results.map((x: { status: string }) => x.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect((await hub.db.query('SELECT id FROM events WHERE dossier_id = $1', [r.dossierId])).rows).toHaveLength(3);
  });
});
