import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db';
import {
  AGENCY_A, AGENCY_B, enrol, get, login, noted, OFFICER_A, OFFICER_A2, OFFICER_B, PASSWORD, post, postGzip, PROVINCE, pullAll, received, startHub,
  T0, type Hub, type PullPage,
} from './harness';
import { targets } from './targets';
import { LIMITS } from '../../src/sync/protocol';

interface PushReplyJson {
  results: { id: string; status: string; code?: string; message?: string }[];
}

const push = async (hub: Hub, credential: string, events: unknown[]) => {
  const res = await post(hub.app, '/api/v1/sync/push', { events, sentAt: hub.clock.now }, credential);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as PushReplyJson).results;
};

const count = async (db: Database, sql: string, params: unknown[] = []) => Number((await db.query<{ n: number }>(sql, params)).rows[0]!.n);

describe.each(targets)('hub on $name', (target) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(target);
  });
  afterAll(async () => {
    await hub?.close();
  });

  describe('enrolment', () => {
    it('gives an officer a credential, the commune details and a code slot; re-enrolling keeps the slot and retires the old credential', async () => {
      const first = await enrol(hub.app, OFFICER_A, 'enrol-1');
      expect(first.credential).toMatch(/^mcd_/);
      const reply = await post(hub.app, '/api/v1/devices/enrol', { username: OFFICER_A, password: PASSWORD, deviceName: 'Máy 1', deviceId: 'enrol-1' });
      expect(reply.statusCode).toBe(200);
      const again = reply.json() as typeof first & { commune: { agencyId: string } };
      expect(again.commune.agencyId).toBe(AGENCY_A);
      expect(again.codeSlot).toEqual(first.codeSlot);
      expect(again.credential).not.toBe(first.credential);
      expect((await get(hub.app, '/api/v1/sync/status', first.credential)).statusCode).toBe(401);
      expect((await get(hub.app, '/api/v1/sync/status', again.credential)).statusCode).toBe(200);
      // Only the hash is stored.
      expect(await count(hub.db, 'SELECT count(*)::int AS n FROM devices WHERE credential_hash = $1', [again.credential])).toBe(0);
    });

    it('gives devices of one commune ranges that do not overlap', async () => {
      const a = await enrol(hub.app, OFFICER_A);
      const b = await enrol(hub.app, OFFICER_A2);
      expect(a.codeSlot.number).not.toBe(b.codeSlot.number);
      expect(a.codeSlot.last < b.codeSlot.first || b.codeSlot.last < a.codeSlot.first).toBe(true);
    });

    it('refuses a wrong password without saying whether the name exists', async () => {
      const wrong = await post(hub.app, '/api/v1/devices/enrol', { username: OFFICER_B, password: 'nope', deviceName: 'x', deviceId: 'x-1' });
      const unknown = await post(hub.app, '/api/v1/devices/enrol', { username: 'khong.ton.tai', password: 'nope', deviceName: 'x', deviceId: 'x-1' });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
    });

    it('refuses a provincial account (403) and a device id enrolled in another commune (409)', async () => {
      const province = await post(hub.app, '/api/v1/devices/enrol', { username: PROVINCE, password: PASSWORD, deviceName: 'x', deviceId: 'p-1' });
      expect(province.statusCode).toBe(403);
      expect(province.json().error.message).toMatch(/tài khoản cán bộ/);
      await enrol(hub.app, OFFICER_A, 'shared-id');
      const other = await post(hub.app, '/api/v1/devices/enrol', { username: OFFICER_B, password: PASSWORD, deviceName: 'x', deviceId: 'shared-id' });
      expect(other.statusCode).toBe(409);
    });
  });

  describe('push', () => {
    it('stores a resent batch once (duplicate), refuses the same id with other content (conflict)', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const r = received(dev.deviceId, AGENCY_A);
      const n = noted(dev.deviceId, r.dossierId);
      expect((await push(hub, dev.credential, [r, n])).map((x) => x.status)).toEqual(['accepted', 'accepted']);
      expect((await push(hub, dev.credential, [r, n])).map((x) => x.status)).toEqual(['duplicate', 'duplicate']);
      expect(await count(hub.db, 'SELECT count(*)::int AS n FROM events WHERE dossier_id = $1', [r.dossierId])).toBe(2);
      const changed = await push(hub, dev.credential, [{ ...n, text: 'Khác' }]);
      expect(changed[0]).toMatchObject({ id: n.id, status: 'refused', code: 'conflict' });
      const stored = await hub.db.query<{ body: { text: string } }>('SELECT body FROM events WHERE id = $1', [n.id]);
      expect(stored.rows[0]!.body.text).toBe('Ghi chú');
    });

    it('judges each event alone: a bad one does not block the ones behind it', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const good = received(dev.deviceId, AGENCY_A);
      const results = await push(hub, dev.credential, [
        { junk: true },
        { ...received(dev.deviceId, AGENCY_A), deviceId: 'someone-else' },
        received(dev.deviceId, AGENCY_B),
        noted(dev.deviceId, '00000000-0000-4000-8000-000000000000'),
        { ...received(dev.deviceId, AGENCY_A), hlc: `${String(T0 + 3_600_000).padStart(15, '0')}:00000:${dev.deviceId}` },
        good,
        noted(dev.deviceId, good.dossierId),
      ]);
      expect(results.map((x) => x.code ?? x.status)).toEqual(['invalid', 'wrong-device', 'wrong-commune', 'unknown-dossier', 'clock-ahead', 'accepted', 'accepted']);
      expect(results[0]!.id).toBe('#0');
      for (const refused of results.slice(0, 5)) expect(refused.message).toBeTruthy();
      const dossier = await hub.db.query<{ status: string; code: string }>('SELECT status, code FROM dossiers WHERE id = $1', [good.dossierId]);
      expect(dossier.rows[0]).toMatchObject({ status: 'received', code: good.type === 'received' ? good.code : '' });
    });

    it("refuses a second dossier with a code the hub holds, and a stamp that names another device", async () => {
      const a = await enrol(hub.app, OFFICER_A);
      const b = await enrol(hub.app, OFFICER_A2);
      const first = received(a.deviceId, AGENCY_A);
      const code = first.type === 'received' ? first.code : '';
      const seq = Number(code.slice(-4));
      // Device B numbered alone before enrolment and gave the same code to another citizen.
      const same = received(b.deviceId, AGENCY_A, { seq });
      const sameInBatch = [received(a.deviceId, AGENCY_A), received(a.deviceId, AGENCY_A)];
      const twin = { ...sameInBatch[1]!, code: sameInBatch[0]!.type === 'received' ? sameInBatch[0]!.code : '' };
      expect((await push(hub, a.credential, [first, sameInBatch[0]!, twin])).map((x) => x.code ?? x.status)).toEqual(['accepted', 'accepted', 'duplicate-code']);
      const results = await push(hub, b.credential, [same, noted(b.deviceId, same.dossierId)]);
      expect(results.map((x) => x.code ?? x.status)).toEqual(['duplicate-code', 'unknown-dossier']);
      expect(results[0]!.message).toContain(code);
      expect(await count(hub.db, 'SELECT count(*)::int AS n FROM dossiers WHERE code = $1', [code])).toBe(1);

      const foreignStamp = { ...received(a.deviceId, AGENCY_A), hlc: `${String(T0 - 60_000).padStart(15, '0')}:00000:${b.deviceId}` };
      const stamped = await push(hub, a.credential, [foreignStamp]);
      expect(stamped.map((x) => x.code)).toEqual(['invalid']);
      expect(stamped[0]!.message).toMatch(/HLC/);
    });

    it('refuses text PostgreSQL cannot store (NUL, a broken surrogate) as the client\'s mistake, not a hub error', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const r = received(dev.deviceId, AGENCY_A);
      const bad = { ...r, applicant: { kind: 'person', name: 'Nguyễn\u0000An' } };
      const results = await push(hub, dev.credential, [bad, { ...received(dev.deviceId, AGENCY_A), note: 'x\ud800' }]);
      expect(results.map((x) => x.code)).toEqual(['invalid', 'invalid']);
      expect(results[0]!.message).toMatch(/applicant\.name/);
      const enrolBad = await post(hub.app, '/api/v1/devices/enrol', { username: OFFICER_A, password: PASSWORD, deviceName: 'Máy\u0000', deviceId: 'nul-1' });
      expect(enrolBad.statusCode).toBe(400);
      expect(enrolBad.json().error.path).toBe('deviceName');
    });

    it("refuses writing into another commune's dossier and stores nothing", async () => {
      const a = await enrol(hub.app, OFFICER_A);
      const b = await enrol(hub.app, OFFICER_B);
      const r = received(a.deviceId, AGENCY_A);
      await push(hub, a.credential, [r]);
      const before = await count(hub.db, 'SELECT count(*)::int AS n FROM events');
      const results = await push(hub, b.credential, [noted(b.deviceId, r.dossierId), received(b.deviceId, AGENCY_B, { dossierId: r.dossierId })]);
      expect(results.map((x) => x.code)).toEqual(['wrong-commune', 'wrong-commune']);
      expect(await count(hub.db, 'SELECT count(*)::int AS n FROM events')).toBe(before);
    });

    it("numbers a batch's events consecutively in the commune and measures the device's clock", async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const before = await count(hub.db, "SELECT change_seq AS n FROM communes WHERE id = 'muong-phang'");
      const r = received(dev.deviceId, AGENCY_A);
      const res = await post(hub.app, '/api/v1/sync/push', { events: [r, noted(dev.deviceId, r.dossierId), noted(dev.deviceId, r.dossierId)], sentAt: T0 + 10 * 60_000 }, dev.credential);
      expect(res.statusCode).toBe(200);
      expect(await count(hub.db, "SELECT change_seq AS n FROM communes WHERE id = 'muong-phang'")).toBe(before + 3);
      const seqs = (await hub.db.query<{ seq: number }>('SELECT seq FROM events WHERE dossier_id = $1 ORDER BY seq', [r.dossierId])).rows.map((x) => x.seq);
      expect(seqs).toEqual([before + 1, before + 2, before + 3]);
      const province = await login(hub.app, PROVINCE);
      const list = (await get(hub.app, '/api/v1/province/devices', province)).json() as { devices: { id: string; clockSkewMs: number; clockFlagged: boolean }[] };
      expect(list.devices.find((d) => d.id === dev.deviceId)).toMatchObject({ clockSkewMs: 10 * 60_000, clockFlagged: true });
    });

    it('accepts a gzip body and refuses one that inflates past the cap (413), a broken one (400) and other encodings (415)', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const r = received(dev.deviceId, AGENCY_A);
      const ok = await postGzip(hub.app, '/api/v1/sync/push', { events: [r], sentAt: T0 }, dev.credential);
      expect(ok.statusCode).toBe(200);
      expect(ok.json().results[0].status).toBe('accepted');
      const bomb = await postGzip(hub.app, '/api/v1/sync/push', { events: ['x'.repeat(LIMITS.bodyBytes + 10)], sentAt: T0 }, dev.credential);
      expect(bomb.statusCode).toBe(413);
      expect(bomb.json().error.code).toBe('body-too-large');
      const broken = await hub.app.inject({
        method: 'POST', url: '/api/v1/sync/push', payload: Buffer.from('not gzip at all'),
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${dev.credential}` },
      });
      expect(broken.statusCode).toBe(400);
      const deflate = await hub.app.inject({
        method: 'POST', url: '/api/v1/sync/push', payload: '{}',
        headers: { 'content-type': 'application/json', 'content-encoding': 'deflate', authorization: `Bearer ${dev.credential}` },
      });
      expect(deflate.statusCode).toBe(415);
      expect(deflate.json().error.code).toBe('unsupported-encoding');
    });

    it('lets province staff add an event to a dossier of their province, stamped as the province', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const r = received(dev.deviceId, AGENCY_A);
      await push(hub, dev.credential, [r]);
      const token = await login(hub.app, PROVINCE);
      const accountId = (await hub.db.query<{ id: string }>("SELECT id FROM accounts WHERE username = 'tinh.quantri'")).rows[0]!.id;
      const ev = noted(`province-${accountId}`, r.dossierId);
      const res = await post(hub.app, '/api/v1/province/events', { events: [ev, noted(dev.deviceId, r.dossierId)], sentAt: T0 }, token);
      expect(res.statusCode).toBe(200);
      expect((res.json() as PushReplyJson).results.map((x) => x.code ?? x.status)).toEqual(['accepted', 'wrong-device']);
      const pulled = await pullAll(hub.app, dev.credential);
      expect(pulled.events.map((e) => e.id)).toContain(ev.id);
    });
  });

  describe('pull', () => {
    it("pages through the other devices' events, resumes from a cursor, never returns the device's own", async () => {
      const a = await enrol(hub.app, OFFICER_A);
      const b = await enrol(hub.app, OFFICER_A2);
      const start = await pullAll(hub.app, b.credential);
      const mine = received(b.deviceId, AGENCY_A);
      await push(hub, b.credential, [mine]);
      const batch = Array.from({ length: 7 }, () => received(a.deviceId, AGENCY_A));
      await push(hub, a.credential, batch);
      const first = await get(hub.app, `/api/v1/sync/pull?limit=3&cursor=${start.cursor}`, b.credential);
      const page = first.json() as PullPage;
      expect(page.events.map((e) => e.id)).toEqual(batch.slice(0, 3).map((e) => e.id));
      expect(page.upToDate).toBe(false);
      // Resume from the page's cursor, as after a dropped link.
      const rest = await pullAll(hub.app, b.credential, 3, page.cursor);
      expect(rest.events.map((e) => e.id)).toEqual(batch.slice(3).map((e) => e.id));
      expect(rest.events.some((e) => e.deviceId === b.deviceId)).toBe(false);
      const again = (await get(hub.app, `/api/v1/sync/pull?cursor=${rest.cursor}`, b.credential)).json() as PullPage;
      expect(again).toMatchObject({ events: [], upToDate: true });
    });

    it('sends the catalogue, holidays and commune once, then only when they change', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const first = (await get(hub.app, '/api/v1/sync/pull', dev.credential)).json() as PullPage;
      expect(first.catalogue!.procedures.length).toBeGreaterThan(0);
      expect(first.holidays!.version).toBe(1);
      expect(first.commune!.agencyId).toBe(AGENCY_A);
      expect(first.codeSlot).toEqual(dev.codeSlot);
      const next = (await get(hub.app, `/api/v1/sync/pull?cursor=${first.cursor}`, dev.credential)).json() as PullPage;
      expect(next.catalogue).toBeUndefined();
      expect(next.commune).toBeUndefined();
      await hub.db.query("UPDATE communes SET address = 'Địa chỉ mới', info_version = info_version + 1 WHERE id = 'muong-phang'");
      const changed = (await get(hub.app, `/api/v1/sync/pull?cursor=${next.cursor}`, dev.credential)).json() as PullPage;
      expect(changed.commune).toMatchObject({ address: 'Địa chỉ mới' });
    });

    it('tells a device with a cursor of another generation to start over (409), and refuses a forged cursor (400)', async () => {
      const dev = await enrol(hub.app, OFFICER_B);
      const { cursor } = await pullAll(hub.app, dev.credential);
      await hub.db.query("UPDATE communes SET generation = generation + 1 WHERE id = 'thanh-nua'");
      const stale = await get(hub.app, `/api/v1/sync/pull?cursor=${cursor}`, dev.credential);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('must-refetch');
      expect((await get(hub.app, '/api/v1/sync/pull?cursor=abc', dev.credential)).statusCode).toBe(400);
      expect((await get(hub.app, '/api/v1/sync/pull', dev.credential)).statusCode).toBe(200);
    });

    it('compresses a large reply when the client accepts it', async () => {
      const dev = await enrol(hub.app, OFFICER_A);
      const res = await hub.app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: { authorization: `Bearer ${dev.credential}`, 'accept-encoding': 'gzip' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
    });
  });

  describe('revocation', () => {
    it('tells a revoked device so in plain words on every device endpoint, and keeps its range blocked for the day', async () => {
      const dev = await enrol(hub.app, OFFICER_B);
      const token = await login(hub.app, PROVINCE);
      const revoke = await post(hub.app, `/api/v1/province/devices/${dev.deviceId}/revoke`, {}, token);
      expect(revoke.statusCode, revoke.body).toBe(200);
      for (const res of [
        await get(hub.app, '/api/v1/sync/status', dev.credential),
        await get(hub.app, '/api/v1/sync/pull', dev.credential),
        await post(hub.app, '/api/v1/sync/push', { events: [received(dev.deviceId, AGENCY_B)], sentAt: T0 }, dev.credential),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('device-revoked');
        expect(res.json().error.message).toMatch(/thu hồi.*01\/12\/2026/);
      }
      const next = await enrol(hub.app, OFFICER_B);
      expect(next.codeSlot.last < dev.codeSlot.first || next.codeSlot.first > dev.codeSlot.last).toBe(true);
    });
  });
});

describe.each(targets)('login throttle on $name', (target) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(target);
  });
  afterAll(async () => {
    await hub?.close();
  });

  const attempt = (password: string) => post(hub.app, '/api/v1/login', { username: OFFICER_A2, password });

  it('slows down after 5 failures, locks for 15 minutes after 10, and a success resets the count', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt('sai')).statusCode).toBe(401);
    const slowed = await attempt(PASSWORD);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.retryAfter).toBeGreaterThan(0);
    let delay = 0;
    for (let i = 5; i < 10; i++) {
      const wait = (await attempt('sai')).json();
      if (wait.error.code === 'account-locked' && wait.error.retryAfter) {
        expect(wait.error.retryAfter).toBeGreaterThanOrEqual(delay);
        delay = wait.error.retryAfter;
        hub.clock.now += delay * 1000;
      }
      hub.clock.now += 1000;
      const res = await attempt('sai');
      expect([401, 423]).toContain(res.statusCode);
      if (res.statusCode === 423) break;
    }
    const locked = await attempt(PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toMatch(/thử lại sau/);
    hub.clock.now += 15 * 60_000 + 1000;
    const ok = await attempt(PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect((await attempt('sai')).statusCode).toBe(401);
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
  });
});
