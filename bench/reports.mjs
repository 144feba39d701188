// Benchmark: a year's report over 50,000 dossiers at the desk, in Chromium (issue 8, target ≤ 300 ms).
// Run: npm run bench:reports   (BENCH_DOSSIERS=50000, BENCH_SEED=20260101, BENCH_YEAR=2026,
// BENCH_RUNS=5, BENCH_PORT=4791, BENCH_MODE=screen|standin, BENCH_PROFILE_CACHE=/tmp/motcua-bench-reports,
// BENCH_PROFILE=<dir> to measure on a profile seeded before, BENCH_SKIP_BUILD=1 to use dist/ and dist-server/ as they are, BENCH_DIST=dist: another build of the
// app to serve, e.g. a branch whose data-writing code is this one's).
//
// Seeding (once per version of the code that writes the data × seed × size; the profile is cached
// under BENCH_PROFILE_CACHE, see "cache key" below): the built hub
// (dist-server/hub.mjs, PGlite in /tmp) also serves the built app on 127.0.0.1:BENCH_PORT; a
// generator device (bench/reports/device.ts: the app's store and sync engine on fake-indexeddb in
// Node) receives the year's dossiers and their histories through receiveDossier/addDossierEvent
// and pushes them; then Chromium, on a fresh profile, opens the app, enrols as the commune's desk
// device on /dong-bo and presses "Đồng bộ ngay": the app's own engine pulls everything and writes
// its IndexedDB ('motcua') itself. Nothing is written to IndexedDB by the bench.
//
// Measuring (on the cached profile, the app served by scripts/staticServer.mjs on the same origin,
// no hub: the desk offline): every run starts a new Chromium.
//  - in the app: home page open (shell drawn, service worker in control), then a client-side
//    navigation to /bao-cao?nam=2026 (history.pushState + popstate, what the router's links do),
//    timed from just before it to performance.mark('motcua:report-figures') / 'motcua:report-charts';
//  - cold tab: a page load straight onto /bao-cao?nam=2026, timed from the navigation start.
// BENCH_MODE=standin (automatic while the built app has no reports screen): instead of the screen,
// the app's page imports /__bench/standin.js (bench/reports/standin.ts: loadStatFacts +
// computeReport with the app's code, nothing drawn) — a lower bound, printed as such.
import { execFileSync, fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'rolldown';
import { startStaticServer } from '../scripts/staticServer.mjs';
import { next } from './deviceIpc.mjs';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 50_000);
const SEED = Number(process.env.BENCH_SEED ?? 20260101);
const YEAR = Number(process.env.BENCH_YEAR ?? 2026);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4791);
const CACHE = process.env.BENCH_PROFILE_CACHE ?? join(tmpdir(), 'motcua-bench-reports');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ROUTE = `/bao-cao?nam=${YEAR}`;

if (!process.env.BENCH_SKIP_BUILD) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('node', ['scripts/build-hub.mjs'], { stdio: 'inherit' });
}

// ---- What the built app is, and the cache key of the seeded profile. The data the desk holds
// depends on the code that writes it (store, domain, sync, catalogue data, the generator) and on
// the dependencies, not on the screens: a build that only changes a screen reuses the profile (its
// service worker is brought up to date by a warm-up start, below).
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
}
function hashOf(paths) {
  const h = createHash('sha256');
  for (const p of paths) {
    const files = statSync(p).isDirectory() ? filesUnder(p).map((f) => join(p, f)) : [p];
    for (const f of files) h.update(f).update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 12);
}
const DIST = process.env.BENCH_DIST ?? 'dist';
const buildId = hashOf(filesUnder(DIST).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz')).map((f) => join(DIST, f)));
const dataId = hashOf(['src/store', 'src/domain', 'src/sync', 'src/data', 'src/features/receive/formState.ts', 'bench/reports/device.ts', 'bench/sync/people.ts', 'tests/prng.ts', 'package-lock.json']);
const hasScreen = filesUnder(join(DIST, 'assets')).some((f) => f.endsWith('.js') && readFileSync(join(DIST, 'assets', f), 'utf8').includes('motcua:report-figures'));
const MODE = process.env.BENCH_MODE ?? (hasScreen ? 'screen' : 'standin');
// BENCH_PROFILE: a profile seeded by an earlier version of the store; the app upgrades its
// database at the first (untimed) start, as on a desk after an update.
const profileDir = process.env.BENCH_PROFILE ?? join(CACHE, `${dataId}-s${SEED}-n${DOSSIERS}-y${YEAR}-p${PORT}`);

// ---- The site: the built app, plus the stand-in module under /__bench/ (not in the app's precache).
const site = join(tmpdir(), `motcua-bench-reports-site-${process.pid}`);
cpSync(DIST, site, { recursive: true });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  input: 'bench/reports/standin.ts',
  platform: 'browser',
  output: { dir: join(site, '__bench'), format: 'esm', entryFileNames: 'standin.js', minify: true },
  logLevel: 'warn',
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(0)} ms`);
const mb = (x) => (x === null || x === undefined ? '—' : `${(x / 1048576).toFixed(1)} MB`);
const dirSize = (dir) => filesUnder(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ${CHROMIUM}`);
console.log(`app build ${buildId} (${DIST}), data ${dataId}; mode: ${MODE === 'screen' ? 'the reports screen (/bao-cao)' : 'STAND-IN (loadStatFacts + computeReport, nothing drawn: the app has no reports screen yet)'}`);

