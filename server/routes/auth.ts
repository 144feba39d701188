/** POST /login (staff session) and POST /devices/enrol (device credential). */
import type { FastifyInstance } from 'fastify';
import { allocateCodeSlot, CodeSlotError, type CodeSlotLease } from '../../src/domain/codeSlots';
import { enrolRequestSchema, loginRequestSchema, type EnrolReply } from '../../src/sync/protocol';
import { checkLogin } from '../accounts';
import { DEVICE_PREFIX, hashToken, newToken, SESSION_PREFIX, SESSION_TTL_MS } from '../auth';
import { communeInfo, vnToday, type CommuneRow } from '../communes';
import type { HubContext } from '../context';
import { forbidden, HubError, parseOr400 } from '../errors';

export function authRoutes(app: FastifyInstance, { db, now }: HubContext): void {
  app.post('/api/v1/login', async (request) => {
    const body = parseOr400(loginRequestSchema, request.body, 'Yêu cầu đăng nhập');
    const t = now();
    const account = await checkLogin(db, body.username, body.password, t);
    request.auditId = `account:${account.id}`;
    const token = newToken(SESSION_PREFIX);
    const expiresAt = t + SESSION_TTL_MS;
    await db.query('INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hashToken(token), account.id, t, expiresAt]);
    return {
      token,
      account: { id: account.id, name: account.display_name, role: account.role, communeId: account.commune_id },
      expiresAt,
      serverTime: t,
    };
  });

  app.post('/api/v1/devices/enrol', async (request): Promise<EnrolReply> => {
    const body = parseOr400(enrolRequestSchema, request.body, 'Yêu cầu đăng ký thiết bị');
    const t = now();
    const account = await checkLogin(db, body.username, body.password, t);
    request.auditId = `account:${account.id}`;
    if (account.role !== 'officer' || account.commune_id === null) {
      throw forbidden('Tài khoản của tỉnh không đăng ký thiết bị được: hãy đăng nhập bằng tài khoản cán bộ một cửa của xã.');
    }
    const communeId = account.commune_id;
    const credential = newToken(DEVICE_PREFIX);
    const { commune, slot } = await db.transaction(async (tx) => {
      // The commune row lock serialises enrolments of one commune: two devices never get one range.
      const commune = (await tx.query<CommuneRow & { slot_size: number }>('SELECT * FROM communes WHERE id = $1 FOR UPDATE', [communeId])).rows[0];
      if (!commune) throw new HubError(404, 'not-found', 'Không tìm thấy xã của tài khoản.');
      const device = (await tx.query<{ commune_id: string; slot_number: number; seq_first: number; seq_last: number; revoked_at: number | null }>(
        'SELECT commune_id, slot_number, seq_first, seq_last, revoked_at FROM devices WHERE id = $1 FOR UPDATE',
        [body.deviceId],
      )).rows[0];
      if (device && device.commune_id !== communeId) {
        throw new HubError(409, 'conflict', 'Mã thiết bị này đã được đăng ký cho một xã khác. Hãy liên hệ cán bộ quản trị của tỉnh.');
      }
      if (device && device.revoked_at === null) {
        // Same device again (new browser profile restored, lost credential): new credential, the old
        // one stops working, and the code slot stays so codes already printed keep their range.
        await tx.query('UPDATE devices SET credential_hash = $2, name = $3, account_id = $4, enrolled_at = $5 WHERE id = $1', [
          body.deviceId, hashToken(credential), body.deviceName, account.id, t,
        ]);
        return { commune, slot: { number: device.slot_number, first: device.seq_first, last: device.seq_last } };
      }
      const leases = (await tx.query<{ slot_number: number; seq_first: number; seq_last: number; revoked_on: string | null }>(
        'SELECT slot_number, seq_first, seq_last, revoked_on FROM slot_leases WHERE commune_id = $1',
        [communeId],
      )).rows.map((l): CodeSlotLease => ({ number: l.slot_number, first: l.seq_first, last: l.seq_last, revokedOn: l.revoked_on }));
      let slot;
      try {
        slot = allocateCodeSlot(leases, { size: commune.slot_size, today: vnToday(t), scope: commune.sequence_scope });
      } catch (error) {
        if (error instanceof CodeSlotError) throw new HubError(409, error.code, error.message);
        throw error;
      }
      if (device) {
        // A revoked device enrolled again: a fresh range (its old one stays blocked for the day).
        await tx.query(
          `UPDATE devices SET credential_hash = $2, name = $3, account_id = $4, enrolled_at = $5, revoked_at = NULL, revoked_by = NULL,
             slot_number = $6, seq_first = $7, seq_last = $8 WHERE id = $1`,
          [body.deviceId, hashToken(credential), body.deviceName, account.id, t, slot.number, slot.first, slot.last],
        );
      } else {
        await tx.query(
          `INSERT INTO devices (id, commune_id, account_id, name, credential_hash, slot_number, seq_first, seq_last, enrolled_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [body.deviceId, communeId, account.id, body.deviceName, hashToken(credential), slot.number, slot.first, slot.last, t],
        );
      }
      await tx.query(
        'INSERT INTO slot_leases (commune_id, device_id, slot_number, seq_first, seq_last, leased_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [communeId, body.deviceId, slot.number, slot.first, slot.last, t],
      );
      return { commune, slot };
    });
    request.auditId = `device:${body.deviceId}`;
    return {
      deviceId: body.deviceId,
      deviceName: body.deviceName,
      credential,
      commune: communeInfo(commune),
      officer: { id: account.id, name: account.display_name },
      codeSlot: slot,
      serverTime: t,
    };
  });
}
