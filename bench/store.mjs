// Benchmark: the store in Chromium with 100,000 dossiers on the device.
// Run: node bench/store.mjs   (builds bench/store, serves it, drives /usr/bin/chromium)
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/staticServer.mjs';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 100_000);
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts'], { stdio: 'inherit' });
const server = await startStaticServer({ root: 'bench/.out/store', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const fmt = (r) => `p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (n=${r.n})`;

  let t0 = Date.now();
  const stored = await page.evaluate((n) => window.bench.seed(n), DOSSIERS);
  console.log(`seeded ${stored} dossiers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const save = await page.evaluate(() => window.bench.saveNew(200));
  console.log(`save one new dossier (row + event + outbox, one transaction): ${fmt(save)}   target p95 <= 50 ms`);

  const overdue = await page.evaluate(() => window.bench.overdueFirst50(50));
  console.log(`overdue queue, first ${overdue.rows} rows: ${fmt(overdue)}   target <= 100 ms`);

  const list = await page.evaluate(() => window.bench.listQueries(10));
  for (const [name, r] of Object.entries(list)) console.log(`full list, ${name}: ${r.ids} ids, ${fmt(r)}`);

  const upgrade = await page.evaluate(() => window.bench.rederiveAll());
  console.log(`schema v5 upgrade (every row derived again from its events): ${upgrade.rows} dossiers in ${(upgrade.ms / 1000).toFixed(1)} s, once per device`);

  const year = await page.evaluate(() => window.bench.yearReport(10));
  console.log(`year report over the last 365 days' dossiers (${year.dossiers} in this calendar year): every block as stored ${fmt(year.raw)}; loadStatFacts ${fmt(year.read)}; computeReport ${fmt(year.count)}`);

  const blocks = await page.evaluate(() => window.bench.rebuildStatBlocks());
  console.log(`schema v8 upgrade (the figures' monthly blocks built from the events): ${blocks.rows} dossiers, ${blocks.blocks} blocks in ${(blocks.ms / 1000).toFixed(1)} s, once per device`);

  t0 = Date.now();
  const procedures = await page.evaluate(() => window.bench.seedCatalogue(2000));
  const search = await page.evaluate(() => window.bench.searchPerKeystroke('dang ky khai sinh cho con', 20));
  console.log(`catalogue search per keystroke over ${procedures} procedures: ${fmt(search)}   target <= 16 ms`);
} finally {
  await browser.close();
  await server.close();
}
