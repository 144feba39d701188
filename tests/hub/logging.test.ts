import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createHub } from '../../server/app';
import { openDatabase } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';
import { AGENCY_A, get, OFFICER_A, PASSWORD, post, received, T0 } from './harness';

describe('request log', () => {
  const lines: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('writes one JSON line per request with method, route pattern, status, ms and the device — no names, passwords, tokens or queries', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    await seedDemo(db);
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const app = createHub({ database: db, now: () => T0, logger: { level: 'info', stream } });
    closers.push(async () => {
      await app.close();
      await db.close();
    });
    const enrolled = await post(app, '/api/v1/devices/enrol', { username: OFFICER_A, password: PASSWORD, deviceName: 'Máy của chị Lan', deviceId: 'log-dev' });
    const { credential } = enrolled.json() as { credential: string };
    const event = received('log-dev', AGENCY_A);
    await post(app, '/api/v1/sync/push', { events: [{ ...event, applicant: { kind: 'person', name: 'Trần Thị Bích', idNumber: '001190012345' } }], sentAt: T0 }, credential);
    await get(app, '/api/v1/sync/pull?limit=5&cursor=secret-cursor', credential);

    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    expect(requests.map((r) => [r.method, r.route, r.status])).toEqual([
      ['POST', '/api/v1/devices/enrol', 200],
      ['POST', '/api/v1/sync/push', 200],
      ['GET', '/api/v1/sync/pull', 400],
    ]);
    expect(requests[1]).toMatchObject({ who: 'device:log-dev' });
    expect(typeof requests[0]!.ms).toBe('number');
    const all = lines.join('\n');
    for (const secret of [PASSWORD, OFFICER_A, credential, 'Trần Thị Bích', '001190012345', 'chị Lan', 'secret-cursor']) expect(all).not.toContain(secret);
  });
});
