/**
 * Hub throughput (bench/hubLoad.mjs bundles and runs this): N devices push batches of 100
 * received events at once to the built hub (a separate process: its memory is its own), for a
 * fixed time; then N other devices pull what was pushed, page by page. On PGlite (a temp folder)
 * and on a throwaway PostgreSQL (tests/pg/globalSetup.ts starts it, as for the hub suites).
 *
 * Each device belongs to its own commune (the province's communes push at once; within one commune
 * pushes queue on the commune's row lock by design), plus one run with every device in one commune.
 * Events are a commune desk's received events: a real catalogue procedure's terms and document
 * list, a person's name, ID number, address and phone, 1.5–2.5 KB of JSON each, gzip bodies as
 * the app sends them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openDatabase, type Database } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';
import { procedures } from '../../src/data/catalogue/procedures';
import { formatHlc } from '../../src/domain/clock';
import { formatDossierCode } from '../../src/domain/dossierCode';
import { procedureVersion, termsForChannel } from '../../src/domain/procedure';
import startPostgres from '../../tests/pg/globalSetup';
import { createTestDatabase } from '../../tests/pg/helpers';
import { makeApplicant, pick, seeded } from '../sync/people';

const BATCH = 100;
const PUSH_SECONDS = Number(process.env.BENCH_PUSH_SECONDS ?? 12);
const LEVELS = (process.env.BENCH_DEVICES ?? '1,4,16').split(',').map(Number);
const PASSWORD = 'motcua-demo';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/**
 * A fresh hub database: the demo province plus `communes` more communes, each with two officers
 * and code ranges of 100 a day (room for 99 devices: the one-commune run enrols 17).
 */
async function prepare(db: Database, communes: number): Promise<string[]> {
  await migrate(db);
  await seedDemo(db);
  const ids: string[] = [];
  for (let i = 0; i < communes; i++) {
    const id = `bench-${i}`;
    const agency = `000.00.${String(30 + i).padStart(2, '0')}.H17`;
    await db.query(
      `INSERT INTO communes (id, province_id, name, agency_id, agency_name, parent_agency_name, place_name, address, sequence_scope, slot_size)
       SELECT $1, province_id, $2, $3, $4, parent_agency_name, $5, address, sequence_scope, 100 FROM communes WHERE id = 'muong-phang'`,
      [id, `Xã Thử ${i}`, agency, `UBND XÃ THỬ ${i}`, `Thử ${i}`],
    );
    for (const n of [1, 2]) {
      await db.query(
        `INSERT INTO accounts (id, username, password_hash, display_name, role, commune_id, province_id)
         SELECT $1, $2, password_hash, $3, 'officer', $4, province_id FROM accounts WHERE username = 'muongphang.canbo1'`,
        [randomUUID(), `bench${i}.canbo${n}`, `Cán bộ ${n} xã thử ${i}`, id],
      );
    }
    ids.push(id);
  }
  return ids;
}

interface HubProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startHub(env: Record<string, string>): Promise<HubProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.HUB_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist-server/hub.mjs'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', HUB_STATIC_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: string) => {
      buffer += chunk;
      if (buffer.includes('"hub listening"')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`hub exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
}

async function call(url: string, init: RequestInit): Promise<unknown> {
  const res = await fetch(url, init);
  const body = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

interface Device {
  deviceId: string;
  credential: string;
  agency: string;
  slot: { first: number; last: number };
}

async function enrol(hub: string, username: string): Promise<Device> {
  const deviceId = `load-${randomUUID().slice(0, 8)}`;
  const reply = (await call(`${hub}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD, deviceName: `Máy ${deviceId}`, deviceId }),
  })) as { credential: string; commune: { agencyId: string }; codeSlot: { first: number; last: number } };
  return { deviceId, credential: reply.credential, agency: reply.commune.agencyId, slot: reply.codeSlot };
}

const receivable = procedures.filter((p) => termsForChannel(p, 'desk')?.timeLimit?.amount != null);

