/**
 * A cursor never skips a late commit: two hubs (each with its own connection pool, as two
 * processes would have) take concurrent pushes for one commune while a device pulls in a loop;
 * the puller must end with every event exactly once, and the seqs it saw must have no gaps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHub } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';
import { AGENCY_A, enrol, get, noted, OFFICER_A, OFFICER_A2, post, received, T0, type PullPage } from './harness';
import { targets } from './targets';

describe.each(targets)('concurrent pushes through two hubs on $name', (target) => {
  let dbs: Database[] = [];
  let drop: () => Promise<void>;
  let hubs: FastifyInstance[] = [];
  beforeAll(async () => {
    const created = await target.create();
    drop = created.drop;
    await migrate(created.db);
    await seedDemo(created.db);
    // A second pool on the same server for PostgreSQL; PGlite is one process, so it shares the handle.
    const second = created.url ? await openDatabase({ url: created.url }) : created.db;
    dbs = [created.db, second];
    hubs = dbs.map((database) => createHub({ database, now: () => T0, logger: false }));
  });
  afterAll(async () => {
    for (const h of hubs) await h.close();
    if (dbs[1] && dbs[1] !== dbs[0]) await dbs[1].close();
    await drop();
  });

  it('lets a puller see every event exactly once, with no gap in the commune sequence', async () => {
    const writers = await Promise.all([enrol(hubs[0]!, OFFICER_A, 'conc-w1'), enrol(hubs[1]!, OFFICER_A, 'conc-w2')]);
    const reader = await enrol(hubs[0]!, OFFICER_A2, 'conc-reader');
    const sent = new Set<string>();
    const pushes: Promise<void>[] = [];
    writers.forEach((w, i) => {
      pushes.push(
        (async () => {
          for (let round = 0; round < 15; round++) {
            const r = received(w.deviceId, AGENCY_A, { seq: w.codeSlot.first + round });
            const batch = [r, noted(w.deviceId, r.dossierId), noted(w.deviceId, r.dossierId)];
            const res = await post(hubs[(i + round) % 2]!, '/api/v1/sync/push', { events: batch, sentAt: T0 }, w.credential);
            expect(res.statusCode, res.body).toBe(200);
            for (const e of batch) sent.add(e.id);
          }
        })(),
      );
    });
    let done = false;
    const seen: string[] = [];
    let cursor: string | undefined;
    const pullOnce = async (hub: FastifyInstance) => {
      for (;;) {
        const res = await get(hub, `/api/v1/sync/pull?limit=7${cursor ? `&cursor=${cursor}` : ''}`, reader.credential);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as PullPage;
        seen.push(...page.events.map((e) => e.id));
        cursor = page.cursor;
        if (page.upToDate) return;
      }
    };
    const puller = (async () => {
      let k = 0;
      while (!done) {
        await pullOnce(hubs[k++ % 2]!);
        // Let the writers' I/O callbacks run between pulls (PGlite answers without touching the event loop).
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      await Promise.all(pushes);
    } finally {
      done = true;
      await puller;
    }
    await pullOnce(hubs[1]!);
    expect(seen.length).toBe(sent.size);
    expect(new Set(seen)).toEqual(sent);
    const seqs = (await dbs[0]!.query<{ seq: number }>("SELECT seq FROM events WHERE commune_id = 'muong-phang' ORDER BY seq")).rows.map((r) => r.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });
});
