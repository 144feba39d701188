/**
 * Pull: what changed for a device's commune since its cursor. The cursor is opaque to devices
 * (base64url JSON): the commune's generation, the last event seq seen, and the versions of the
 * catalogue, holiday lists and commune details the device has.
 *
 * Why a cursor never skips a late commit: an event's seq comes from communes.change_seq, bumped in
 * the transaction that stores the event, under the commune row's lock. We read change_seq FIRST
 * (value X) and only then the events with seq ≤ X: every transaction that took a seq ≤ X had
 * committed when X became visible, so a later statement sees all of them.
 */
import * as v from 'valibot';
import type { CommuneInfo, PullReply } from '../src/sync/protocol';
import type { Database } from './db';
import { HubError } from './errors';
import { communeInfo, type CommuneRow } from './communes';

const cursorSchema = v.object({
  g: v.pipe(v.number(), v.integer(), v.minValue(1)),
  s: v.pipe(v.number(), v.integer(), v.minValue(0)),
  c: v.pipe(v.string(), v.maxLength(100)),
  h: v.pipe(v.number(), v.integer(), v.minValue(0)),
  i: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
type Cursor = v.InferOutput<typeof cursorSchema>;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('charset');
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const parsed = v.safeParse(cursorSchema, value);
  if (!parsed.success) throw new HubError(400, 'bad-request', 'Con trỏ đồng bộ (cursor) không hợp lệ. Hãy đồng bộ lại từ đầu.', { path: 'cursor' });
  return parsed.output;
}

export const DEFAULT_PULL_LIMIT = 500;

export async function pullChanges(
  db: Database,
  device: { deviceId: string; communeId: string; slot: { number: number; first: number; last: number } },
  query: { cursor?: string | undefined; limit?: number | undefined },
  now: number,
): Promise<PullReply> {
  const from = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_PULL_LIMIT;
  const commune = (await db.query<CommuneRow & { change_seq: number; generation: number; info_version: number; province_id: string }>(
    'SELECT * FROM communes WHERE id = $1',
    [device.communeId],
  )).rows[0];
  if (!commune) throw new HubError(404, 'not-found', 'Không tìm thấy xã của thiết bị.');
  if (from && from.g !== commune.generation) {
    throw new HubError(409, 'must-refetch', 'Dữ liệu của xã trên máy chủ đã được dựng lại: thiết bị cần tải lại toàn bộ từ đầu.');
  }
  const high = commune.change_seq;
  const after = from?.s ?? 0;
  const { rows } = await db.query<{ seq: number; body: unknown }>(
    `SELECT seq, body FROM events
      WHERE commune_id = $1 AND seq > $2 AND seq <= $3 AND device_id <> $4
      ORDER BY seq LIMIT $5`,
    [device.communeId, after, high, device.deviceId, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const lastSeq = more ? page[page.length - 1]!.seq : Math.max(high, after);

  const catalogue = (await db.query<{ version: string; procedures: unknown }>('SELECT version, procedures FROM catalogue WHERE province_id = $1', [commune.province_id])).rows[0];
  const holidayVersion = (await db.query<{ version: number }>('SELECT version FROM holiday_versions WHERE province_id = $1', [commune.province_id])).rows[0]?.version ?? 0;
  const reply: PullReply = {
    events: page.map((r) => (typeof r.body === 'string' ? JSON.parse(r.body) : r.body)),
    codeSlot: device.slot,
    cursor: '',
    upToDate: !more,
    serverTime: now,
  };
  if (catalogue && catalogue.version !== from?.c) {
    reply.catalogue = { version: catalogue.version, procedures: asArray(catalogue.procedures) };
  }
  if (holidayVersion !== (from?.h ?? 0) && holidayVersion > 0) {
    const lists = (await db.query<{ body: unknown }>('SELECT body FROM holiday_lists WHERE province_id = $1 ORDER BY year', [commune.province_id])).rows;
    reply.holidays = { version: holidayVersion, lists: lists.map((l) => (typeof l.body === 'string' ? JSON.parse(l.body) : l.body)) };
  }
  if (commune.info_version !== from?.i) reply.commune = communeInfo(commune) satisfies CommuneInfo;
  reply.cursor = encodeCursor({ g: commune.generation, s: lastSeq, c: catalogue?.version ?? '', h: holidayVersion, i: commune.info_version });
  return reply;
}

function asArray(value: unknown): unknown[] {
  const v2 = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(v2) ? v2 : [];
}
