/**
 * A small world for the convergence property test (issue 7 §6): the REAL hub (createHub on a
 * PGlite data folder, or a PostgreSQL database) driven in-process, several devices each with its
 * own fake-indexeddb database and the app's own sync engine, the province pushing events, and a
 * link between them that drops, loses replies, delivers twice or late, all decided by a seeded
 * PRNG so that a failing schedule can be replayed from its seed.
 *
 * Needs `fake-indexeddb/auto` imported before Dexie (the test file does it first).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import * as v from 'valibot';
import { createHub } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';
import { createHlc, type HlcClock } from '../../src/domain/clock';
import { DEFAULT_DESK_SETTINGS, rulesFor } from '../../src/domain/deskSettings';
import type { DossierEvent, DossierEventPayload } from '../../src/domain/dossier/events';
import { checkTransition, mergeDossier, recordDecisions } from '../../src/domain/dossier/lifecycle';
import { openConflicts, type DossierState } from '../../src/domain/dossier/state';
import { MotcuaDatabase } from '../../src/store/db';
import { enrolReplySchema, pullReplySchema, pushReplySchema, API_PREFIX, type PushReply } from '../../src/sync/protocol';
import { TransportError, type SyncTransport } from '../../src/sync/transport';
import { createTestDatabase } from '../pg/helpers';
import { seeded } from '../prng';

export const PASSWORD = 'motcua-demo';
/** A Tuesday morning in Vietnam: working hours, so appointments fall on ordinary days. */
export const START = Date.UTC(2026, 11, 1, 2, 0, 0);

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** The seeded generator of tests/prng.ts, with the choices the simulation makes. */
export class Rng {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seeded(seed);
  }
  next(): number {
    return this.random();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------------------------
// The hub, restartable
// ---------------------------------------------------------------------------------------------

export interface HubSite {
  readonly app: FastifyInstance;
  readonly db: Database;
  /** The hub's clock (the simulation moves it). */
  readonly clock: { now: number };
  restarts: number;
  /** Closes the hub and its database, opens them again on the same data: nothing may be lost. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function openHubSite(kind: 'pglite' | 'postgres', clock: { now: number }): Promise<HubSite> {
  let dir: string | null = null;
  let drop: (() => Promise<void>) | null = null;
  let open: () => Promise<Database>;
  if (kind === 'pglite') {
    // A real folder: with memory:// a restart would start from nothing.
    dir = mkdtempSync(join(tmpdir(), 'motcua-convergence-'));
    const dataDir = dir;
    open = () => openDatabase({ dataDir });
  } else {
    const test = await createTestDatabase('convergence');
    drop = test.drop;
    open = () => openDatabase({ url: test.url });
  }
  async function boot(): Promise<{ app: FastifyInstance; db: Database }> {
    const db = await open();
    await migrate(db);
    await seedDemo(db);
    // CONVERGENCE_HUB_LOG=1 shows the hub's internal errors when a seed fails with one.
    const app = createHub({ database: db, now: () => clock.now, logger: process.env.CONVERGENCE_HUB_LOG ? { level: 'error' } : false });
    await app.ready();
    return { app, db };
  }
  let current = await boot();
  const site: HubSite = {
    get app() {
      return current.app;
    },
    get db() {
      return current.db;
    },
    clock,
    restarts: 0,
    async restart() {
      await current.app.close();
      await current.db.close();
      current = await boot();
      site.restarts += 1;
    },
    async dispose() {
      await current.app.close();
      await current.db.close();
      if (drop) await drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
  return site;
}

// ---------------------------------------------------------------------------------------------
// The link
// ---------------------------------------------------------------------------------------------

export interface LinkStats {
  requests: number;
  offline: number;
  lostReplies: number;
  duplicated: number;
  delayed: number;
}

export function emptyStats(): LinkStats {
  return { requests: 0, offline: 0, lostReplies: 0, duplicated: 0, delayed: 0 };
}

/** What a link does to requests. Faults apply while `faults` is on; `online` off: nothing gets through. */
export interface Link {
  online: boolean;
  faults: boolean;
  /** The hub processes the request, the reply never arrives. */
  loseReply: number;
  /** The request reaches the hub twice in a row (a retrying proxy). */
  duplicate: number;
  /**
   * The request is held on the way and reaches the hub at a later step, after the device has
   * given up on it (timeout) and moved on.
   */
  delay: number;
  /** Scripted fates of the next requests, taken before any random fault (a focused test's schedule). */
  script?: ('ok' | 'hold' | 'lose' | 'offline')[];
}

/** Requests held on the wire, delivered later by the simulation (`deliverHeld`). */
export type Held = () => Promise<void>;

export class Network {
  held: Held[] = [];
  stats = emptyStats();
  constructor(
    readonly site: HubSite,
    readonly rng: Rng,
  ) {}

  async inject(link: Link, options: InjectOptions, kind: 'push' | 'other'): Promise<LightMyRequestResponse> {
    this.stats.requests += 1;
    const fate = link.script?.shift();
    if (fate === 'offline') throw new TransportError('offline', 'Không kết nối được máy chủ (mô phỏng mất mạng).');
    if (fate === 'hold') {
      this.held.push(async () => {
        await this.site.app.inject(options);
      });
      throw new TransportError('timeout', 'Máy chủ không trả lời kịp (mô phỏng: yêu cầu bị giữ trên đường truyền).');
    }
    if (fate === 'lose') {
      await this.site.app.inject(options);
      throw new TransportError('timeout', 'Máy chủ không trả lời kịp (mô phỏng: mất câu trả lời).');
    }
    if (fate === 'ok') return this.site.app.inject(options);
    if (!link.online) {
      this.stats.offline += 1;
      throw new TransportError('offline', 'Không kết nối được máy chủ (mô phỏng mất mạng).');
    }
    if (link.faults && kind === 'push' && this.rng.chance(link.delay)) {
      this.stats.delayed += 1;
      this.held.push(async () => {
        await this.site.app.inject(options);
      });
      throw new TransportError('timeout', 'Máy chủ không trả lời kịp (mô phỏng: yêu cầu bị giữ trên đường truyền).');
    }
    let res = await this.site.app.inject(options);
    if (link.faults && kind === 'push' && this.rng.chance(link.duplicate)) {
      this.stats.duplicated += 1;
      res = await this.site.app.inject(options);
    }
    if (link.faults && this.rng.chance(link.loseReply)) {
      this.stats.lostReplies += 1;
      throw new TransportError('timeout', 'Máy chủ không trả lời kịp (mô phỏng: mất câu trả lời).');
    }
    return res;
  }

  /** Delivers the held requests (some or all), in a random order. */
  async deliverHeld(all: boolean): Promise<number> {
    let n = 0;
    while (this.held.length > 0) {
      const i = this.rng.int(0, this.held.length - 1);
      const [request] = this.held.splice(i, 1);
      await request!();
      n += 1;
      if (!all && this.rng.chance(0.5)) break;
    }
    return n;
  }
}

function reply<T>(res: LightMyRequestResponse, schema: v.GenericSchema<unknown, T>): T {
  const json = JSON.parse(res.body) as unknown;
  if (res.statusCode >= 400) {
    const error = (json as { error: { code: string; message: string; retryAfter?: number } }).error;
    throw new TransportError('http', error.message, { code: error.code, status: res.statusCode, retryAfter: error.retryAfter ?? null });
  }
  return v.parse(schema, json);
}

/** A device's link to the hub through `app.inject()`: the engine sees what fetch would give it. */
export function hubTransport(network: Network, link: Link): SyncTransport {
  const headers = (credential?: string) => ({ 'content-type': 'application/json', ...(credential ? { authorization: `Bearer ${credential}` } : {}) });
  return {
    async enrol(request) {
      const res = await network.inject(link, { method: 'POST', url: `${API_PREFIX}/devices/enrol`, payload: JSON.stringify(request), headers: headers() }, 'other');
      return reply(res, enrolReplySchema);
    },
    async push(credential, request) {
      const res = await network.inject(link, { method: 'POST', url: `${API_PREFIX}/sync/push`, payload: JSON.stringify(request), headers: headers(credential) }, 'push');
      return reply(res, pushReplySchema);
    },
    async pull(credential, cursor, limit) {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      if (limit) query.set('limit', String(limit));
      const res = await network.inject(link, { method: 'GET', url: `${API_PREFIX}/sync/pull?${query}`, headers: headers(credential) }, 'other');
      return reply(res, pullReplySchema);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// What officers do
// ---------------------------------------------------------------------------------------------

export const ACTIONS = [
  'transferred',
  'appraised',
  'supplement-requested',
  'supplement-supplied',
  'refused',
  'approved',
  'result-ready',
  'returned',
  'withdrawn',
  'apologised',
  'rated',
  'noted',
  'conflict-resolved',
] as const;
export type Action = (typeof ACTIONS)[number];

const SPECIALIST = { kind: 'commune-specialist' as const, name: 'Công chức Tư pháp - Hộ tịch', person: 'Lò Văn Hùng' };
const LEADER = { kind: 'leader' as const, name: 'Chủ tịch UBND xã', person: null };
const ITEMS = [{ name: 'Bản sao giấy chứng sinh', originals: 0, copies: 1 }];

/** A payload of `action` for a dossier in `state` at `at`; null when it makes no sense to try. */
export function payloadFor(action: Action, state: DossierState, at: number, rng: Rng): DossierEventPayload | null {
  switch (action) {
    case 'transferred': {
      const to = state.currentUnit.kind === 'desk' ? rng.pick([SPECIALIST, LEADER]) : rng.pick([LEADER, { kind: 'desk' as const, name: 'Bộ phận một cửa', person: null }]);
      return { type: 'transferred', from: state.currentUnit, to, note: rng.chance(0.3) ? 'Chuyển xử lý' : null };
    }
    case 'appraised':
      return { type: 'appraised', conclusion: rng.pick(['eligible', 'needs-supplement', 'not-eligible'] as const), note: null, by: SPECIALIST };
    case 'supplement-requested':
      return { type: 'supplement-requested', items: ITEMS, reason: 'Thiếu giấy chứng sinh', requestedBy: rng.pick(['desk', 'handler'] as const) };
    case 'supplement-supplied':
      return { type: 'supplement-supplied', items: ITEMS, note: null };
    case 'refused':
      return { type: 'refused', reasons: 'Hồ sơ không đủ điều kiện theo quy định' };
    case 'approved':
      return { type: 'approved', signer: 'Giàng A Tủa', signerTitle: 'Chủ tịch', note: null };
    case 'result-ready':
      return { type: 'result-ready', resultNumber: `${rng.int(1, 999)}/GKS`, note: null };
    case 'returned':
      return { type: 'returned', method: 'desk', recipient: state.applicant.name, postalTracking: null, feeCollectedVnd: 0 };
    case 'withdrawn':
      return { type: 'withdrawn', kind: rng.pick(['withdrawn', 'stopped'] as const), reason: 'Công dân xin rút hồ sơ' };
    case 'apologised':
      return { type: 'apologised', reason: 'Cần xác minh thêm', newDueAt: Math.max(state.dueAt, at) + rng.int(1, 5) * 86_400_000, by: null };
    case 'rated':
      return { type: 'rated', level: rng.pick(['very-satisfied', 'satisfied', 'acceptable', 'not-satisfied'] as const), comment: null };
    case 'noted':
      return { type: 'noted', text: `Ghi chú ${rng.int(1, 9999)}` };
    case 'conflict-resolved': {
      const open = openConflicts(state);
      if (open.length === 0) return null;
      return { type: 'conflict-resolved', eventId: rng.pick(open).eventId, note: 'Đã trao đổi, giữ theo thứ tự đã gộp' };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The province
// ---------------------------------------------------------------------------------------------

/**
 * Provincial staff adding events to dossiers the hub holds, through POST /province/events, on the
 * same faulty link. Unsent events wait in its own outbox and are sent again until the hub says
 * accepted or duplicate.
 */
export class Province {
  outbox: DossierEvent[] = [];
  made: DossierEvent[] = [];
  refused: { event: DossierEvent; code: string; message: string }[] = [];
  private token: string | null = null;
  private accountId = '';
  private clock: HlcClock | null = null;
  private readonly rules = rulesFor(DEFAULT_DESK_SETTINGS).dueRules;

  constructor(
    readonly network: Network,
    readonly link: Link,
  ) {}

  get deviceId(): string {
    return `province-${this.accountId}`;
  }

  private async login(): Promise<string> {
    const res = await this.network.inject(this.link, {
      method: 'POST',
      url: `${API_PREFIX}/login`,
      payload: JSON.stringify({ username: 'tinh.quantri', password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
    }, 'other');
    if (res.statusCode !== 200) throw new Error(`province login: ${res.statusCode} ${res.body}`);
    const body = res.json() as { token: string; account: { id: string; name: string } };
    this.token = body.token;
    this.accountId = body.account.id;
    this.clock ??= createHlc(this.deviceId, () => this.network.site.clock.now);
    return body.token;
  }

  /** Adds one event to a random dossier of the hub, judged against what the hub holds now. */
  async act(rng: Rng): Promise<'made' | 'not-allowed' | 'nothing' | 'offline'> {
    if (!this.clock) {
      try {
        await this.login();
      } catch (error) {
        if (error instanceof TransportError) return 'offline';
        throw error;
      }
    }
    const db = this.network.site.db;
    const dossiers = (await db.query<{ id: string }>('SELECT id FROM dossiers ORDER BY code')).rows;
    if (dossiers.length === 0) return 'nothing';
    const { id } = rng.pick(dossiers);
    const rows = (await db.query<{ body: unknown }>('SELECT body FROM events WHERE dossier_id = $1', [id])).rows;
    const history = rows.map((r) => (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as DossierEvent);
    // Its own events not sent yet belong to what it knows.
    for (const e of this.outbox) if (e.dossierId === id && !history.some((h) => h.id === e.id)) history.push(e);
    const state = mergeDossier(history, { dueRules: this.rules });
    const at = this.network.site.clock.now;
    const payload = payloadFor(rng.pick(ACTIONS), state, at, rng);
    if (!payload || !checkTransition(state, payload, at).ok) return 'not-allowed';
    for (const e of history) this.clock!.receive(e.hlc);
    const event = recordDecisions(history, {
      ...payload,
      id: randomUUID(),
      dossierId: id,
      deviceId: this.deviceId,
      officerId: this.accountId,
      officerName: 'Quản trị hệ thống một cửa tỉnh',
      hlc: this.clock!.tick(),
      at,
    } as DossierEvent, this.rules);
    this.outbox.push(event);
    this.made.push(event);
    return 'made';
  }

  /** Sends the outbox; false when the link failed (the events stay). */
  async flush(): Promise<boolean> {
    if (this.outbox.length === 0) return true;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      let token: string;
      try {
        token = this.token ?? (await this.login());
      } catch (error) {
        if (error instanceof TransportError) return false;
        throw error;
      }
      const batch = this.outbox.slice(0, 200);
      let res: LightMyRequestResponse;
      try {
        res = await this.network.inject(this.link, {
          method: 'POST',
          url: `${API_PREFIX}/province/events`,
          payload: JSON.stringify({ events: batch, sentAt: this.network.site.clock.now }),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        }, 'push');
      } catch (error) {
        if (error instanceof TransportError) return false;
        throw error;
      }
      if (res.statusCode === 401) {
        // The staff session expired (12 h): log in again.
        this.token = null;
        continue;
      }
      const body = reply(res, pushReplySchema) as PushReply;
      const settled = new Set<string>();
      for (const r of body.results) {
        if (r.status === 'accepted' || r.status === 'duplicate') settled.add(r.id);
        else {
          const event = batch.find((e) => e.id === r.id);
          if (event) this.refused.push({ event, code: r.code ?? '', message: r.message ?? '' });
          settled.add(r.id);
        }
      }
      this.outbox = this.outbox.filter((e) => !settled.has(e.id));
      return true;
    }
    return false;
  }
}

/** A fresh device database (fake-indexeddb) with a unique name. */
export function deviceDatabase(label: string): MotcuaDatabase {
  return new MotcuaDatabase(`convergence-${label}-${randomUUID().slice(0, 8)}`);
}

/** Keys of a stored dossier row that are indexes over the state, not the state itself (dossierRow.ts). */
export const ROW_ONLY_KEYS = ['applicantIdNumber', 'searchText', 'searchWords', 'openDueAt', 'unapologisedDueAt', 'conflictAt'] as const;

/** The derived state a row holds, as JSON would carry it (undefined keys dropped). */
export function stateOfRow(row: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const k of ROW_ONLY_KEYS) delete copy[k];
  return JSON.parse(JSON.stringify(copy)) as Record<string, unknown>;
}

export function asJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : JSON.parse(JSON.stringify(value))) as T;
}
