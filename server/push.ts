/**
 * Storing a batch of pushed events (BRIEF "Protocol decisions", docs/sync-protocol.md): each
 * event is judged on its own — accepted, duplicate (same id, same content) or refused with a
 * code — and the accepted ones are stored in ONE transaction that also numbers them in commit
 * order (the commune's change_seq) and re-derives the dossiers they touch.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { parseHlc } from '../src/domain/clock';
import { normaliseCalendarSettings } from '../src/domain/calendar/workCalendar';
import type { OfficialYearList } from '../src/domain/calendar/holidays';
import { DEFAULT_DESK_SETTINGS, rulesFor, type DeskRules } from '../src/domain/deskSettings';
import { deriveDossierLenient, mergeDossier, type DeriveContext } from '../src/domain/dossier/lifecycle';
import { openConflicts, resolvedConflicts } from '../src/domain/dossier/state';
import { asDossierEvent, describeIssues, eventSchema, type PushResult } from '../src/sync/protocol';
import type { Database, Queryable } from './db';
import { UNSTORABLE_MESSAGE, unstorableText } from './errors';

/** An event stamped further ahead of the hub's clock than this is refused (`clock-ahead`). */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/** Who pushes: a commune's device, or a provincial account (through /province/events). */
export type Pusher =
  | { kind: 'device'; deviceId: string; communeId: string; clockSkewMs: number | null }
  | { kind: 'province'; deviceId: string; provinceId: string };