// =============================================================================================
// Seeding
// =============================================================================================
async function startHub(staticDir) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-reports-hub-'));
  const child = spawn(process.execPath, ['dist-server/hub.mjs'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', HUB_DATA_DIR: join(dir, 'data'), HUB_STATIC_DIR: staticDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      if (buffer.includes('"hub listening"')) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve();
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`hub exited (${code})`)));
  });
  return {
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The desk's IndexedDB as the app sees it: row counts of its stores (read only). */
async function storeCounts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('motcua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names, 'readonly');
          const out = { version: idb.version };
          let left = names.length;
          for (const n of names) {
            const r = tx.objectStore(n).count();
            r.onsuccess = () => {
              out[n] = r.result;
              if (--left === 0) {
                idb.close();
                resolve(out);
              }
            };
          }
        };
      }),
  );
}

async function seed() {
  const t0 = Date.now();
  const external = (id) => id.startsWith('node:') || Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).some((d) => id === d || id.startsWith(`${d}/`));
  await build({ input: 'bench/reports/device.ts', platform: 'node', external, output: { dir: 'bench/.out/reports', format: 'esm', entryFileNames: 'device.mjs' }, logLevel: 'warn' });
  const hub = await startHub(site);
  const device = fork('bench/.out/reports/device.mjs', [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--max-old-space-size=6144'] });
  const tmpProfile = `${profileDir}.seeding-${process.pid}`;
  rmSync(tmpProfile, { recursive: true, force: true });
  mkdirSync(tmpProfile, { recursive: true });
  let context;
  try {
    device.send({ kind: 'config', hubUrl: ORIGIN, dossiers: DOSSIERS, seed: SEED, year: YEAR, username: 'muongphang.canbo1', password: 'motcua-demo' });
    const made = await next(device, 'generated');
    console.log(`seed: ${made.dossiers} dossiers, ${made.events} events over ${made.days} working days of ${YEAR}, written by the store in ${made.writeSeconds.toFixed(0)} s (${made.refusedByRules} planned steps refused by the rules)`);
    console.log(`  channels ${JSON.stringify(made.channels)}; digitised ${made.digitised}; planned outcomes ${JSON.stringify(made.mix)}`);
    device.send({ kind: 'push' });
    const pushed = await next(device, 'pushed');
    if (pushed.outcome.kind !== 'synced' || pushed.pendingAfter !== 0) throw new Error(`push failed: ${JSON.stringify(pushed.outcome)} ${pushed.refused.join('\n')}`);
    console.log(`  pushed to the hub in ${pushed.seconds.toFixed(0)} s`);
    device.kill();

    const p0 = Date.now();
    context = await chromium.launchPersistentContext(tmpProfile, { executablePath: CHROMIUM, args: ARGS, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ORIGIN}/`);
    await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60_000 });
    await page.goto(`${ORIGIN}/dong-bo`);
    await page.getByLabel('Tên đăng nhập').fill('muongphang.canbo2');
    await page.getByLabel('Mật khẩu').fill('motcua-demo');
    await page.getByLabel('Tên thiết bị').fill('Máy bàn một cửa');
    await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await page.getByTestId('enrolment').waitFor({ timeout: 60_000 });
    // "Đồng bộ ngay" until the device holds every dossier (one press pulls to the end; a second
    // one covers a sync that was already running when the first was pressed).
    const button = page.getByRole('button', { name: 'Đồng bộ ngay' });
    for (let round = 0; ; round++) {
      await button.waitFor({ timeout: 30 * 60_000 });
      await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Đồng bộ ngay') && !b.disabled), null, { timeout: 30 * 60_000, polling: 1000 });
      const counts = await storeCounts(page);
      if (counts.dossiers >= made.dossiers && counts.events >= made.events) {
        console.log(`  pulled by the app in Chromium in ${((Date.now() - p0) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`);
        break;
      }
      if (round > 3) throw new Error(`the desk holds ${JSON.stringify(counts)}, expected ${made.dossiers} dossiers / ${made.events} events`);
      await button.click();
    }
    await context.close();
    context = null;
    writeFileSync(join(tmpProfile, 'bench-build.txt'), buildId);
    renameSync(tmpProfile, profileDir);
    console.log(`seeding: ${((Date.now() - t0) / 1000).toFixed(0)} s in all; profile ${profileDir} (${mb(dirSize(profileDir))})`);
  } finally {
    if (context) await context.close().catch(() => {});
    device.kill();
    await hub.stop();
    rmSync(tmpProfile, { recursive: true, force: true });
  }
}

if (existsSync(profileDir)) console.log(`seeding: cached profile ${profileDir} (${mb(dirSize(profileDir))}); delete it to seed again`);
else await seed();

// =============================================================================================
// Measuring
// =============================================================================================
const server = await startStaticServer({ root: site, port: PORT });

/**
 * A profile seeded under another build of the app: its service worker still serves the old shell.
 * Two starts bring it up to date (the new worker installs on the first, and controls the page from
 * the next start on, as at a desk after an update); not timed.
 */
async function warmUp() {
  const stamp = join(profileDir, 'bench-build.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === buildId) return;
  for (let i = 0; i < 3; i++) {
    const { context, page } = await launch();
    try {
      await page.goto(`${ORIGIN}/`);
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        await reg.update();
        await new Promise((r) => setTimeout(r, 3000));
        reg.waiting?.postMessage({ type: 'SKIP_WAITING' });
        await new Promise((r) => setTimeout(r, 1000));
      });
    } finally {
      await context.close();
    }
  }
  writeFileSync(stamp, buildId);
  console.log(`warm-up: the profile's service worker brought up to build ${buildId}`);
}
await warmUp();

async function launch() {
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: ARGS, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

async function heap(context, page) {
  const cdp = await context.newCDPSession(page);
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  await cdp.detach();
  return { used, afterGc };
}

/** Waits in the page for the screen's marks; returns their startTime (ms since the time origin). */
const MARKS = async () => {
  const want = ['motcua:report-figures', 'motcua:report-charts', 'motcua:report-tables'];
  const found = () => want.map((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null);
  for (let i = 0; i < 1200; i++) {
    const t = found();
    if (t.every((x) => x !== null)) return t;
    await new Promise((r) => setTimeout(r, 25));
  }
  return found();
};

async function inApp() {
  const { context, page } = await launch();
  try {
    await page.goto(`${ORIGIN}/`);
    await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    // The home page's queue counters drawn (its own start-up queries over the 50,000 dossiers),
    // then a moment for the rest of the start-up (a sync attempt, live queries) to settle.
    await page
      .waitForFunction(() => document.querySelectorAll('.counter-value').length > 0 && !document.querySelector('.counter-value[aria-hidden="true"]'), null, { timeout: 60_000 })
      .catch(() => console.warn('  (home counters not seen: measuring anyway)'));
    await page.waitForTimeout(1500);
    let result;
    if (MODE === 'screen') {
      result = await page.evaluate(async ([route, marksSrc]) => {
        const marks = new Function(`return (${marksSrc})()`);
        performance.clearMarks();
        const t0 = performance.now();
        const idx = (history.state?.idx ?? 0) + 1;
        history.pushState({ usr: null, key: 'bench', idx }, '', route);
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        const [figures, charts, tables] = await marks();
        const since = (x) => (x === null ? null : x - t0);
        const measure = (name) => performance.getEntriesByName(name, 'measure').at(-1);
        const read = measure('motcua:report-read');
        const count = measure('motcua:report-count');
        return { figures: since(figures), charts: since(charts), tables: since(tables), facts: null, readStart: read ? read.startTime - t0 : null, read: read?.duration ?? null, count: count?.duration ?? null };
      }, [ROUTE, MARKS.toString()]);
      await page.locator('[data-report-ready="true"]').waitFor({ timeout: 30_000 });
    } else {
      result = await page.evaluate(async (year) => {
        const t0 = performance.now();
        const mod = await import('/__bench/standin.js');
        const r = await mod.run(String(year));
        return { figures: performance.now() - t0, charts: null, facts: r.facts, loadMs: r.loadMs, computeMs: r.computeMs, total: r.total };
      }, YEAR);
    }
    return { ...result, ...(await heap(context, page)) };
  } finally {
    await context.close();
  }
}

async function coldTab() {
  const { context, page } = await launch();
  try {
    if (MODE === 'screen') {
      await page.goto(`${ORIGIN}${ROUTE}`);
      const [figures, charts, tables] = await page.evaluate(async (marksSrc) => new Function(`return (${marksSrc})()`)(), MARKS.toString());
      return { figures, charts, tables, ...(await heap(context, page)) };
    }
    // Stand-in: the app's page loads, and the stand-in runs from its first script on (timed from the navigation start).
    await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    const figures = await page.evaluate(async (year) => {
      const mod = await import('/__bench/standin.js');
      await mod.run(String(year));
      return performance.now();
    }, YEAR);
    return { figures, charts: null, ...(await heap(context, page)) };
  } finally {
    await context.close();
  }
}

try {
  const warm = [];
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await inApp());
    cold.push(await coldTab());
    process.stderr.write(`  run ${i + 1}: in app ${ms(warm[i].figures)} / ${ms(warm[i].charts)}, cold tab ${ms(cold[i].figures)} / ${ms(cold[i].charts)}\n`);
  }
  if (warm[0].facts !== null && warm[0].facts !== undefined) {
    const t = warm[0].total;
    console.log(`stand-in: ${warm[0].facts} facts read; load ${warm.map((r) => r.loadMs.toFixed(0)).join(', ')} ms; compute ${warm.map((r) => r.computeMs.toFixed(0)).join(', ')} ms`);
    console.log(`  year ${YEAR}: received ${t.receivedTotal} (new ${t.receivedNew}: desk ${t.byChannel.desk}, online ${t.byChannel.online}, postal ${t.byChannel.postal}); resolved ${t.resolved} (early ${t.resolvedEarly}, on time ${t.resolvedOnTime}, late ${t.resolvedLate}, of which apologised ${t.resolvedLateApologised}; refused ${t.refused}); in progress ${t.inProgress} (overdue ${t.inProgressOverdue}); withdrawn ${t.withdrawn}; rated ${t.rated}; digitised ${t.digitised}`);
  }
  const row = (name, xs, key, fmt = ms) => {
    const v = xs.map((r) => r[key]).filter((x) => x !== null && x !== undefined);
    if (v.length === 0) return `| ${name} | — | — | — |`;
    return `| ${name} | ${fmt(median(v))} | ${fmt(Math.min(...v))} – ${fmt(Math.max(...v))} | ${v.map((x) => fmt(x)).join(', ')} |`;
  };
  console.log(`\n${DOSSIERS.toLocaleString('en')} dossiers of ${YEAR}, ${RUNS} runs, a new Chromium each (target: figures ≤ 300 ms)`);
  console.log('| measure | median | spread (min – max) | runs |');
  console.log('|---|---|---|---|');
  console.log(row('in the app → figures on screen', warm, 'figures'));
  console.log(row('in the app: from the navigation to the read starting (screen chunk, first render)', warm, 'readStart'));
  console.log(row('in the app: reading the facts (loadStatFacts, settings)', warm, 'read'));
  console.log(row('in the app: counting them (computeReport)', warm, 'count'));
  console.log(row('in the app → every table drawn (procedures: the frame after)', warm, 'tables'));
  console.log(row('in the app → charts drawn', warm, 'charts'));
  console.log(row('JS heap used (in the app, at the end)', warm, 'used', mb));
  console.log(row('JS heap after GC (in the app)', warm, 'afterGc', mb));
  console.log(row('cold tab → figures on screen', cold, 'figures'));
  console.log(row('cold tab → every table drawn', cold, 'tables'));
  console.log(row('cold tab → charts drawn', cold, 'charts'));
  console.log(row('JS heap used (cold tab, at the end)', cold, 'used', mb));
} finally {
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
