/**
 * Built hub processes for the hub-process suites: `node dist-server/hub.mjs` as `npm start` runs
 * it (BRIEF "Hub process contract"), on 127.0.0.1 and a free port, plus a bare HTTP client for the
 * sync endpoints and a maker of valid events. Nothing here imports server/: the tests see the hub
 * only through its process and its HTTP API, as a device does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { DossierEvent } from '../../src/domain/dossier/events';
import type { EnrolReply, PullReply, PushReply } from '../../src/sync/protocol';
import { receivedPayload } from '../fixtures';

export const HUB_ENTRY = resolve(import.meta.dirname, '../../dist-server/hub.mjs');

/** Demo accounts that the hub seeds on first run (server/seed.ts). */
export const DEMO = {
  password: 'motcua-demo',
  communeA: { officer: 'muongphang.canbo1', officer2: 'muongphang.canbo2', agencyId: '000.00.21.H17' },
  communeB: { officer: 'thanhnua.canbo1', agencyId: '000.00.22.H17' },
} as const;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface HubProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Resolves when the process has exited (at once if it already has). */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

const running = new Set<HubProcess>();

/** SIGKILLs every hub this file started that is still running (afterAll). */
export async function killAllHubs(): Promise<void> {
  await Promise.all([...running].map((h) => h.kill('SIGKILL')));
}

export interface HubOptions {
  /** PGlite data folder (HUB_DATA_DIR). */
  dataDir?: string;
  /** A real PostgreSQL (DATABASE_URL). */
  databaseUrl?: string;
}

/** Starts `node dist-server/hub.mjs` and waits for its `hub listening` line. */
export async function startHub(options: HubOptions): Promise<HubProcess> {
  if (!existsSync(HUB_ENTRY)) throw new Error(`${HUB_ENTRY} is missing: run \`npm run build:hub\` first (npm run test:e2e does).`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, await freePort());
    } catch (error) {
      // The free port can be taken between asking and listening: try another, a few times.
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

function startOnce(options: HubOptions, port: number): Promise<HubProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.HUB_DATA_DIR;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  if (options.dataDir) env.HUB_DATA_DIR = options.dataDir;
  const child = spawn(process.execPath, [HUB_ENTRY], { cwd: resolve(import.meta.dirname, '../..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let exitedFlag = false;
  const exited = new Promise<void>((done) => child.once('exit', () => ((exitedFlag = true), done())));
  const hub: HubProcess = {
    url: '',
    child,
    output: () => log,
    exited,
    async kill(signal) {
      if (!exitedFlag) child.kill(signal);
      await exited;
      running.delete(hub);
    },
  };
  running.add(hub);
  return new Promise((resolveHub, reject) => {
    let pending = '';
    const timer = setTimeout(() => {
      void hub.kill('SIGKILL');
      reject(new Error(`hub did not start within 60 s:\n${log.slice(-3000)}`));
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'hub listening' && !hub.url) {
            clearTimeout(timer);
            // The log names the address it was given; the test talks to it on 127.0.0.1.
            hub.url = `http://127.0.0.1:${port}`;
            resolveHub(hub);
          }
        } catch {
          // Not JSON after all: ignore.
        }
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      running.delete(hub);
      if (!hub.url) reject(new Error(`hub exited before listening (${child.exitCode ?? child.signalCode}):\n${log.slice(-3000)}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 500)}`);
  }
}

async function call<T>(url: string, init: RequestInit & { credential?: string }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body) headers['content-type'] = 'application/json';
  if (init.credential) headers.authorization = `Bearer ${init.credential}`;
  const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text);
  return JSON.parse(text) as T;
}

export interface Device {
  deviceId: string;
  credential: string;
  slot: EnrolReply['codeSlot'];
  agencyId: string;
}

export async function enrol(hubUrl: string, username: string, deviceId = `dev-${randomUUID().slice(0, 8)}`): Promise<Device> {
  const reply = await call<EnrolReply>(`${hubUrl}/api/v1/devices/enrol`, {
    method: 'POST',
    body: JSON.stringify({ username, password: DEMO.password, deviceName: `Máy thử ${deviceId}`, deviceId }),
  });
  return { deviceId: reply.deviceId, credential: reply.credential, slot: reply.codeSlot, agencyId: reply.commune.agencyId };
}

export function push(hubUrl: string, device: Device, events: readonly DossierEvent[]): Promise<PushReply> {
  return call<PushReply>(`${hubUrl}/api/v1/sync/push`, {
    method: 'POST',
    credential: device.credential,
    body: JSON.stringify({ events, sentAt: Date.now() }),
  });
}

export function pull(hubUrl: string, device: Device, cursor: string | undefined, limit: number): Promise<PullReply> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor !== undefined) query.set('cursor', cursor);
  return call<PullReply>(`${hubUrl}/api/v1/sync/pull?${query}`, { method: 'GET', credential: device.credential });
}

/** Pulls every page until `upToDate`; returns the events and the last cursor. */
export async function pullAll(hubUrl: string, device: Device, limit = 500, cursor?: string): Promise<{ events: DossierEvent[]; cursor: string | undefined }> {
  const events: DossierEvent[] = [];
  for (;;) {
    const page = await pull(hubUrl, device, cursor, limit);
    events.push(...(page.events as DossierEvent[]));
    cursor = page.cursor;
    if (page.upToDate) return { events, cursor };
  }
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** A device's event maker: HLC stamps in its own order, codes in its own slot. */
export function eventMaker(device: Device) {
  let last = 0;
  let counter = 0;
  let nextCode = device.slot.first;
  const meta = () => {
    const now = Date.now();
    if (now > last) {
      last = now;
      counter = 0;
    } else counter++;
    return {
      id: randomUUID(),
      deviceId: device.deviceId,
      officerId: 'officer-test',
      hlc: `${String(last).padStart(15, '0')}:${counter.toString(36).padStart(5, '0')}:${device.deviceId}`,
      at: last,
    };
  };
  return {
    received(): DossierEvent {
      if (nextCode > device.slot.last) throw new Error('code slot used up');
      const m = meta();
      const d = new Date(m.at + 7 * 3600_000);
      const yymmdd = `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
      const code = `${device.agencyId}-${yymmdd}-${String(nextCode++).padStart(4, '0')}`;
      return { ...m, dossierId: randomUUID(), ...receivedPayload({ code, dueAt: m.at + 3 * 86_400_000 }) } as DossierEvent;
    },
    noted(dossierId: string, text: string): DossierEvent {
      return { ...meta(), dossierId, type: 'noted', text } as DossierEvent;
    },
  };
}

export const tempDirPrefix = (name: string): string => join(process.env.TMPDIR ?? '/tmp', `motcua-${name}-`);
