/**
 * The push loop on a long outbox: batches grouped for compression (wireOrder) and, once at the
 * limit, several batches on their way at once — without a dossier's events ever reaching the hub out
 * of order, even when the later batch is stored first.
 */
import { describe, expect, it } from 'vitest';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { receiveDossier } from '../../src/store/dossiers';
import { loadSettings } from '../../src/store/settings';
import { countOutbox, type OutgoingEvent } from '../../src/store/sync';
import { saveEnrolment } from '../../src/store/syncState';
import { createSyncEngine, PIPELINE_DEPTH, wireOrder } from '../../src/sync/engine';
import { LIMITS, type PushReply } from '../../src/sync/protocol';
import type { SyncTransport } from '../../src/sync/transport';
import { freshDatabase, receiveInput, TEST_PROCEDURE } from './helpers';
import { COMMUNE, FakeHub } from './syncFakeHub';

type Received = Extract<DossierEvent, { type: 'received' }>;

function received(id: string, dossierId: string, procedureVersion: string): OutgoingEvent {
  const event = { id, dossierId, type: 'received', terms: { procedureVersion }, caseId: null, channel: 'desk' } as unknown as Received;
  return { seq: 0, event };
}
const noted = (id: string, dossierId: string): OutgoingEvent => ({ seq: 0, event: { id, dossierId, type: 'noted', text: 'x' } as unknown as DossierEvent });

describe('wireOrder', () => {
  it('puts received events first, grouped by procedure in outbox order, and keeps each dossier\'s events in order', () => {
    const batch = [received('r1', 'd1', 'B@1'), noted('n1', 'd1'), received('r2', 'd2', 'A@1'), received('r3', 'd3', 'B@1'), noted('n2', 'd2'), noted('n1b', 'd1')];
    const ids = wireOrder(batch).map((b) => b.event.id);
    expect(ids).toEqual(['r2', 'r1', 'r3', 'n1', 'n2', 'n1b']);
    expect(wireOrder(batch)).toHaveLength(batch.length);
  });
});

describe('push pipeline', () => {
  it('keeps several batches in flight once at the limit, and never sends an event while an earlier one of its dossier is on its way', async () => {
    const hub = new FakeHub();
    const database = await freshDatabase();
    const { deviceId } = await loadSettings(database);
    const { credential, device } = hub.enrolDevice(deviceId);
    await saveEnrolment(database, { hubUrl: 'x', deviceId, deviceName: 'm', credential, commune: COMMUNE, officer: { id: 'o', name: 'o' }, codeSlot: device.codeSlot, enrolledAt: 0 });

    // One real receipt as the template, then copies written straight into the tables (thousands
    // of receipts through the store would take the test minutes): 2,400 receipts, then a note
    // for each of the last 600, so that notes follow receipts still on their way.
    await receiveDossier(receiveInput(hub.time - 60_000, { kind: 'person', name: 'Mẫu' }), database);
    const first = (await database.events.toArray())[0]! as Received;
    await Promise.all([database.outbox.clear(), database.events.clear(), database.dossiers.clear()]);
    const events: DossierEvent[] = [];
    const hlc = (n: number) => `${String(hub.time - 30_000).padStart(15, '0')}:${n.toString(36).padStart(5, '0')}:${deviceId}`;
    let n = 0;
    const dossiers: string[] = [];
    for (let i = 0; i < 2400; i++) {
      const dossierId = crypto.randomUUID();
      dossiers.push(dossierId);
      const code = `${first.code.slice(0, -4)}${String((i % 999) + 1).padStart(4, '0')}`;
      events.push({ ...first, id: crypto.randomUUID(), dossierId, hlc: hlc(++n), code, terms: { ...first.terms, procedureVersion: `${TEST_PROCEDURE.id}@${i % 3}` } });
    }
    for (const dossierId of dossiers.slice(-600)) {
      events.push({ id: crypto.randomUUID(), dossierId, deviceId, officerId: 'o1', hlc: hlc(++n), at: hub.time - 30_000, type: 'noted', text: 'Gọi điện hẹn công dân' });
    }
    await database.events.bulkAdd(events);
    await database.outbox.bulkAdd(events.map((e) => ({ eventId: e.id, dossierId: e.dossierId, createdAt: e.at, attempts: 0 })));

    // A link on which the later batches reach the hub first.
    const inner = hub.transport();
    let inFlight = 0;
    let maxInFlight = 0;
    const held: (() => void)[] = [];
    const release = () => {
      while (held.length > 0) held.pop()!();
    };
    const transport: SyncTransport = {
      ...inner,
      push: (cred, req) =>
        new Promise<PushReply>((resolve, reject) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          held.push(() => {
            inFlight -= 1;
            inner.push(cred, req).then(resolve, reject);
          });
          if (held.length >= PIPELINE_DEPTH) release();
          else setTimeout(release, 1000); // a lone batch (not pipelined, or the last one)
        }),
    };
    const engine = createSyncEngine({ db: database, transport, now: () => hub.time, locks: null });
    const outcome = await engine.syncNow();

    expect(outcome).toMatchObject({ kind: 'synced', pushed: events.length, refused: 0 });
    expect(await countOutbox(database)).toEqual({ pending: 0, refused: 0 });
    expect(maxInFlight).toBe(PIPELINE_DEPTH);
    expect(Math.max(...hub.pushSizes)).toBe(LIMITS.pushEvents);
    // Every event once, and each note stored after its dossier's receipt.
    expect(hub.stored).toHaveLength(events.length);
    expect(new Set(hub.stored.map((s) => s.event.id)).size).toBe(events.length);
    const seqOf = new Map(hub.stored.map((s) => [`${s.event.type}:${s.event.dossierId}`, s.seq]));
    for (const dossierId of dossiers.slice(-600)) expect(seqOf.get(`noted:${dossierId}`)!).toBeGreaterThan(seqOf.get(`received:${dossierId}`)!);
  });
});
