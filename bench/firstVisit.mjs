// Benchmark: a first visit on a slow link. Run: npm run build && node bench/firstVisit.mjs
// (part of `npm run bench`). Serves dist/ with scripts/staticServer.mjs, opens the home screen in
// a fresh Chromium context (cold cache, no service worker yet) with the network throttled through
// the DevTools protocol (Network.emulateNetworkConditions: BENCH_KBPS down and up, default 400
// kbit/s; BENCH_LATENCY ms added to every request, default 400), and reports, median of
// BENCH_RUNS runs (default 3):
//   - home: time from navigation start until the home screen's heading and its "new dossier"
//     button are on screen (the officer can start an intake);
//   - queues: until the queue counters show numbers (the on-device database has answered);
//   - the bytes the page received until then (what went over the wire, headers included).
// Each configuration is measured twice: with the precompressed files, and with the same server
// sending every file uncompressed (how `npm start` served before issue 6).
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/staticServer.mjs';

const KBPS = Number(process.env.BENCH_KBPS ?? 400);
const LATENCY = Number(process.env.BENCH_LATENCY ?? 400);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_S = 5;

// Recorded in the page itself, relative to navigation start, as soon as the DOM shows them.
const WATCH = () => {
  const marks = {};
  const check = () => {
    const h1 = document.querySelector('h1');
    if (!marks.home && h1?.textContent?.includes('Việc hôm nay') && document.querySelector('a[href="/tiep-nhan"]')) marks.home = performance.now();
    const counters = [...document.querySelectorAll('.counter-value')];
    if (!marks.queues && counters.length > 0 && counters.every((c) => /\d/.test(c.textContent ?? ''))) marks.queues = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  window.__bench = marks;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});

async function visit(url) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (KBPS * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    const received = [];
    cdp.on('Network.loadingFinished', (e) => received.push({ at: e.timestamp, bytes: e.encodedDataLength }));
    let startedAt;
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.type === 'Document' && startedAt === undefined) startedAt = e.timestamp;
    });
    await page.addInitScript(WATCH);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.home && window.__bench?.queues, undefined, { timeout: 120_000, polling: 100 });
    const marks = await page.evaluate(() => window.__bench);
    const bytesUntil = (ms) => received.filter((r) => (r.at - startedAt) * 1000 <= ms).reduce((s, r) => s + r.bytes, 0);
    return { home: marks.home / 1000, queues: marks.queues / 1000, homeBytes: bytesUntil(marks.home), queuesBytes: bytesUntil(marks.queues) };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  console.log(`first visit at ${KBPS} kbit/s, ${LATENCY} ms per request, cold cache, median of ${RUNS}:`);
  for (const precompressed of [true, false]) {
    const server = await startStaticServer({ root: 'dist', port: 0, precompressed });
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await visit(server.url));
      const m = (key) => median(runs.map((r) => r[key]));
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(
        `${precompressed ? 'precompressed (br)' : 'uncompressed      '}  home screen ${m('home').toFixed(2)} s (${kb(m('homeBytes'))})` +
          `   queues ${m('queues').toFixed(2)} s (${kb(m('queuesBytes'))})` +
          `   target home <= ${TARGET_S} s   runs: ${runs.map((r) => r.home.toFixed(2)).join(', ')}`,
      );
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
