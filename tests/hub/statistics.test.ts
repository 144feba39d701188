/**
 * The hub reuses the statistics module unchanged (issue 8): two devices of one commune, each with
 * its own fake-indexeddb database and the app's own store and sync engine, make dossiers across a
 * month end — received, transferred, returned on the other device, a supplement whose clock stop
 * spans 31 October, an apology, late resolutions, a withdrawal, a refusal, one open and overdue,
 * one still waiting for papers — and sync them through the real hub (in-process, PGlite and, with
 * TEST_DATABASE_URL, PostgreSQL). Then the hub's report for the commune, computed from the events
 * in its database (server/statistics.ts: `dossierFacts` + `computeReport`), must equal the one each
 * device computes from its own IndexedDB (`loadStatFacts` + `computeReport`), for every period.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communeFacts, communeReport } from '../../server/statistics';
import { rulesFor } from '../../src/domain/deskSettings';
import type { DossierEventPayload } from '../../src/domain/dossier/events';
import { computeReport, periodOf, type Period, type Report } from '../../src/domain/statistics';
import type { MotcuaDatabase } from '../../src/store/db';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { readSettings } from '../../src/store/settings';
import { loadStatFacts } from '../../src/store/statistics';
import { enrolDevice } from '../../src/sync/enrol';
import { createSyncEngine, type SyncEngine } from '../../src/sync/engine';
import { receiveInput, vn } from '../store/helpers';
import { deviceDatabase, hubTransport, Network, PASSWORD, Rng, type HubSite, type Link } from './convergenceSim';
import { startHub, type Hub } from './harness';
import { targets } from './targets';

const COMMUNE = 'muong-phang';
const HANDLER = { kind: 'commune-specialist' as const, name: 'Công chức Tư pháp - Hộ tịch', person: 'Quàng Văn Inh' };
const DESK = { kind: 'desk' as const, name: 'Bộ phận Một cửa', person: 'Lò Thị Ún' };

interface Device {
  database: MotcuaDatabase;
  engine: SyncEngine;
}

for (const target of targets) {
  describe(`the hub's figures are the desk's (${target.name})`, () => {
    let hub: Hub;
    beforeEach(async () => {
      hub = await startHub(target);
    });
    afterEach(async () => {
      await hub.close();
    });

    it('computes, from the events it holds, the report each device computes from its own', async () => {
      const clock = hub.clock;
      clock.now = vn('2026-10-26T08:00');
      const network = new Network({ app: hub.app } as unknown as HubSite, new Rng(1));
      const link: Link = { online: true, faults: false, loseReply: 0, duplicate: 0, delay: 0 };
      const device = async (name: string, username: string): Promise<Device> => {
        const database = deviceDatabase(`stats-${name}`);
        const transport = hubTransport(network, link);
        const now = () => clock.now;
        const engine = createSyncEngine({ db: database, transport, now, locks: null, random: () => 0.5 });
        await enrolDevice(database, transport, { hubUrl: 'http://hub.test', username, password: PASSWORD, deviceName: `Máy ${name}` }, now);
        return { database, engine };
      };
      const a = await device('A1', 'muongphang.canbo1');
      const b = await device('A2', 'muongphang.canbo2');
      const syncAll = async () => {
        for (const d of [a, b, a]) expect((await d.engine.syncNow()).kind).toBe('synced');
      };
      await syncAll();

      const at = (local: string) => (clock.now = vn(local));
      const receive = async (d: Device, local: string, name: string, channel: 'desk' | 'online' = 'desk') =>
        (await receiveDossier({ ...receiveInput(at(local), { kind: 'person', name }), channel }, d.database)).id;
      const act = (d: Device, id: string, local: string, payload: DossierEventPayload) => addDossierEvent(id, payload, at(local), d.database);
      const resolve = async (d: Device, id: string, day: string) => {
        await act(d, id, `${day}T09:00`, { type: 'approved', signer: 'Lường Văn Thoong', signerTitle: 'Phó Chủ tịch UBND xã' });
        await act(d, id, `${day}T10:00`, { type: 'result-ready', resultNumber: null, note: null });
      };

      // October: six dossiers on two devices.
      const d1 = await receive(a, '2026-10-26T08:30', 'Lò Văn Một');
      await act(a, d1, '2026-10-26T09:00', { type: 'transferred', from: DESK, to: HANDLER });
      await act(a, d1, '2026-10-26T14:00', { type: 'appraised', conclusion: 'eligible', by: HANDLER });
      const d2 = await receive(b, '2026-10-26T10:00', 'Giàng A Hai', 'online');
      await syncAll();
      await resolve(a, d1, '2026-10-27');
      await act(b, d2, '2026-10-27T11:00', { type: 'supplement-requested', items: [{ name: 'Bản sao sổ hộ khẩu', originals: 0, copies: 1 }], reason: 'Thiếu giấy tờ', requestedBy: 'desk' });
      const d3 = await receive(b, '2026-10-28T08:00', 'Quàng Thị Ba');
      const d4 = await receive(a, '2026-10-28T08:10', 'Vàng A Bốn');
      await syncAll();
      // The result of A's dossier handed over and rated at B.
      await act(b, d1, '2026-10-28T10:00', { type: 'returned', method: 'desk', recipient: 'Lò Văn Một', feeCollectedVnd: 0 });
      await act(b, d1, '2026-10-28T10:05', { type: 'rated', level: 'very-satisfied', comment: null });
      const d5 = await receive(a, '2026-10-29T09:00', 'Lù Văn Năm');
      const d6 = await receive(a, '2026-10-29T09:30', 'Cầm Thị Sáu');
      await syncAll();
      // An apology before the appointment (2 November), with a new date.
      await act(b, d3, '2026-10-30T10:00', { type: 'apologised', reason: 'Cần xác minh thêm', newDueAt: vn('2026-11-06T17:00'), by: HANDLER.name });
      await syncAll();

      // November: a withdrawal at B of A's dossier, a refusal, the supplement in (its stop spanned the month end).
      await act(b, d5, '2026-11-02T09:00', { type: 'withdrawn', kind: 'withdrawn', reason: 'Công dân xin rút' });
      await act(a, d6, '2026-11-02T09:00', { type: 'transferred', from: DESK, to: HANDLER });
      await act(a, d6, '2026-11-02T15:00', { type: 'appraised', conclusion: 'not-eligible', note: 'Không đủ điều kiện', by: HANDLER });
      await syncAll();
      await act(a, d2, '2026-11-03T09:00', { type: 'supplement-supplied', items: [{ name: 'Bản sao sổ hộ khẩu', originals: 0, copies: 1 }], note: null });
      await act(a, d6, '2026-11-03T10:00', { type: 'refused', reasons: 'Hồ sơ không đủ điều kiện' });
      await syncAll();
      await resolve(b, d2, '2026-11-05');
      await act(b, d2, '2026-11-05T14:00', { type: 'returned', method: 'online', recipient: 'Giàng A Hai', feeCollectedVnd: 0 });
      await resolve(a, d3, '2026-11-06'); // late (due 2 November), apologised
      await syncAll();
      await resolve(b, d4, '2026-11-12'); // late, no apology
      const d7 = await receive(b, '2026-11-20T09:00', 'Thào A Bảy'); // never resolved: overdue by 1 December
      const d8 = await receive(a, '2026-11-25T09:00', 'Mùa Thị Tám');
      await act(a, d8, '2026-11-26T09:00', { type: 'supplement-requested', items: [{ name: 'Giấy xác nhận', originals: 1, copies: 0 }], reason: 'Thiếu giấy xác nhận', requestedBy: 'desk' });
      at('2026-12-01T09:00');
      await syncAll();
      await syncAll();

      const now = clock.now;
      const hubFacts = (await communeFacts(hub.db, COMMUNE)).sort((x, y) => x.id.localeCompare(y.id));
      expect(hubFacts.map((f) => f.id)).toEqual([d1, d2, d3, d4, d5, d6, d7, d8].sort());
      const periods: Period[] = [
        periodOf('year', '2026-01-01'),
        periodOf('quarter', '2026-10-01'),
        periodOf('month', '2026-10-01'),
        periodOf('month', '2026-11-01'),
        periodOf('month', '2026-12-01'),
      ];
      const reports = new Map<string, Report>();
      for (const period of periods) {
        const onHub = await communeReport(hub.db, COMMUNE, period, now);
        reports.set(`${period.kind}:${period.from}`, onHub);
        for (const d of [a, b]) {
          const facts = await loadStatFacts(period, d.database);
          const cal = rulesFor(await readSettings(d.database)).calendar;
          expect(computeReport(facts, period, { now, cal })).toEqual(onHub);
        }
      }
      // Every device holds the same facts as the hub.
      for (const d of [a, b]) {
        const facts = (await loadStatFacts(periodOf('year', '2026-01-01'), d.database)).sort((x, y) => x.id.localeCompare(y.id));
        expect(facts).toEqual(hubFacts);
      }

      // The scenario reaches the figures it is meant to.
      const november = reports.get('month:2026-11-01')!.total;
      expect(reports.get('month:2026-10-01')!.total.receivedNew).toBe(6);
      expect(november.carriedOver).toBe(5); // d2–d6: not finished before 1 November
      expect(november.resolvedLate).toBe(2);
      expect(november.resolvedLateApologised).toBe(1);
      expect(november.refused).toBe(1);
      expect(november.withdrawn).toBe(1);
      expect(reports.get('year:2026-01-01')!.total.byChannel.online).toBe(1);
      const d2Facts = hubFacts.find((f) => f.id === d2)!;
      expect(d2Facts.pauses).toHaveLength(1);
      expect(d2Facts.pauses[0]!.to).toBe(vn('2026-11-03T09:00'));
      expect(hubFacts.find((f) => f.id === d8)!.pauses[0]!.to).toBeNull();
      expect(reports.get('month:2026-12-01')!.total.inProgressOverdue).toBeGreaterThanOrEqual(1);
    });
  });
}
