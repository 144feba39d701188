/** axe-core finds no serious or critical issue on the desk's screens (tablet and laptop widths). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { seriousA11yIssues } from './axe';
import { launchProfile, newProfileDir } from './browser';

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir());
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const screens: { path: string; ready: (p: Page) => Promise<unknown> }[] = [
  { path: '/', ready: (p) => p.getByRole('heading', { name: 'Việc hôm nay' }).waitFor() },
  { path: '/thu-tuc?q=khai%20sinh', ready: (p) => p.getByTestId('catalogue-results').getByRole('link').first().waitFor() },
  { path: '/thu-tuc/2.000815', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { path: '/cai-dat', ready: (p) => p.getByRole('button', { name: 'Lưu cài đặt' }).waitFor() },
  { path: '/tiep-nhan', ready: (p) => p.locator('main').waitFor() },
  { path: '/ho-so', ready: (p) => p.locator('main').waitFor() },
  { path: '/luot-tiep', ready: (p) => p.getByTestId('visit-count').waitFor() },
];

describe('accessibility', () => {
  for (const width of [1280, 768]) {
    for (const s of screens) {
      it(`${s.path} at ${width}px has no serious or critical axe finding`, async () => {
        await page.setViewportSize({ width, height: width === 768 ? 1024 : 800 });
        await page.goto(`${server.url}${s.path}`);
        await s.ready(page);
        expect(await seriousA11yIssues(page)).toEqual([]);
      });
    }
  }
});
