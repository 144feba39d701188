/**
 * The scans and photos taken at intake, opened from the dossier page in a real Chromium: the
 * blobs come back from IndexedDB (which jsdom cannot show), images have thumbnails, each file
 * opens in a new tab, and the object URLs are freed when the officer leaves the page.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { seriousA11yIssues } from './axe';
import { launchProfile, newProfileDir } from './browser';
import { setUpDesk } from './intake';

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

/** A one-page PDF, as a scanner would save it. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir());
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

const go = (path: string) => page.goto(`${server.url}${path}`);

describe('files received with a dossier', () => {
  it('shows the photo and the scan taken at intake, opens each in a new tab, and frees them on leaving; the units listed in Settings reach the transfer', async () => {
    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: '000.00.53.H48', agencyName: 'UBND XÃ TÂN PHÚ', officerName: 'Lê Văn Tâm' });
    const directory = page.locator('section', { has: page.getByRole('heading', { name: 'Đơn vị và lãnh đạo của xã' }) });
    await directory.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await directory.getByLabel('Tên đơn vị 1').fill('Tư pháp – Hộ tịch');
    await directory.getByRole('button', { name: 'Thêm lãnh đạo' }).click();
    await directory.getByLabel('Họ tên lãnh đạo 1').fill('Nguyễn Văn A');
    await directory.getByLabel('Chức vụ lãnh đạo 1').fill('Chủ tịch');
    await directory.getByRole('button', { name: 'Lưu danh sách đơn vị và lãnh đạo' }).click();
    await page.getByText('Đã lưu danh sách đơn vị và lãnh đạo.').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    // Intake: two documents ticked, a photo of the first, a PDF scan of the second.
    await go('/tiep-nhan?thu-tuc=1.001193');
    await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor({ timeout: 30_000 });
    const firstCase = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
    if (await firstCase.count()) await firstCase.check();
    await page.getByLabel('Họ và tên').fill('Trần Thị Bích Ngọc');
    const boxes = page.getByRole('group', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId('rc-doc-0-file').setInputFiles({ name: 'to-khai.png', mimeType: 'image/png', buffer: readFileSync('public/icons/icon-512.png') });
    await page.getByText(/^to-khai/).first().waitFor();
    await page.getByTestId('rc-doc-1-file').setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('giay-chung-sinh.pdf').first().waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
    await page.waitForURL(/\/in\/tiep-nhan\//);
    const id = decodeURIComponent(page.url().split('/in/tiep-nhan/')[1]!);

    await go(`/ho-so/${encodeURIComponent(id)}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Giấy tờ đã nhận' }) });
    const photo = section.getByRole('link', { name: /to-khai/ });
    const scan = section.getByRole('link', { name: /giay-chung-sinh\.pdf/ });
    await scan.waitFor();
    // The thumbnail is the stored photo itself, decoded by the browser.
    await expect.poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await seriousA11yIssues(page)).toEqual([]);

    const [photoTab] = await Promise.all([context.waitForEvent('page'), photo.click()]);
    await photoTab.waitForLoadState();
    expect(photoTab.url()).toMatch(/^blob:/);
    expect(await photoTab.evaluate(() => document.images[0]?.naturalWidth ?? 0)).toBeGreaterThan(0);
    await photoTab.close();

    const [scanTab] = await Promise.all([context.waitForEvent('page'), scan.click()]);
    const scanUrl = scanTab.url();
    expect(scanUrl).toMatch(/^blob:/);
    // What the tab opened is the stored scan, byte for byte.
    expect(await page.evaluate(async (url) => (await (await fetch(url)).text()).startsWith('%PDF-1.4'), scanUrl)).toBe(true);
    await scanTab.close();

    // The transfer form offers the commune's units.
    await page.getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
    await page.getByLabel('Tên đơn vị hoặc bộ phận').fill('Tư pháp – Hộ tịch');
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đơn vị xử lý: Công chức chuyên môn của xã: Tư pháp – Hộ tịch').waitFor();

    // Leaving the page (inside the app, no reload) frees the file's URL.
    await page.getByRole('link', { name: /Về danh sách hồ sơ/ }).click();
    await page.getByRole('heading', { name: 'Danh sách hồ sơ' }).waitFor();
    await expect.poll(() => page.evaluate(async (url) => fetch(url).then(() => 'open', () => 'freed'), scanUrl)).toBe('freed');
  });
});
