/**
 * Every endpoint, walked with the wrong credentials: another commune's device (or another
 * province's staff), a revoked device, a malformed token and none. A new endpoint must be added
 * to ENDPOINTS — the last test checks the table against the hub's routes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../server/accounts';
import { hubRoutes } from '../../server/app';
import { AGENCY_A, AGENCY_B, dumpDatabase, enrol, login, noted, OFFICER_A, OFFICER_B, PASSWORD, post, PROVINCE, received, startHub, T0, type Enrolled, type Hub } from './harness';
import { targets } from './targets';

interface World {
  a: Enrolled;
  b: Enrolled;
  revoked: Enrolled;
  dossierA: string;
  eventIdsA: Set<string>;
  otherProvince: string;
  officerSession: string;
}

type Auth = 'device' | 'province' | 'password';

interface Endpoint {
  method: 'GET' | 'POST';
  /** The route as registered. */
  route: string;
  auth: Auth;
  url(w: World): string;
  body?(w: World, deviceId: string): unknown;
  /** With a credential of another commune / province: what it gets, and that none of A leaks. */
  otherScope(res: LightMyRequestResponse, w: World): void;
}

const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST', route: '/api/v1/login', auth: 'password', url: () => '/api/v1/login',
    body: () => ({ username: `khong-co-${randomUUID().slice(0, 8)}`, password: 'sai-mat-khau' }),
    otherScope: (res) => expect(res.statusCode).toBe(401),
  },
  {
    method: 'POST', route: '/api/v1/devices/enrol', auth: 'password', url: () => '/api/v1/devices/enrol',
    body: () => ({ username: `khong-co-${randomUUID().slice(0, 8)}`, password: 'sai-mat-khau', deviceName: 'x', deviceId: 'walk-x' }),
    otherScope: (res) => expect(res.statusCode).toBe(401),
  },
  {
    method: 'GET', route: '/api/v1/sync/status', auth: 'device', url: () => '/api/v1/sync/status',
    otherScope: (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().communeId).toBe('thanh-nua');
    },
  },
  {
    method: 'POST', route: '/api/v1/sync/push', auth: 'device', url: () => '/api/v1/sync/push',
    body: (w, deviceId) => ({ events: [noted(deviceId, w.dossierA), received(deviceId, AGENCY_A), received(deviceId, AGENCY_B, { dossierId: w.dossierA })], sentAt: T0 }),
    otherScope: (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().results.map((r: { code: string }) => r.code)).toEqual(['wrong-commune', 'wrong-commune', 'wrong-commune']);
    },
  },
  {
    method: 'GET', route: '/api/v1/sync/pull', auth: 'device', url: () => '/api/v1/sync/pull?limit=1000',
    otherScope: (res, w) => {
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.events.filter((e: { id: string; dossierId: string }) => w.eventIdsA.has(e.id) || e.dossierId === w.dossierA)).toEqual([]);
      expect(body.commune.agencyId).toBe(AGENCY_B);
    },
  },
  {
    method: 'GET', route: '/api/v1/province/devices', auth: 'province', url: () => '/api/v1/province/devices',
    otherScope: (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().devices).toEqual([]);
    },
  },
  {
    method: 'POST', route: '/api/v1/province/devices/:id/revoke', auth: 'province', url: (w) => `/api/v1/province/devices/${w.a.deviceId}/revoke`,
    body: () => ({}),
    otherScope: (res) => expect(res.statusCode).toBe(404),
  },
  {
    method: 'POST', route: '/api/v1/province/events', auth: 'province', url: () => '/api/v1/province/events',
    body: (w, deviceId) => ({ events: [noted(deviceId, w.dossierA), received(deviceId, AGENCY_A)], sentAt: T0 }),
    otherScope: (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().results.map((r: { code: string }) => r.code)).toEqual(['wrong-commune', 'wrong-commune']);
    },
  },
];

