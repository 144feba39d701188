/** Device endpoints: GET /sync/status, POST /sync/push, GET /sync/pull. */
import type { FastifyInstance } from 'fastify';
import { parseHlc } from '../../src/domain/clock';
import { pullQuerySchema, pushRequestSchema } from '../../src/sync/protocol';
import { authDevice } from '../auth';
import type { HubContext } from '../context';
import { parseOr400 } from '../errors';
import { pullChanges } from '../pull';
import { pushEvents } from '../push';

export function syncRoutes(app: FastifyInstance, { db, now }: HubContext): void {
  app.get('/api/v1/sync/status', async (request) => {
    const device = await authDevice(db, request);
    const t = now();
    await db.query('UPDATE devices SET last_seen_at = $2 WHERE id = $1', [device.deviceId, t]);
    return { deviceId: device.deviceId, communeId: device.communeId, codeSlot: device.slot, serverTime: t };
  });

  app.post('/api/v1/sync/push', async (request) => {
    const device = await authDevice(db, request);
    const body = parseOr400(pushRequestSchema, request.body, 'Gói sự kiện', false);
    const t = now();
    // The device's clock against ours: from the batch's sentAt (transit time is noise at the
    // scale that matters, minutes), and from its events' stamps when they run further ahead.
    let skew = Number.isFinite(body.sentAt) ? body.sentAt - t : 0;
    for (const raw of body.events) {
      const hlc = raw && typeof raw === 'object' ? (raw as { hlc?: unknown }).hlc : undefined;
      if (typeof hlc !== 'string' || !/^\d{15}:/.test(hlc)) continue;
      const ahead = parseHlc(hlc).ms - t;
      if (ahead > skew) skew = ahead;
    }
    skew = Math.max(-1e12, Math.min(1e12, Math.round(skew)));
    const results = await pushEvents(db, { kind: 'device', deviceId: device.deviceId, communeId: device.communeId, clockSkewMs: skew }, body.events, t);
    await db.query('UPDATE devices SET last_seen_at = $2, clock_skew_ms = $3 WHERE id = $1', [device.deviceId, t, skew]);
    return { results, serverTime: t };
  });

  app.get('/api/v1/sync/pull', async (request) => {
    const device = await authDevice(db, request);
    const query = parseOr400(pullQuerySchema, request.query, 'Tham số tải về');
    const t = now();
    const reply = await pullChanges(db, device, query, t);
    await db.query('UPDATE devices SET last_seen_at = $2 WHERE id = $1', [device.deviceId, t]);
    return reply;
  });
}
