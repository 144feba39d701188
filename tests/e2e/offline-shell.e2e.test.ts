/**
 * The foundation's promise in a real Chromium: load the app once, lose the network, and the desk
 * still opens, routes, and searches the catalogue — also after the browser is restarted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { launchProfile, newProfileDir } from './browser';

let server: { url: string; close: () => Promise<void> };
let profile: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  profile = newProfileDir();
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

async function page(ctx: BrowserContext): Promise<Page> {
  return ctx.pages()[0] ?? (await ctx.newPage());
}

describe('offline app shell', () => {
  it('works offline after one online visit, and keeps its data across a browser restart', async () => {
    context = await launchProfile(profile);
    let p = await page(context);
    await p.goto(server.url);
    // The first visit installs the service worker and loads the catalogue into IndexedDB.
    await p.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => p.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await p.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 15_000 });

    // Set the desk up while online (a value that must survive the restart).
    await p.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await p.getByLabel('Tên cơ quan (in trên biểu mẫu)').fill('UBND XÃ THỬ NGHIỆM');
    await p.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await p.getByText('Đã lưu cài đặt.').waitFor();

    // Cut the network: the browser's offline switch, and the server itself goes away.
    await context.setOffline(true);
    await server.close();

    await p.reload();
    await p.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();
    await expect.poll(() => p.getByTestId('network-status').textContent()).toContain('Mất mạng');
    await p.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await p.getByRole('heading', { name: 'Việc hôm nay' }).waitFor();

    // A deep link opens offline too (navigation falls back to the precached shell).
    await p.goto(`${server.url}/thu-tuc?q=dang%20ky%20khai%20sinh`);
    const results = p.getByTestId('catalogue-results');
    await results.getByText(/đăng ký khai sinh/i).first().waitFor();
    await p.getByLabel('Tìm thủ tục theo tên, mã hoặc lĩnh vực').fill('chung thuc ban sao');
    await results.getByText(/Chứng thực bản sao/).first().waitFor();

    await context.close();

    // Restart the browser with the same profile, offline from the start.
    context = await launchProfile(profile);
    await context.setOffline(true);
    p = await page(context);
    await p.goto(`${server.url}/thu-tuc`);
    await p.getByLabel('Tìm thủ tục theo tên, mã hoặc lĩnh vực').fill('1.001193');
    await p.getByTestId('catalogue-results').getByRole('link').first().click();
    await p.getByRole('heading', { level: 1, name: /đăng ký khai sinh/i }).waitFor();
    await expect(p.getByTestId('time-limit-desk').textContent()).resolves.toBeTruthy();

    await p.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await expect.poll(() => p.getByLabel('Tên cơ quan (in trên biểu mẫu)').inputValue()).toBe('UBND XÃ THỬ NGHIỆM');
  });
});
