/**
 * ≥ 1,000 malformed requests across every endpoint (seeded PRNG, so a failure replays): never a
 * 5xx, always the error shape, nothing stored, and the hub still serves a valid request after.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubRoutes } from '../../server/app';
import { LIMITS } from '../../src/sync/protocol';
import { AGENCY_A, dumpDatabase, enrol, get, login, noted, OFFICER_A, post, PROVINCE, received, startHub, T0, type Enrolled, type Hub } from './harness';
import { targets } from './targets';
import { seeded as prng } from '../prng';


const ENDPOINTS = [
  { method: 'POST', url: '/api/v1/login', auth: 'none' },
  { method: 'POST', url: '/api/v1/devices/enrol', auth: 'none' },
  { method: 'GET', url: '/api/v1/sync/status', auth: 'device' },
  { method: 'POST', url: '/api/v1/sync/push', auth: 'device' },
  { method: 'GET', url: '/api/v1/sync/pull', auth: 'device' },
  { method: 'GET', url: '/api/v1/province/devices', auth: 'province' },
  { method: 'POST', url: '/api/v1/province/devices/:id/revoke', auth: 'province' },
  { method: 'POST', url: '/api/v1/province/events', auth: 'province' },
] as const;

describe.each(targets)('fuzz on $name', (target) => {
  let hub: Hub;
  let dev: Enrolled;
  let province: string;
  let dossierId: string;
  beforeAll(async () => {
    hub = await startHub(target);
    dev = await enrol(hub.app, OFFICER_A, 'fuzz-dev');
    province = await login(hub.app, PROVINCE);
    const r = received(dev.deviceId, AGENCY_A);
    dossierId = r.dossierId;
    expect((await post(hub.app, '/api/v1/sync/push', { events: [r], sentAt: T0 }, dev.credential)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await hub?.close();
  });

  it('covers every route', () => {
    expect(hubRoutes(hub.app).filter((r) => !r.startsWith('HEAD ')).sort()).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.url}`).sort());
  });

  it('answers 1,200 malformed requests with 4xx and the error shape, changes nothing, and keeps serving', async () => {
    const rand = prng(20261201);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
    const int = (n: number) => Math.floor(rand() * n);
    const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
    const valid = received(dev.deviceId, AGENCY_A);
    // Inflates past the body cap from a few kilobytes.
    const bomb = gzipSync(Buffer.alloc(LIMITS.bodyBytes + 1, 32));

    // Values of the wrong type or shape for any field.
    const junkValue = (): unknown =>
      pick<() => unknown>([
        () => null, () => int(1e9) - 5e8, () => -1, () => 1e308, () => 'x'.repeat(int(5000)), () => '', () => [], () => ({}),
        () => true, () => '\u0000\ud800', () => [null, 1, 'a'], () => ({ __proto__: { polluted: 1 } }), () => 'Bearer ' + 'a'.repeat(43),
        () => { const e: Record<string, unknown> = { ...valid }; e[pick(Object.keys(e))] = int(2) ? null : 12; return e; },
        () => ({ ...noted(dev.deviceId, dossierId), type: 'approved' }),
        () => ({ ...valid, code: '000.00.21.H17-991399-0000' }),
        () => ({ ...valid, hlc: 'garbage', id: 'not-a-uuid' }),
        // Valid to the schema, unstorable in PostgreSQL: must be a 4xx or a refusal, never a 500.
        () => ({ ...valid, id: crypto.randomUUID(), applicant: { kind: 'person', name: pick(['a\u0000b', '\ud800x', 'x\udfff']) } }),
      ])();
    const body = (method: string): { payload?: string | Buffer; headers: Record<string, string> } => {
      if (method === 'GET') return int(4) === 0 ? { payload: randomBytes(int(200)), headers: { 'content-type': 'application/json' } } : { headers: {} };
      return pick<() => { payload?: string | Buffer; headers: Record<string, string> }>([
        () => ({ payload: randomBytes(int(500)), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: '{"events": [', headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify(junkValue()), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify({ events: Array.from({ length: int(3) + 1 }, junkValue), sentAt: junkValue() }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify({ events: Array.from({ length: 501 }, () => ({})), sentAt: T0 }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify({ username: junkValue(), password: junkValue(), deviceName: junkValue(), deviceId: junkValue() }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify({ username: 'a'.repeat(101), password: 'b', deviceName: 'c', deviceId: 'd:e' }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: JSON.stringify({ username: pick(['a\u0000', 'b\ud800']), password: 'b\u0000', deviceName: 'c\u0000', deviceId: 'd\u0000' }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: randomBytes(int(300)), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
        () => ({ payload: gzipSync(randomBytes(int(300))), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
        () => ({ payload: gzipSync(Buffer.from('{"events":1}')).subarray(0, 10), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
        () => ({ payload: '{}', headers: { 'content-type': 'application/json', 'content-encoding': pick(['br', 'deflate', 'gzip, br', 'x']) } }),
        () => ({ payload: 'events=1', headers: { 'content-type': pick(['application/x-www-form-urlencoded', 'text/html', 'multipart/form-data', 'application/xml']) } }),
        () => ({ payload: JSON.stringify({ events: ['x'.repeat(200_000)], sentAt: T0 }), headers: { 'content-type': 'application/json' } }),
        () => ({ payload: '', headers: { 'content-type': 'application/json' } }),
        () => ({ payload: bomb, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } }),
        () => ({ payload: '{"a":1}', headers: { 'content-type': 'application/json', 'content-length': '3' } }),
      ])();
    };
    const query = () =>
      pick([
        '', `?cursor=${encodeURIComponent(randomBytes(int(40)).toString('base64'))}`, '?cursor=eyJnIjoxfQ', `?limit=${pick(['0', '-1', '1001', 'abc', '1e3', '99999', ''])}`,
        `?cursor=${'A'.repeat(600)}`, '?cursor=a&cursor=b', `?limit=1&limit=2`, `?cursor=${Buffer.from(JSON.stringify({ g: 1, s: -5, c: '', h: 0, i: 0 })).toString('base64url')}`,
        `?cursor=${Buffer.from(JSON.stringify({ g: 1e20, s: 0, c: 'x', h: 0, i: 0 })).toString('base64url')}`,
      ]);
    const auth = (kind: string): Record<string, string> => {
      const good = kind === 'device' ? dev.credential : kind === 'province' ? province : dev.credential;
      return pick<Record<string, string>>([
        {}, { authorization: `Bearer ${good}` }, { authorization: `Bearer ${good}` }, { authorization: `Bearer ${good}` },
        { authorization: good }, { authorization: `Bearer ${good.slice(0, -1)}x` }, { authorization: `Basic ${good}` },
        { authorization: `Bearer ${randomBytes(30).toString('latin1').replace(/[^\x20-\x7e]/g, '')}` }, { authorization: `Bearer ${'a'.repeat(5000)}` },
      ]);
    };

    const before = await dumpDatabase(hub.db);
    let n = 0;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1200; i++) {
      const e = pick(ENDPOINTS);
      const wrongMethod = int(10) === 0;
      const method = wrongMethod ? pick(['PUT', 'DELETE', 'PATCH', e.method === 'GET' ? 'POST' : 'GET'] as const) : e.method;
      let url = e.url.replace(':id', pick(['x'.repeat(300), '%E0%A4%A', '..%2F..%2Fetc', 'khong-co', 'a%00b', '%ED%A0%80']));
      if (e.url.endsWith('/pull') || int(6) === 0) url += query();
      const b = body(method);
      const res = await hub.app.inject({ method, url, ...(b.payload !== undefined ? { payload: b.payload } : {}), headers: { ...b.headers, ...auth(e.auth) } });
      n += 1;
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode >= 200 && res.statusCode < 300) {
        // A well-formed batch of malformed events: 200 with every event refused on its own.
        if (method === 'POST') {
          expect(url, res.body.slice(0, 200)).toMatch(/\/(sync\/push|province\/events)/);
          const results = (res.json() as { results: { status: string }[] }).results;
          expect(results.length).toBeGreaterThan(0);
          for (const r of results) expect(r.status).toBe('refused');
        }
        // Otherwise a valid credential at status/pull/devices with a harmless query.
        continue;
      }
      expect(res.statusCode, `${method} ${url} ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${method} ${url} ${res.body.slice(0, 200)}`).toBeLessThan(500);
      const json = res.json() as { error: { code: string; message: string } };
      expect(typeof json.error?.code, `${method} ${url} ${res.statusCode} ${res.body.slice(0, 300)}`).toBe('string');
      expect(json.error.message.length).toBeGreaterThan(0);
    }
    expect(n).toBeGreaterThanOrEqual(1000);
    // The requests reached every layer: parsing, encodings, size cap, auth, schemas, routing.
    for (const status of [400, 401, 404, 413, 415]) expect(statuses.get(status) ?? 0, `status ${status}: ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
    // Successful GETs touch only the device's last-seen time; failed logins only the throttle.
    const after = await dumpDatabase(hub.db);
    for (const table of Object.keys(before)) if (table !== 'devices' && table !== 'login_throttle') expect(after[table], table).toBe(before[table]);
    expect(after.devices!.split(':')[0]).toBe(before.devices!.split(':')[0]);

    const ok = await post(hub.app, '/api/v1/sync/push', { events: [noted(dev.deviceId, dossierId)], sentAt: T0 }, dev.credential);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().results[0].status).toBe('accepted');
    expect((await get(hub.app, '/api/v1/sync/status', dev.credential)).statusCode).toBe(200);
  });
});