/** JSON with object keys sorted: the same event always hashes the same, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

type Parsed = v.InferOutput<typeof eventSchema>;

interface Candidate {
  index: number;
  event: Parsed;
  json: string;
  hash: string;
}

const refused = (id: string, code: string, message: string): PushResult => ({ id, status: 'refused', code, message });

function readableId(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : `#${index}`;
}

export async function pushEvents(db: Database, pusher: Pusher, rawEvents: readonly unknown[], now: number): Promise<PushResult[]> {
  const results: (PushResult | null)[] = rawEvents.map(() => null);
  const candidates: Candidate[] = [];
  rawEvents.forEach((raw, index) => {
    const parsed = v.safeParse(eventSchema, raw);
    const id = readableId(raw, index);
    if (!parsed.success) {
      const { message } = describeIssues(parsed.issues);
      results[index] = refused(id, 'invalid', `Sự kiện không hợp lệ: ${message}`);
      return;
    }
    const event = parsed.output;
    const bad = unstorableText(event);
    if (bad !== null) {
      results[index] = refused(id, 'invalid', `Sự kiện không hợp lệ: ${bad} ${UNSTORABLE_MESSAGE}`);
      return;
    }
    if (event.deviceId !== pusher.deviceId) {
      results[index] = refused(id, 'wrong-device', `Sự kiện được tạo trên thiết bị khác (${event.deviceId}), không phải thiết bị đang gửi.`);
      return;
    }
    // The stamp's device part breaks ties between equal times: it must be the event's own device,
    // or a device could place its events among another's.
    if (parseHlc(event.hlc).deviceId !== event.deviceId) {
      results[index] = refused(id, 'invalid', 'Sự kiện không hợp lệ: dấu thời gian (HLC) không mang mã thiết bị của sự kiện.');
      return;
    }
    if (parseHlc(event.hlc).ms > now + CLOCK_TOLERANCE_MS) {
      results[index] = refused(id, 'clock-ahead', 'Đồng hồ của thiết bị chạy nhanh hơn giờ máy chủ quá 5 phút. Thiết bị sẽ chỉnh giờ và gửi lại sự kiện.');
      return;
    }
    const json = canonicalJson(event);
    candidates.push({ index, event, json, hash: createHash('sha256').update(json).digest('hex') });
  });

  if (candidates.length > 0) {
    const stored = await db.transaction((tx) => storeCandidates(tx, pusher, candidates, now));
    for (const [index, result] of stored) results[index] = result;
  }
  return results.map((r, i) => r ?? refused(readableId(rawEvents[i], i), 'invalid', 'Sự kiện không được xử lý.'));
}

async function storeCandidates(tx: Queryable, pusher: Pusher, candidates: Candidate[], now: number): Promise<Map<number, PushResult>> {
  const out = new Map<number, PushResult>();
  const ids = candidates.map((c) => c.event.id);
  const dossierIds = [...new Set(candidates.map((c) => c.event.dossierId))];

  // Which communes the pusher may write to, with their agency ids (codes of received events).
  const communes = (
    await tx.query<{ id: string; agency_id: string }>(
      pusher.kind === 'device' ? 'SELECT id, agency_id FROM communes WHERE id = $1' : 'SELECT id, agency_id FROM communes WHERE province_id = $1',
      [pusher.kind === 'device' ? pusher.communeId : pusher.provinceId],
    )
  ).rows;
  const allowed = new Map(communes.map((c) => [c.id, c.agency_id]));
  const byAgency = new Map(communes.map((c) => [c.agency_id, c.id]));

  const dossierCommune = new Map<string, string>();
  for (const row of (await tx.query<{ id: string; commune_id: string }>('SELECT id, commune_id FROM dossiers WHERE id = ANY($1::uuid[])', [dossierIds])).rows) {
    dossierCommune.set(row.id, row.commune_id);
  }

  // The commune each candidate would go to; then lock those communes (in a fixed order, so two
  // batches never wait on each other crosswise) before judging duplicates: a resent batch racing
  // its first sending waits here and then sees the first one's events.
  const target = (c: Candidate): string | null => {
    const known = dossierCommune.get(c.event.dossierId);
    if (known) return known;
    if (c.event.type === 'received') {
      const agency = c.event.code.slice(0, c.event.code.indexOf('-'));
      return byAgency.get(agency) ?? null;
    }
    return null;
  };
  const lockIds = [...new Set(candidates.map(target).filter((t): t is string => t !== null && allowed.has(t)))].sort();
  if (lockIds.length > 0) await tx.query('SELECT id FROM communes WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [lockIds]);

  const existing = new Map<string, { commune_id: string; body_hash: string }>();
  for (const row of (await tx.query<{ id: string; commune_id: string; body_hash: string }>('SELECT id, commune_id, body_hash FROM events WHERE id = ANY($1::uuid[])', [ids])).rows) {
    existing.set(row.id, row);
  }
  // Re-read under the lock: a dossier received by a concurrent batch is known now.
  for (const row of (await tx.query<{ id: string; commune_id: string }>('SELECT id, commune_id FROM dossiers WHERE id = ANY($1::uuid[])', [dossierIds])).rows) {
    dossierCommune.set(row.id, row.commune_id);
  }

  // Codes already given to a dossier (the hub's, and new ones earlier in this batch).
  const receivedCodes = [...new Set(candidates.flatMap((c) => (c.event.type === 'received' ? [c.event.code] : [])))];
  const codeHolder = new Map<string, string>();
  for (const row of (await tx.query<{ id: string; code: string }>('SELECT id, code FROM dossiers WHERE code = ANY($1::text[])', [receivedCodes])).rows) {
    codeHolder.set(row.code, row.id);
  }

  const accepted: (Candidate & { communeId: string })[] = [];
  const newDossiers = new Map<string, string>();
  for (const c of candidates) {
    const e = c.event;
    const seen = existing.get(e.id);
    if (seen) {
      out.set(c.index, seen.body_hash === c.hash && allowed.has(seen.commune_id)
        ? { id: e.id, status: 'duplicate' }
        : refused(e.id, 'conflict', 'Mã sự kiện này đã được gửi trước đó với nội dung khác. Sự kiện không được lưu; hãy báo cán bộ quản trị.'));
      continue;
    }
    let communeId = dossierCommune.get(e.dossierId) ?? newDossiers.get(e.dossierId) ?? null;
    if (communeId !== null && !allowed.has(communeId)) {
      out.set(c.index, refused(e.id, 'wrong-commune', 'Hồ sơ này thuộc xã khác: thiết bị không được ghi vào hồ sơ của xã khác.'));
      continue;
    }
    if (e.type === 'received') {
      const agency = e.code.slice(0, e.code.indexOf('-'));
      const codeCommune = byAgency.get(agency) ?? null;
      if (codeCommune === null || (communeId !== null && communeId !== codeCommune)) {
        out.set(c.index, refused(e.id, 'wrong-commune', `Mã hồ sơ ${e.code} không mang mã định danh của xã (${[...allowed.values()].join(', ')}).`));
        continue;
      }
      const holder = codeHolder.get(e.code);
      if (holder !== undefined && holder !== e.dossierId) {
        out.set(
          c.index,
          refused(e.id, 'duplicate-code', `Mã hồ sơ ${e.code} đã được dùng cho một hồ sơ khác trên máy chủ (thường do thiết bị đã tiếp nhận trước khi đăng ký đồng bộ). Hồ sơ vẫn còn trên máy này; hãy báo cán bộ quản trị của tỉnh.`),
        );
        continue;
      }
      communeId = codeCommune;
      if (!dossierCommune.has(e.dossierId)) {
        newDossiers.set(e.dossierId, communeId);
        codeHolder.set(e.code, e.dossierId);
      }
    } else if (communeId === null) {
      out.set(c.index, refused(e.id, 'unknown-dossier', 'Máy chủ chưa có hồ sơ của sự kiện này (chưa nhận được sự kiện tiếp nhận).'));
      continue;
    }
    existing.set(e.id, { commune_id: communeId, body_hash: c.hash });
    accepted.push({ ...c, communeId });
    out.set(c.index, { id: e.id, status: 'accepted' });
  }
  if (accepted.length === 0) return out;

  const clockFlag = pusher.kind === 'device' && pusher.clockSkewMs !== null && Math.abs(pusher.clockSkewMs) > CLOCK_TOLERANCE_MS;
  const rows: Record<string, unknown>[] = [];
  const perCommune = new Map<string, (Candidate & { communeId: string })[]>();
  for (const a of accepted) {
    const list = perCommune.get(a.communeId);
    if (list) list.push(a);
    else perCommune.set(a.communeId, [a]);
  }
  for (const [communeId, list] of perCommune) {
    // The row lock taken above orders this commune's writers, so seqs follow commit order.
    const { rows: bumped } = await tx.query<{ change_seq: number }>(
      'UPDATE communes SET change_seq = change_seq + $2 WHERE id = $1 RETURNING change_seq',
      [communeId, list.length],
    );
    let seq = bumped[0]!.change_seq - list.length;
    for (const a of list) {
      seq += 1;
      rows.push({
        id: a.event.id,
        commune_id: communeId,
        dossier_id: a.event.dossierId,
        seq,
        hlc: a.event.hlc,
        type: a.event.type,
        device_id: a.event.deviceId,
        body: JSON.parse(a.json),
        body_hash: a.hash,
        received_at: now,
        clock_flag: clockFlag || parseHlc(a.event.hlc).ms > now,
      });
    }
  }
  await tx.query(
    `INSERT INTO events (id, commune_id, dossier_id, seq, hlc, type, device_id, body, body_hash, received_at, clock_flag)
     SELECT id, commune_id, dossier_id, seq, hlc, type, device_id, body, body_hash, received_at, clock_flag
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, commune_id text, dossier_id uuid, seq bigint, hlc text, type text,
            device_id text, body jsonb, body_hash text, received_at bigint, clock_flag boolean)`,
    [JSON.stringify(rows)],
  );
  // A dossier received in this batch has no other events on the hub (its id was unknown under the
  // commune lock): derive it from the rows in hand instead of reading them back.
  const fresh = new Map<string, { events: unknown[]; maxSeq: number }>();
  for (const row of rows) {
    const dossierId = row.dossier_id as string;
    if (!newDossiers.has(dossierId)) continue;
    const g = fresh.get(dossierId) ?? { events: [], maxSeq: 0 };
    g.events.push(row.body);
    g.maxSeq = Math.max(g.maxSeq, row.seq as number);
    fresh.set(dossierId, g);
  }
  const known = [...new Set(accepted.map((a) => a.event.dossierId))].filter((id) => !fresh.has(id));
  await rederive(tx, known, fresh, new Map(accepted.map((a) => [a.event.dossierId, a.communeId])));
  return out;
}

/** Recomputes the hub's copy of each touched dossier from all its events (lenient: conflicts listed). */
async function rederive(
  tx: Queryable,
  dossierIds: string[],
  inHand: Map<string, { events: unknown[]; maxSeq: number }>,
  communeOf: Map<string, string>,
): Promise<void> {
  const { rows } = dossierIds.length === 0
    ? { rows: [] }
    : await tx.query<{ dossier_id: string; body: unknown; seq: number }>('SELECT dossier_id, body, seq FROM events WHERE dossier_id = ANY($1::uuid[])', [dossierIds]);
  const grouped = new Map(inHand);
  for (const row of rows) {
    const g = grouped.get(row.dossier_id) ?? { events: [], maxSeq: 0 };
    g.events.push(typeof row.body === 'string' ? JSON.parse(row.body) : row.body);
    g.maxSeq = Math.max(g.maxSeq, row.seq);
    grouped.set(row.dossier_id, g);
  }
  const contexts = await replayContexts(tx, [...new Set(communeOf.values())]);
  const out: Record<string, unknown>[] = [];
  for (const [id, g] of grouped) {
    const events = g.events.map((e) => asDossierEvent(e as Parsed));
    // The same merged derivation as every device's (conflicts listed, never fatal); a history whose
    // receipt the rules cannot place keeps the lenient result.
    const ctx = contexts.get(communeOf.get(id) ?? '') ?? {};
    const state = deriveDossierLenient(events, ctx).state === null ? null : mergeDossier(events, ctx);
    const received = events.find((e) => e.type === 'received');
    out.push({
      id,
      commune_id: communeOf.get(id),
      code: state?.code ?? (received && 'code' in received ? received.code : ''),
      state,
      status: state?.status ?? null,
      // Every event not applied: the open conflicts, then the resolved ones (with their resolutions).
      conflicts: state ? [...openConflicts(state), ...resolvedConflicts(state)] : [],
      updated_seq: g.maxSeq,
    });
  }
  await tx.query(
    `INSERT INTO dossiers (id, commune_id, code, state, status, conflicts, updated_seq)
     SELECT id, commune_id, code, state, status, conflicts, updated_seq
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, commune_id text, code text, state jsonb, status text, conflicts jsonb, updated_seq bigint)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, state = EXCLUDED.state, status = EXCLUDED.status,
       conflicts = EXCLUDED.conflicts, updated_seq = EXCLUDED.updated_seq`,
    [JSON.stringify(out)],
  );
}

