/**
 * Issue 7 §3: a pull cursor never skips a change that a concurrent transaction committed late.
 * Two built hub processes share one PostgreSQL database (as behind a load balancer). Four devices
 * of one commune push batches through either process at random while a fifth device pulls small
 * pages, also through either process, in a loop. A trigger installed for the test sleeps a few
 * milliseconds inside every transaction that stores events, after it has taken its numbers and
 * before it commits: the window in which a cursor built on numbers taken before commit would
 * jump over a transaction that commits late.
 *
 * At the end the puller has seen every event the hub acknowledged, exactly once, and in the order
 * of the commune's change counter (each event's `seq`, read from the database: the protocol does
 * not expose it) — with no hole in that counter.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { createTestDatabase, NO_POSTGRES, testDatabaseUrl, type TestDatabase } from '../pg/helpers';
import { DEMO, enrol, eventMaker, killAllHubs, pull, push, startHub, type Device, type HubProcess } from './hub';

const PUSHERS = 4;
const BATCHES_PER_PUSHER = 40;
const COMMUNE = 'muong-phang'; // DEMO.communeA in server/seed.ts

const serverUrl = testDatabaseUrl();
let database: TestDatabase | undefined;
let hubs: HubProcess[] = [];

afterAll(async () => {
  await killAllHubs();
  await database?.drop();
});

describe.skipIf(!serverUrl)(serverUrl ? 'two hub processes on one PostgreSQL' : `two hub processes on one PostgreSQL: ${NO_POSTGRES}`, () => {
  beforeAll(async () => {
    database = await createTestDatabase('hub_two_processes');
    // One after the other: the first migrates and seeds, the second finds it done.
    const first = await startHub({ databaseUrl: database.url });
    const second = await startHub({ databaseUrl: database.url });
    hubs = [first, second];
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(`
        CREATE FUNCTION motcua_test_late_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(random() * 0.015); RETURN NULL; END $$;
        CREATE TRIGGER motcua_test_late_commit AFTER INSERT ON events
          FOR EACH STATEMENT EXECUTE FUNCTION motcua_test_late_commit();`);
    } finally {
      await admin.end();
    }
  });

  it('a puller going through either process misses nothing committed late, and sees nothing twice', async () => {
    const anyHub = () => hubs[Math.floor(Math.random() * hubs.length)]!.url;
    const pushers: Device[] = [];
    for (let i = 0; i < PUSHERS; i++) pushers.push(await enrol(hubs[i % 2]!.url, i % 2 ? DEMO.communeA.officer2 : DEMO.communeA.officer));
    const reader = await enrol(hubs[1]!.url, DEMO.communeA.officer);

    const acked = new Set<string>();
    let pushing = true;

    const pushLoop = async (device: Device, p: number): Promise<void> => {
      const make = eventMaker(device);
      const dossiers = Array.from({ length: 4 }, () => make.received());
      const batches: DossierEvent[][] = [dossiers];
      for (let b = 0; b < BATCHES_PER_PUSHER; b++) {
        batches.push(Array.from({ length: 1 + ((b * 7 + p) % 9) }, (_, i) => make.noted(dossiers[(b + i) % dossiers.length]!.dossierId, `pusher ${p} batch ${b}.${i}`)));
      }
      for (const batch of batches) {
        const reply = await push(anyHub(), device, batch);
        for (const r of reply.results) {
          expect(r.status, `${r.id}: ${r.code ?? ''} ${r.message ?? ''}`).toBe('accepted');
          acked.add(r.id);
        }
      }
    };

    const seen: string[] = [];
    let pages = 0;
    const pullLoop = async (): Promise<void> => {
      let cursor: string | undefined;
      for (;;) {
        // Read before the request: a page that says "up to date" after the pushers had all
        // finished has seen everything they committed.
        const finished = !pushing;
        const page = await pull(anyHub(), reader, cursor, 1 + (pages++ % 13));
        for (const e of page.events as DossierEvent[]) seen.push(e.id);
        cursor = page.cursor;
        if (page.upToDate) {
          if (finished) return;
          await new Promise((r) => setTimeout(r, 3));
        }
      }
    };

    const puller = pullLoop();
    try {
      await Promise.all(pushers.map(pushLoop));
    } finally {
      // Also when a push failed: the puller then stops at its next "up to date" instead of
      // running on after the test.
      pushing = false;
      await puller;
    }

    const counts = new Map<string, number>();
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missed = [...acked].filter((id) => !counts.has(id));
    const twice = [...counts].filter(([, c]) => c > 1).map(([id]) => id);
    const unknown = seen.filter((id) => !acked.has(id));
    expect({ missed, twice, unknown }).toEqual({ missed: [], twice: [], unknown: [] });
    expect(acked.size).toBeGreaterThan(PUSHERS * BATCHES_PER_PUSHER);

    // The order the puller saw them in is the commune's commit order, and that counter has no gap.
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; seq: string }>('SELECT id, seq FROM events WHERE commune_id = $1 ORDER BY seq', [COMMUNE]);
      const seqOf = new Map(rows.map((r) => [r.id, Number(r.seq)]));
      const seenSeqs = seen.map((id) => seqOf.get(id)!);
      expect(seenSeqs.every((s, i) => i === 0 || s > seenSeqs[i - 1]!)).toBe(true);
      const all = rows.map((r) => Number(r.seq));
      expect(all).toEqual(all.map((_, i) => all[0]! + i));
      expect(rows.length).toBe(acked.size);
    } finally {
      await client.end();
    }
    console.log(`[two-hubs] ${acked.size} events pushed through 2 processes by ${PUSHERS} devices; ${pages} pages pulled; none missed, none twice`);
  });
});
