/**
 * A new version never reloads the page by itself (it could lose a form being typed): it is
 * offered, and applied when the officer clicks "reload".
 */
import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { launchProfile, newProfileDir } from './browser';

let server: { url: string; close: () => Promise<void> };
let root: string;
let context: BrowserContext;

beforeAll(async () => {
  // Serve a copy of the build, so the test can publish a "new version" without touching dist/.
  root = mkdtempSync(join(tmpdir(), 'motcua-update-'));
  cpSync('dist', root, { recursive: true });
  server = await startStaticServer({ root, port: 0 });
  context = await launchProfile(newProfileDir());
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('app update', () => {
  it('offers the new version and keeps what is being typed until the officer reloads', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/cai-dat`);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    const name = page.getByLabel('Tên cơ quan (in trên biểu mẫu)');
    await name.fill('UBND XÃ ĐANG GÕ DỞ');

    // Publish a new version (any byte change of the service worker is one) and let the browser find it.
    appendFileSync(join(root, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await page.getByText('Đã có phiên bản mới của ứng dụng.').waitFor({ timeout: 15_000 });
    // Nothing reloaded on its own: the unsaved text is still in the field.
    expect(await name.inputValue()).toBe('UBND XÃ ĐANG GÕ DỞ');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Tải lại để cập nhật' }).click();
    await reloaded;
    await page.getByRole('button', { name: 'Lưu cài đặt' }).waitFor();
    expect(await page.getByText('Đã có phiên bản mới của ứng dụng.').count()).toBe(0);
  });
});