/**
 * The fallback rules a replay needs when an event ends a supplement pause without carrying the
 * new due date: a refusal, withdrawal or supply made on a device that had not yet seen the
 * concurrent request that stopped the clock (recordDecisions only records a new date for a pause
 * it knows of). Without them the hub's derivation threw, and every push touching that dossier
 * failed with 500, blocking the device's outbox for good. Devices replay such an event with their
 * desk rules, which are the app's defaults over the province's official days off (what a
 * commune's device receives by pull), so the hub uses the same.
 */
async function replayContexts(tx: Queryable, communeIds: string[]): Promise<Map<string, DeriveContext>> {
  const rules = await communeRules(tx, communeIds);
  return new Map([...rules].map(([id, r]) => [id, { dueRules: r.dueRules }]));
}

/**
 * The rules a commune's devices replay with: the app's default desk settings over the province's
 * official days off (what a device receives by pull). Also the hub's calendar for the figures
 * (server/statistics.ts).
 */
export async function communeRules(tx: Queryable, communeIds: string[]): Promise<Map<string, DeskRules>> {
  const { rows } = await tx.query<{ commune_id: string; body: unknown }>(
    `SELECT c.id AS commune_id, h.body FROM communes c JOIN holiday_lists h ON h.province_id = c.province_id
      WHERE c.id = ANY($1::text[]) ORDER BY h.year`,
    [communeIds],
  );
  const lists = new Map<string, OfficialYearList[]>(communeIds.map((id) => [id, []]));
  for (const row of rows) lists.get(row.commune_id)?.push((typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as OfficialYearList);
  const out = new Map<string, DeskRules>();
  for (const [id, officialLists] of lists) {
    const calendar = normaliseCalendarSettings({ officialLists });
    out.set(id, rulesFor({ ...DEFAULT_DESK_SETTINGS, calendar }));
  }
  return out;
}
