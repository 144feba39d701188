/** Provincial staff: GET /province/devices, POST /province/devices/:id/revoke, POST /province/events. */
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { pushRequestSchema, type DeviceInfo } from '../../src/sync/protocol';
import { authProvince } from '../auth';
import { vnToday } from '../communes';
import type { HubContext } from '../context';
import { HubError, parseOr400 } from '../errors';
import { pushEvents } from '../push';

const deviceParams = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100, 'Mã thiết bị quá dài')) });

interface DeviceRow {
  id: string; name: string; commune_id: string; commune_name: string; enrolled_by: string; enrolled_at: number;
  last_seen_at: number | null; revoked_at: number | null; slot_number: number; seq_first: number; seq_last: number; clock_skew_ms: number | null;
}

const DEVICE_SELECT = `SELECT d.id, d.name, d.commune_id, c.name AS commune_name, a.display_name AS enrolled_by, d.enrolled_at,
    d.last_seen_at, d.revoked_at, d.slot_number, d.seq_first, d.seq_last, d.clock_skew_ms
  FROM devices d JOIN communes c ON c.id = d.commune_id JOIN accounts a ON a.id = d.account_id`;

function deviceInfo(r: DeviceRow): DeviceInfo {
  return {
    id: r.id,
    name: r.name,
    communeId: r.commune_id,
    communeName: r.commune_name,
    enrolledBy: r.enrolled_by,
    enrolledAt: r.enrolled_at,
    lastSeenAt: r.last_seen_at,
    revokedAt: r.revoked_at,
    codeSlot: { number: r.slot_number, first: r.seq_first, last: r.seq_last },
    clockSkewMs: r.clock_skew_ms,
  };
}

/** A device clock off by more than this is flagged on the province's device list. */
export const SKEW_FLAG_MS = 5 * 60 * 1000;

export function provinceRoutes(app: FastifyInstance, { db, now }: HubContext): void {
  app.get('/api/v1/province/devices', async (request) => {
    const staff = await authProvince(db, request, now());
    const { rows } = await db.query<DeviceRow>(`${DEVICE_SELECT} WHERE c.province_id = $1 ORDER BY c.name, d.slot_number`, [staff.provinceId]);
    return {
      devices: rows.map((r) => ({ ...deviceInfo(r), clockFlagged: r.clock_skew_ms !== null && Math.abs(r.clock_skew_ms) > SKEW_FLAG_MS })),
      serverTime: now(),
    };
  });

  app.post('/api/v1/province/devices/:id/revoke', async (request) => {
    const t = now();
    const staff = await authProvince(db, request, t);
    const { id } = parseOr400(deviceParams, request.params, 'Mã thiết bị');
    const row = await db.transaction(async (tx) => {
      const found = (await tx.query<{ id: string; revoked_at: number | null }>(
        'SELECT d.id, d.revoked_at FROM devices d JOIN communes c ON c.id = d.commune_id WHERE d.id = $1 AND c.province_id = $2 FOR UPDATE OF d',
        [id, staff.provinceId],
      )).rows[0];
      // Another province's device is "not found": its existence is none of this account's business.
      if (!found) throw new HubError(404, 'not-found', 'Không tìm thấy thiết bị này trong tỉnh.');
      if (found.revoked_at === null) {
        await tx.query('UPDATE devices SET revoked_at = $2, revoked_by = $3 WHERE id = $1', [id, t, staff.accountId]);
        await tx.query('UPDATE slot_leases SET revoked_on = $2 WHERE device_id = $1 AND revoked_on IS NULL', [id, vnToday(t)]);
      }
      return (await tx.query<DeviceRow>(`${DEVICE_SELECT} WHERE d.id = $1`, [id])).rows[0]!;
    });
    return { device: deviceInfo(row), serverTime: t };
  });

  app.post('/api/v1/province/events', async (request) => {
    const t = now();
    const staff = await authProvince(db, request, t);
    const body = parseOr400(pushRequestSchema, request.body, 'Gói sự kiện', false);
    const results = await pushEvents(db, { kind: 'province', deviceId: `province-${staff.accountId}`, provinceId: staff.provinceId }, body.events, t);
    return { results, serverTime: t };
  });
}
