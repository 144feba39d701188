/** A migrated, seeded hub on one database target, driven in-process with inject(). */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { formatHlc } from '../../src/domain/clock';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { createHub } from '../../server/app';
import type { Database } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';
import { receivedPayload } from '../fixtures';
import type { DbTarget } from './targets';

export const T0 = Date.UTC(2026, 11, 1, 3, 0, 0);
export const AGENCY_A = '000.00.21.H17';
export const AGENCY_B = '000.00.22.H17';
export const PASSWORD = 'motcua-demo';
export const OFFICER_A = 'muongphang.canbo1';
export const OFFICER_A2 = 'muongphang.canbo2';
export const OFFICER_B = 'thanhnua.canbo1';
export const PROVINCE = 'tinh.quantri';

export interface Hub {
  app: FastifyInstance;
  db: Database;
  clock: { now: number };
  close(): Promise<void>;
}

export async function startHub(target: DbTarget, wrap?: (db: Database) => Database): Promise<Hub> {
  const { db, drop } = await target.create();
  await migrate(db);
  await seedDemo(db);
  const clock = { now: T0 };
  const app = createHub({ database: wrap ? wrap(db) : db, now: () => clock.now, logger: false });
  await app.ready();
  return {
    app,
    db,
    clock,
    async close() {
      await app.close();
      await drop();
    },
  };
}

export async function post(app: FastifyInstance, url: string, body: unknown, token?: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

export async function postGzip(app: FastifyInstance, url: string, body: unknown, token?: string): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: gzipSync(Buffer.from(JSON.stringify(body))),
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

export async function get(app: FastifyInstance, url: string, token?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

export interface Enrolled {
  deviceId: string;
  credential: string;
  codeSlot: { number: number; first: number; last: number };
}

export async function enrol(app: FastifyInstance, username: string, deviceId = `dev-${randomUUID().slice(0, 8)}`): Promise<Enrolled> {
  const res = await post(app, '/api/v1/devices/enrol', { username, password: PASSWORD, deviceName: `Máy ${deviceId}`, deviceId });
  if (res.statusCode !== 200) throw new Error(`enrol ${username}: ${res.statusCode} ${res.body}`);
  return res.json() as Enrolled;
}

export async function login(app: FastifyInstance, username: string): Promise<string> {
  const res = await post(app, '/api/v1/login', { username, password: PASSWORD });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

let counter = 0;
function hlc(deviceId: string, ms: number): string {
  counter += 1;
  return formatHlc({ ms, counter: counter % 1000, deviceId });
}

/** Each received event gets its own code unless told (the hub refuses a code given twice). */
let codeSeq = 2000;

export function received(deviceId: string, agency: string, opts: { at?: number; seq?: number; dossierId?: string } = {}): DossierEvent {
  const at = opts.at ?? T0 - 60_000;
  const yymmdd = new Date(at + 7 * 3600_000).toISOString().slice(2, 10).replaceAll('-', '');
  return {
    ...receivedPayload({ dueAt: at + 3 * 86_400_000, code: `${agency}-${yymmdd}-${String(opts.seq ?? (codeSeq = codeSeq >= 9999 ? 2000 : codeSeq + 1)).padStart(4, '0')}` }),
    id: randomUUID(),
    dossierId: opts.dossierId ?? randomUUID(),
    deviceId,
    officerId: 'officer-1',
    officerName: 'Cán bộ thử',
    hlc: hlc(deviceId, at),
    at,
  } as DossierEvent;
}

export function noted(deviceId: string, dossierId: string, at = T0 - 30_000): DossierEvent {
  return { type: 'noted', text: 'Ghi chú', id: randomUUID(), dossierId, deviceId, officerId: 'officer-1', hlc: hlc(deviceId, at), at } as DossierEvent;
}

export interface PullPage {
  events: DossierEvent[];
  cursor: string;
  upToDate: boolean;
  catalogue?: { version: string; procedures: unknown[] };
  holidays?: { version: number };
  commune?: { agencyId: string };
  codeSlot: { number: number; first: number; last: number };
}

export async function pullAll(app: FastifyInstance, credential: string, limit = 500, cursor?: string): Promise<{ events: DossierEvent[]; cursor: string; pages: number }> {
  const events: DossierEvent[] = [];
  let pages = 0;
  for (;;) {
    const res = await get(app, `/api/v1/sync/pull?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, credential);
    if (res.statusCode !== 200) throw new Error(`pull: ${res.statusCode} ${res.body}`);
    const page = res.json() as PullPage;
    pages += 1;
    events.push(...page.events);
    cursor = page.cursor;
    if (page.upToDate) return { events, cursor, pages };
  }
}

/** Counts and a hash of every table's content: "the database did not change". */
export async function dumpDatabase(db: Database): Promise<Record<string, string>> {
  const tables = ['provinces', 'communes', 'accounts', 'login_throttle', 'sessions', 'devices', 'slot_leases', 'events', 'dossiers', 'catalogue', 'holiday_lists', 'holiday_versions'];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const { rows } = await db.query<{ n: number; h: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${t} t`);
    out[t] = `${rows[0]!.n}:${rows[0]!.h ?? ''}`;
  }
  return out;
}
