// Renders the app icons (PNG) from the SVG design with the system Chromium.
// Run once after changing the design: node scripts/make-icons.mjs — the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
async function render(size, file, inset) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its drawing inside the 80% safe zone on a full-bleed background.
  const pad = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;background:#9b1c1c"><div style="padding:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: false });
}
await render(192, 'icon-192.png', 0);
await render(512, 'icon-512.png', 0);
await render(512, 'maskable-512.png', 0.12);
await browser.close();