describe.each(targets)('scope on $name', (target) => {
  let hub: Hub;
  let w: World;
  let otherProvinceAccount: string;
  beforeAll(async () => {
    hub = await startHub(target);
    const a = await enrol(hub.app, OFFICER_A, 'walk-a');
    const b = await enrol(hub.app, OFFICER_B, 'walk-b');
    const revoked = await enrol(hub.app, OFFICER_A, 'walk-revoked');
    const r = received(a.deviceId, AGENCY_A);
    const n = noted(a.deviceId, r.dossierId);
    const pushed = await post(hub.app, '/api/v1/sync/push', { events: [r, n], sentAt: T0 }, a.credential);
    expect(pushed.json().results.map((x: { status: string }) => x.status)).toEqual(['accepted', 'accepted']);
    const provinceToken = await login(hub.app, PROVINCE);
    expect((await post(hub.app, '/api/v1/province/devices/walk-revoked/revoke', {}, provinceToken)).statusCode).toBe(200);
    // A second province with its own staff account.
    otherProvinceAccount = randomUUID();
    await hub.db.query("INSERT INTO provinces (id, name, agency_id) VALUES ('lai-chau', 'Tỉnh Lai Châu', '000.00.00.H30')");
    await hub.db.query("INSERT INTO accounts (id, username, password_hash, display_name, role, commune_id, province_id) VALUES ($1, 'laichau.quantri', $2, 'Quản trị Lai Châu', 'province', NULL, 'lai-chau')", [
      otherProvinceAccount, await hashPassword(PASSWORD),
    ]);
    w = {
      a, b, revoked, dossierA: r.dossierId, eventIdsA: new Set([r.id, n.id]),
      otherProvince: await login(hub.app, 'laichau.quantri'),
      officerSession: await login(hub.app, OFFICER_B),
    };
  });
  afterAll(async () => {
    await hub?.close();
  });

  const send = (e: Endpoint, token: string | null, deviceId: string) =>
    hub.app.inject({
      method: e.method,
      url: e.url(w),
      ...(e.body ? { payload: JSON.stringify(e.body(w, deviceId)) } : {}),
      headers: { ...(e.body ? { 'content-type': 'application/json' } : {}), ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
    });

  it.each(ENDPOINTS.map((e) => [`${e.method} ${e.route}`, e] as const))('%s: other scope, revoked, malformed, none', async (_name, e) => {
    const before = await dumpDatabase(hub.db);
    // Another commune's device / another province's staff: nothing of commune A is read or written.
    if (e.auth === 'device') e.otherScope(await send(e, w.b.credential, w.b.deviceId), w);
    if (e.auth === 'province') e.otherScope(await send(e, w.otherProvince, `province-${otherProvinceAccount}`), w);
    if (e.auth === 'password') e.otherScope(await send(e, w.b.credential, w.b.deviceId), w);

    const revoked = await send(e, w.revoked.credential, w.revoked.deviceId);
    const malformed = await send(e, 'mcd_not-a-real-token', 'x');
    const none = await send(e, null, 'x');
    if (e.auth === 'password') {
      // These endpoints authenticate with the body's password alone: a header changes nothing.
      for (const res of [revoked, malformed, none]) expect(res.statusCode).toBe(401);
    } else {
      expect(revoked.statusCode).toBe(403);
      expect(revoked.json().error.code).toBe(e.auth === 'device' ? 'device-revoked' : 'forbidden');
      expect(malformed.statusCode).toBe(401);
      expect(malformed.json().error.code).toBe('unauthenticated');
      expect(none.statusCode).toBe(401);
      // The wrong kind of credential: a device at a staff endpoint, an officer's session anywhere here.
      const wrongKind = await send(e, e.auth === 'device' ? w.officerSession : w.b.credential, 'x');
      expect(wrongKind.statusCode).toBe(403);
      if (e.auth === 'province') expect((await send(e, w.officerSession, 'x')).statusCode).toBe(403);
    }
    const after = await dumpDatabase(hub.db);
    // Only the other commune's own bookkeeping may move (its device's last-seen time, failed logins).
    for (const table of ['events', 'dossiers', 'communes', 'slot_leases', 'accounts']) expect(after[table], table).toBe(before[table]);
    expect((await hub.db.query('SELECT revoked_at FROM devices WHERE id = $1', [w.a.deviceId])).rows[0]).toEqual({ revoked_at: null });
  });

  it('lists every API route of the hub', () => {
    const registered = hubRoutes(hub.app).filter((r) => !r.startsWith('HEAD '));
    expect(registered.sort()).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.route}`).sort());
  });
});