/** `count` received events of a device, as the store makes them (see bench/sync/device.ts for the real path). */
function batchOf(device: Device, state: { n: number; counter: number }, random: () => number): unknown[] {
  const events: unknown[] = [];
  for (let i = 0; i < BATCH; i++) {
    const procedure = pick(random, receivable);
    const terms = termsForChannel(procedure, 'desk')!;
    const docCase = procedure.cases[0];
    // Codes are unique per day: move one day back each time the slot's range is used up.
    const range = device.slot.last - device.slot.first + 1;
    const day = Math.floor(state.n / range);
    const at = Date.now() - 60_000 - day * 86_400_000;
    const seq = device.slot.first + (state.n % range);
    state.n += 1;
    state.counter += 1;
    const person = makeApplicant(random, 2026);
    events.push({
      id: randomUUID(),
      dossierId: randomUUID(),
      deviceId: device.deviceId,
      officerId: 'o-load',
      officerName: 'Cán bộ thử tải',
      hlc: formatHlc({ ms: Date.now() - 1000, counter: state.counter % 60_000, deviceId: device.deviceId }),
      at,
      type: 'received',
      code: formatDossierCode(device.agency, at, seq),
      terms: {
        procedureVersion: procedureVersion(procedure),
        procedureId: procedure.id,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        fieldCode: procedure.field.code,
        fieldName: procedure.field.name,
        timeLimit: terms.timeLimit,
        formRegime: 'tt03-2025',
      },
      caseId: docCase?.id ?? null,
      channel: 'desk',
      applicant: person.applicant,
      documents: (docCase?.documents ?? []).map((d) => ({ name: d.name, originals: d.originals ?? 0, copies: d.copies ?? 0, received: true })),
      sets: 1,
      feeVnd: 0,
      returnMethod: 'desk',
      returnAddress: null,
      dueAt: at + 5 * 86_400_000,
      note: null,
    });
  }
  return events;
}

interface Level {
  devices: number;
  layout: 'own commune each' | 'one commune';
  accepted: number;
  refused: number;
  pushes: number;
  seconds: number;
  eventsPerSecond: number;
  p50: number;
  p95: number;
  pullPages: number;
  pullEvents: number;
  pullSeconds: number;
  memory: { rss: number; peak: number };
}

