// Benchmark: the .xlsx export of 50,000 dossier-list rows in Chromium, with the app's code
// (bench/export: IndexedDB read as the list's button does it, table, write-excel-file's browser
// entry). Reports time, file size and the page's JS heap (CDP Performance.getMetrics, sampled
// every 10 ms from Node during the export, plus performance.memory at each stage).
// Run: npm run bench:export   (BENCH_ROWS=…, BENCH_RUNS=…)
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/staticServer.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.export.config.ts'], { stdio: 'inherit' });
const server = await startStaticServer({ root: 'bench/.out/export', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapNow = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  let t0 = Date.now();
  const stored = await page.evaluate((n) => window.bench.seed(n), ROWS);
  console.log(`seeded ${stored} dossiers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  for (const format of ['xlsx', 'csv']) {
    for (let run = 1; run <= (format === 'xlsx' ? RUNS : 1); run++) {
      let peak = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, await heapNow());
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const r = await page.evaluate((f) => window.bench.exportList(f), format);
      sampling = false;
      await sampler;
      // What stays once the export is over and its rows, table and file are let go.
      await cdp.send('HeapProfiler.collectGarbage');
      const settled = await heapNow();
      const observedPeak = Math.max(peak, r.heapPeakSampled);
      console.log(
        `${format} run ${run}: ${r.rows} rows — total ${(r.totalMs / 1000).toFixed(2)} s ` +
          `(read ${r.readMs.toFixed(0)} ms, table ${r.tableMs.toFixed(0)} ms, file ${r.fileMs.toFixed(0)} ms; longest main-thread task ${r.longestTaskMs.toFixed(0)} ms); ` +
          `file ${mb(r.bytes)}; JS heap before ${mb(r.heapBefore)}, peak observed ${mb(observedPeak)} (+${mb(observedPeak - r.heapBefore)}), ` +
          `right after ${mb(r.heapAfter)}, after GC once done ${mb(settled)}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
