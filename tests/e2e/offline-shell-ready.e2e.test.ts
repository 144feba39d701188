/**
 * The officer is told when the device can work offline, and a screen that cannot load says so in
 * Vietnamese with a way out — never a blank page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { CHROMIUM, CHROMIUM_ARGS, launchProfile, newProfileDir } from './browser';

const SCREEN_FAILED = 'Không tải được màn hình này: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi bấm Thử lại.';

let server: { url: string; close: () => Promise<void> };
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Every text the offline status showed, as the page drew it. */
function recordOfflineStatus() {
  const seen: string[] = [];
  (window as unknown as { __offlineStatus: string[] }).__offlineStatus = seen;
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="offline-status"]')?.textContent;
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

describe('ready to work offline', () => {
  it('shows the download, then "ready" after the first online visit; offline it opens and stays ready', async () => {
    context = await launchProfile(newProfileDir());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(recordOfflineStatus);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Việc hôm nay' }).waitFor();
    const status = page.getByTestId('offline-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Sẵn sàng làm việc không cần mạng');

    // It counted the files on the way (x/y), and y is what the service worker stores.
    const seen = await page.evaluate(() => (window as unknown as { __offlineStatus: string[] }).__offlineStatus);
    const progress = seen.map((s) => /^Đang tải để dùng khi mất mạng… (\d+)\/(\d+)$/.exec(s)).filter((m) => m !== null);
    expect(progress.length, seen.join(' | ')).toBeGreaterThan(0);
    const total = Number(progress[0]![2]);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const precache = names.find((n) => n.includes('precache'));
      return precache ? (await (await caches.open(precache)).keys()).length : 0;
    });
    expect(total).toBe(cached);

    // Ready means it: without a network, a reload and a screen never opened before still work.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Việc hôm nay' }).waitFor();
    await expect.poll(() => status.textContent()).toBe('Sẵn sàng làm việc không cần mạng');
    await expect.poll(() => page.getByTestId('network-status').textContent()).toMatch(/^Mất mạng — vẫn làm việc bình thường/);
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /hồ sơ/i }).first().waitFor();
    expect(await page.getByTestId('screen-failure').count()).toBe(0);
    await context.close();
    context = undefined;
  });
});

describe('a first download cut short', () => {
  it('says it stopped, and finishes when the network is back, without a reload', async () => {
    context = await launchProfile(newProfileDir());
    // One file of the app (the camera's QR decoder) cannot be fetched: the install fails.
    const decoder = /\/assets\/decode-[^/]+\.js/;
    await context.route(decoder, (route) => route.abort('internetdisconnected'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    const status = page.getByTestId('offline-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Chưa tải xong để dùng khi mất mạng: sẽ tải tiếp khi có mạng');

    await context.unroute(decoder);
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Sẵn sàng làm việc không cần mạng');
    await context.close();
    context = undefined;
  });
});

describe('a screen whose code cannot load', () => {
  async function openWithoutServiceWorker(): Promise<Page> {
    // The service worker never gets ready here: the state of a first visit cut short.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const ctx = await browser.newContext({ serviceWorkers: 'block', locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
    context = ctx;
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Việc hôm nay' }).waitFor();
    await page.getByText(/Danh mục có \d+ thủ tục/).waitFor();
    return page;
  }

  it('says so in Vietnamese when its file is blocked, and opens on "Thử lại" once it can', async () => {
    const page = await openWithoutServiceWorker();
    await page.route(/\/assets\/CataloguePage-[^/]+\.js/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation').getByRole('link', { name: 'Thủ tục' }).click();
    await expect.poll(() => page.getByTestId('screen-failure').textContent()).toBe(SCREEN_FAILED);
    // The shell is still there: the officer can go elsewhere.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).isVisible()).toBe(true);

    await page.unroute(/\/assets\/CataloguePage-[^/]+\.js/);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danh mục thủ tục hành chính' }).waitFor();
    expect(await page.getByTestId('screen-failure').count()).toBe(0);
  });

  it('says so when the network drops before the device is ready, and warns not to reload', async () => {
    const page = context!.pages()[0]!;
    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await context!.setOffline(true);
    await expect.poll(() => page.getByTestId('network-status').textContent()).toMatch(/máy chưa tải xong để dùng khi mất mạng: đừng tải lại trang/);
    await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await expect.poll(() => page.getByTestId('screen-failure').textContent()).toBe(SCREEN_FAILED);
    expect(await page.getByRole('button', { name: 'Tải lại trang' }).count()).toBe(0);

    await context!.setOffline(false);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();
  });
});