async function runLevel(hub: HubProcess, devices: number, usernames: { push: string; pull: string }[]): Promise<Omit<Level, 'layout'>> {
  const pushers = await Promise.all(usernames.slice(0, devices).map((u) => enrol(hub.url, u.push)));
  const latencies: number[] = [];
  let accepted = 0;
  let refused = 0;
  const firstRefusals: string[] = [];
  const t0 = performance.now();
  const deadline = t0 + PUSH_SECONDS * 1000;
  await Promise.all(
    pushers.map(async (device, k) => {
      const random = seeded(1000 + k);
      const state = { n: 0, counter: 0 };
      while (performance.now() < deadline) {
        const body = gzipSync(JSON.stringify({ events: batchOf(device, state, random), sentAt: Date.now() }));
        const s = performance.now();
        const reply = (await call(`${hub.url}/api/v1/sync/push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${device.credential}` },
          body,
        })) as { results: { status: string; code?: string; message?: string }[] };
        latencies.push(performance.now() - s);
        for (const r of reply.results) {
          if (r.status === 'accepted') accepted += 1;
          else {
            refused += 1;
            if (firstRefusals.length < 3) firstRefusals.push(`${r.code}: ${r.message}`);
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  if (firstRefusals.length > 0) console.log(`    refusals, e.g.: ${firstRefusals.join(' | ')}`);

  // Pulls: a second device of each commune reads everything pushed, 500 events a page (the app's page).
  const pullers = await Promise.all([...new Set(usernames.slice(0, devices).map((u) => u.pull))].map((u) => enrol(hub.url, u)));
  let pages = 0;
  let pulled = 0;
  const p0 = performance.now();
  // One commune: one puller (every puller would read the same events).
  await Promise.all(
    pullers.map(async (device) => {
      let cursor: string | null = null;
      for (;;) {
        const query = new URLSearchParams({ limit: '500', ...(cursor ? { cursor } : {}) });
        const page = (await call(`${hub.url}/api/v1/sync/pull?${query}`, {
          headers: { authorization: `Bearer ${device.credential}`, 'accept-encoding': 'gzip' },
        })) as { events: unknown[]; cursor: string; upToDate: boolean };
        pages += 1;
        pulled += page.events.length;
        cursor = page.cursor;
        if (page.upToDate) break;
      }
    }),
  );
  const pullSeconds = (performance.now() - p0) / 1000;
  return {
    devices,
    accepted,
    refused,
    pushes: latencies.length,
    seconds,
    eventsPerSecond: accepted / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    pullPages: pages,
    pullEvents: pulled,
    pullSeconds,
    memory: memory(hub.child.pid!),
  };
}

async function backend(kind: 'pglite' | 'postgres'): Promise<Level[]> {
  const maxDevices = Math.max(...LEVELS);
  const results: Level[] = [];
  const layouts = (process.env.BENCH_LAYOUTS ?? 'own,one').split(',');
  for (const layout of (['own commune each', 'one commune'] as const).filter((l) => layouts.includes(l.split(' ')[0]!))) {
    for (const devices of layout === 'one commune' ? [Math.max(...LEVELS)] : LEVELS) {
      // A fresh database per level: the numbers of one level do not depend on what the last one left.
      let env: Record<string, string>;
      let cleanup: () => Promise<void>;
      if (kind === 'pglite') {
        const dir = mkdtempSync(join(tmpdir(), 'motcua-load-'));
        const db = await openDatabase({ dataDir: join(dir, 'data') });
        await prepare(db, maxDevices);
        await db.close();
        env = { HUB_DATA_DIR: join(dir, 'data') };
        cleanup = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const test = await createTestDatabase('hub_load');
        const db = await openDatabase({ url: test.url });
        await prepare(db, maxDevices);
        await db.close();
        env = { DATABASE_URL: test.url };
        cleanup = () => test.drop();
      }
      const hub = await startHub(env);
      try {
        const usernames =
          layout === 'one commune'
            ? Array.from({ length: devices }, () => ({ push: 'bench0.canbo1', pull: 'bench0.canbo2' }))
            : Array.from({ length: devices }, (_, i) => ({ push: `bench${i}.canbo1`, pull: `bench${i}.canbo2` }));
        const level = { ...(await runLevel(hub, devices, usernames)), layout };
        results.push(level);
        console.log(
          `  ${kind}, ${devices} device(s), ${layout}: ${level.accepted} events accepted in ${level.pushes} pushes over ${level.seconds.toFixed(1)} s = ${level.eventsPerSecond.toFixed(0)} events/s` +
            `${level.refused ? ` (${level.refused} refused!)` : ''}; push latency p50 ${level.p50.toFixed(0)} ms, p95 ${level.p95.toFixed(0)} ms; ` +
            `pull ${level.pullPages} pages (${level.pullEvents} events) in ${level.pullSeconds.toFixed(1)} s = ${(level.pullPages / level.pullSeconds).toFixed(1)} pages/s; ` +
            `hub RSS ${level.memory.rss.toFixed(0)} MB (peak ${level.memory.peak.toFixed(0)} MB)`,
        );
      } finally {
        await hub.stop();
        await cleanup();
      }
    }
  }
  return results;
}

export async function main(): Promise<void> {
  const which = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  if (which.includes('pglite')) {
    console.log('PGlite (embedded, data folder in /tmp):');
    await backend('pglite');
  }
  if (which.includes('postgres')) {
    const teardown = await startPostgres();
    if (!process.env.TEST_DATABASE_URL) {
      console.log('PostgreSQL: skipped (no server: set TEST_DATABASE_URL or install postgresql)');
      return;
    }
    try {
      console.log(`PostgreSQL (${process.env.TEST_DATABASE_URL.replace(/:[^:@/]+@/, ':***@')}):`);
      await backend('postgres');
    } finally {
      teardown?.();
    }
  }
}
