// Benchmark: 10,000 dossiers received offline on one device, then synced to the real hub through a
// slow link. Run: npm run bench:sync   (BENCH_DOSSIERS, BENCH_KBPS, BENCH_RTT_MS change the size and
// the link; DATABASE_URL runs the hub on a real PostgreSQL instead of PGlite).
//
// Three processes, so that none's CPU work delays another's timers: the built hub
// (dist-server/hub.mjs, PGlite in a temp folder, 127.0.0.1), this one (the throttling proxy, which
// counts the bytes), and the device (bench/sync/device.ts bundled with rolldown: the app's store,
// engine and fetch transport on fake-indexeddb).
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { startThrottledProxy } from './sync/proxy.mjs';
import { next } from './deviceIpc.mjs';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 10_000);
const KBPS = Number(process.env.BENCH_KBPS ?? 1000);
const RTT_MS = Number(process.env.BENCH_RTT_MS ?? 300);

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

execFileSync('node', ['scripts/build-hub.mjs'], { stdio: 'inherit' });
await build({
  input: 'bench/sync/device.ts',
  platform: 'node',
  external,
  output: { dir: 'bench/.out/sync', format: 'esm', entryFileNames: 'device.mjs' },
  logLevel: 'warn',
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const requestLog = [];

/** The built hub on a fresh PGlite folder; resolves once it logged "hub listening". */
async function startHub() {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-hub-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['dist-server/hub.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HUB_DATA_DIR: join(dir, 'data'), HUB_STATIC_DIR: join(dir, 'no-app') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      if (buffer.includes('"hub listening"')) {
        child.stdout.off('data', onData);
        // The hub's own time per request (its JSON log line's `ms`), to tell hub time from link time.
        let rest = '';
        child.stdout.on('data', (more) => {
          const lines = (rest + more).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) {
            if (!line.startsWith('{')) continue;
            try {
              const entry = JSON.parse(line);
              if (entry.route && typeof entry.ms === 'number') requestLog.push({ route: `${entry.method} ${entry.route}`, ms: entry.ms });
            } catch {
              // not a log line
            }
          }
        });
        resolve();
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`hub exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const hub = await startHub();
const proxy = await startThrottledProxy({ target: { host: '127.0.0.1', port: hub.port }, kbps: KBPS, delayMs: RTT_MS / 2 });
const device = fork('bench/.out/sync/device.mjs', [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
try {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; hub on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
  console.log(`link: ${KBPS} kbit/s each way, ${RTT_MS} ms round trip (proxy ${proxy.url} → hub ${hub.url})`);
  device.send({ kind: 'config', directUrl: hub.url, proxyUrl: proxy.url, dossiers: DOSSIERS, username: 'muongphang.canbo1', verifyUsername: 'muongphang.canbo2', password: 'motcua-demo' });
  const offline = await next(device, 'offline-done');
  console.log(
    `offline: ${offline.dossiers} dossiers over ${offline.days} working days, ${offline.events} events (${JSON.stringify(offline.byType)}), written in ${offline.writeSeconds.toFixed(0)} s`,
  );
  console.log(`  mix: ${offline.mix.receivedOnly} only received, ${offline.mix.inProgress} transferred + appraised, ${offline.mix.returned} through to returned`);
  console.log(`  events as one JSON file: ${kb(offline.jsonBytes)} (${(offline.jsonBytes / offline.dossiers).toFixed(0)} B/dossier; a received event ≈ ${offline.receivedJsonAvg.toFixed(0)} B)`);
  console.log(`  floor: gzip -9 ${kb(offline.floor.gzip9)} (${(offline.floor.gzip9 / offline.dossiers).toFixed(1)} B/dossier), zlib default (-6) ${kb(offline.floor.gzip6)}`);

  proxy.reset();
  requestLog.length = 0;
  device.send({ kind: 'sync' });
  const synced = await next(device, 'synced');
  const wire = proxy.counters();
  if (synced.outcome.kind !== 'synced') throw new Error(`sync failed: ${JSON.stringify(synced.outcome)}`);
  const total = wire.up + wire.down;
  console.log(`sync: ${synced.seconds.toFixed(1)} s to a synced device (target ≤ 20 s); ${synced.outcome.pushed} pushed, ${synced.outcome.refused} refused, ${synced.outcome.pages} pull page(s), outbox after: ${synced.pendingAfter}`);
  console.log(`  pushes: ${synced.batches.length} — ${synced.batches.map((b) => `${b.events}@${(b.ms / 1000).toFixed(1)}s`).join(' ')}`);
  const pushLog = requestLog.filter((r) => r.route === 'POST /api/v1/sync/push');
  const hubMs = pushLog.reduce((sum, r) => sum + r.ms, 0);
  console.log(`  hub time in pushes: ${(hubMs / 1000).toFixed(1)} s over ${pushLog.length} pushes (${(hubMs / Math.max(1, pushLog.length)).toFixed(0)} ms each, from receiving the request to the reply sent)`);
  console.log(`  on the wire: up ${kb(wire.up)}, down ${kb(wire.down)}, ${wire.connections} connection(s)`);
  console.log(`  per dossier: up ${(wire.up / offline.dossiers).toFixed(1)} B, down ${(wire.down / offline.dossiers).toFixed(1)} B, both ${(total / offline.dossiers).toFixed(1)} B`);
  console.log(`  ratio to the floor (gzip -9): up ${(wire.up / offline.floor.gzip9).toFixed(3)}×, both ways ${(total / offline.floor.gzip9).toFixed(3)}× (target ≤ 1.3×)`);

  device.send({ kind: 'verify' });
  const verified = await next(device, 'verified');
  console.log(`verify: the hub holds ${verified.onHub} events of the commune; ${verified.same} identical to the device's (canonical JSON), ${verified.differentCount} differ ${verified.differentCount ? JSON.stringify(verified.different) : ''}`);
  if (verified.same !== offline.events || verified.onHub !== offline.events) process.exitCode = 1;
} finally {
  device.kill();
  await proxy.close();
  await hub.stop();
}
