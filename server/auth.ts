/**
 * Credentials: random tokens handed out once, stored only as sha256 hashes (a leaked database
 * gives no usable token). Device credentials and staff sessions carry a prefix so that a token
 * used at the wrong kind of endpoint gets a clear 403 rather than a puzzling 401.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { parseDate, vnDate as vnCalendarDate } from '../src/domain/calendar/vnTime';
import type { Queryable } from './db';
import { forbidden, HubError, unauthenticated } from './errors';

export const DEVICE_PREFIX = 'mcd_';
export const SESSION_PREFIX = 'mcs_';
const TOKEN_RE = /^(mcd_|mcs_)[A-Za-z0-9_-]{43}$/;
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function newToken(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface DeviceAuth {
  kind: 'device';
  deviceId: string;
  communeId: string;
  accountId: string;
  slot: { number: number; first: number; last: number };
}

export interface StaffAuth {
  kind: 'staff';
  accountId: string;
  role: 'officer' | 'province';
  communeId: string | null;
  provinceId: string;
}

/** The bearer token of a request, or a 401 when it is absent or malformed. */
function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (typeof header !== 'string') throw unauthenticated();
  const match = /^Bearer (\S+)$/.exec(header.trim());
  if (!match || !TOKEN_RE.test(match[1]!)) throw unauthenticated();
  return match[1]!;
}

/** Dates in messages for officers: Vietnam calendar, dd/mm/yyyy. */
export function vnDate(ms: number): string {
  const { year, month, day } = parseDate(vnCalendarDate(ms));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(day)}/${p(month)}/${year}`;
}

export async function authDevice(db: Queryable, request: FastifyRequest): Promise<DeviceAuth> {
  const token = bearer(request);
  if (!token.startsWith(DEVICE_PREFIX)) throw forbidden('Phiên đăng nhập của cán bộ không dùng được để đồng bộ: hãy dùng mã xác thực của thiết bị.');
  const { rows } = await db.query<{
    id: string; commune_id: string; account_id: string; slot_number: number; seq_first: number; seq_last: number; revoked_at: number | null;
  }>('SELECT id, commune_id, account_id, slot_number, seq_first, seq_last, revoked_at FROM devices WHERE credential_hash = $1', [hashToken(token)]);
  const row = rows[0];
  if (!row) throw unauthenticated();
  request.auditId = `device:${row.id}`;
  if (row.revoked_at !== null) {
    throw new HubError(
      403,
      'device-revoked',
      `Thiết bị này đã bị thu hồi quyền đồng bộ ngày ${vnDate(row.revoked_at)}. Dữ liệu trên máy vẫn xem được; liên hệ cán bộ quản trị của tỉnh để đăng ký lại.`,
    );
  }
  return {
    kind: 'device',
    deviceId: row.id,
    communeId: row.commune_id,
    accountId: row.account_id,
    slot: { number: row.slot_number, first: row.seq_first, last: row.seq_last },
  };
}

export async function authStaff(db: Queryable, request: FastifyRequest, now: number): Promise<StaffAuth> {
  const token = bearer(request);
  if (!token.startsWith(SESSION_PREFIX)) throw forbidden('Mã xác thực của thiết bị không dùng được ở đây: hãy đăng nhập bằng tài khoản cán bộ của tỉnh.');
  const { rows } = await db.query<{ account_id: string; role: 'officer' | 'province'; commune_id: string | null; province_id: string; expires_at: number }>(
    `SELECT s.account_id, a.role, a.commune_id, a.province_id, s.expires_at
       FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || row.expires_at <= now) throw unauthenticated();
  request.auditId = `account:${row.account_id}`;
  return { kind: 'staff', accountId: row.account_id, role: row.role, communeId: row.commune_id, provinceId: row.province_id };
}

/** Provincial staff only: officers manage their desk from their device, not the province's pages. */
export async function authProvince(db: Queryable, request: FastifyRequest, now: number): Promise<StaffAuth> {
  const staff = await authStaff(db, request, now);
  if (staff.role !== 'province') throw forbidden('Chỉ cán bộ quản trị của tỉnh được dùng chức năng này.');
  return staff;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who made the request, for the request log: `device:<id>` or `account:<id>`. */
    auditId?: string;
  }
}
