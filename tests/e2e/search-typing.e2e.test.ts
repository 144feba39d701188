/**
 * Search boxes typed at a USB scanner's speed (no delay between keys) in a real Chromium: every
 * character stays, and the search finds the right row. A scanner reading a receipt's QR types the
 * dossier code and Enter; an officer typing fast does the same to the procedure searches.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { launchProfile, newProfileDir } from './browser';
import { setUpDesk, tickAllDocuments } from './intake';

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

/** Tuesday 24 November 2026, 08:30 in Vietnam: codes issued today end in 261124-000n. */
const TUESDAY_0830 = '2026-11-24T08:30:00+07:00';
const AGENCY = '000.00.21.H56';

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir());
  await context.clock.setFixedTime(new Date(TUESDAY_0830));
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 15_000 });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: 'tests/e2e/artifacts/search-typing-failure.png', fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

const go = (path: string) => page.goto(`${server.url}${path}`);

/** Types as a scanner does: one key after the other, no delay at all. */
async function scannerTypes(text: string) {
  await page.keyboard.type(text, { delay: 0 });
}

/** Picks the procedure in the intake picker by typing fast, then receives a simple dossier. */
async function receiveThroughPicker(query: string, expectedName: RegExp, applicant: string): Promise<string> {
  await go('/tiep-nhan');
  const picker = page.getByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' });
  await picker.click();
  await scannerTypes(query);
  expect(await picker.inputValue()).toBe(query);
  await expect.poll(() => page.getByRole('option').first().textContent()).toMatch(expectedName);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor();
  const firstCase = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
  if (await firstCase.count()) await firstCase.check();
  await page.getByLabel('Họ và tên').fill(applicant);
  await tickAllDocuments(page);
  await page.getByRole('button', { name: /^Tiếp nhận/ }).click();
  await page.waitForURL(/\/in\/tiep-nhan\//);
  return decodeURIComponent(page.url().split('/in/tiep-nhan/')[1]!);
}

describe('search boxes at scanner speed', () => {
  it('keep every keystroke and find the right row: catalogue, intake picker, dossier list', async () => {
    // The desk's agency code makes the dossier codes 000.00.21.H56-261124-000n.
    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: AGENCY, agencyName: 'UBND XÃ THỬ', placeName: 'Thử', officerName: 'Lê Văn Tâm' });

    // A desk's laptop is slower than the test machine: a slower processor lets a late render show.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // The catalogue: a name and a national code, each typed in one burst.
    await go('/thu-tuc');
    const catalogue = page.getByLabel('Tìm thủ tục theo tên, mã hoặc lĩnh vực');
    const results = page.getByTestId('catalogue-results').getByRole('link');
    await catalogue.click();
    await scannerTypes('dang ky khai tu');
    expect(await catalogue.inputValue()).toBe('dang ky khai tu');
    await expect.poll(() => results.first().textContent()).toMatch(/^Thủ tục đăng ký khai tử1\.000656/);
    await catalogue.fill('');
    await scannerTypes('1.001193');
    expect(await catalogue.inputValue()).toBe('1.001193');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().textContent()).toMatch(/^Thủ tục đăng ký khai sinh/);
    // The address follows the box (a reload or "back" finds the same search).
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('1.001193');

    // The intake picker, typed fast: two dossiers received today.
    const first = await receiveThroughPicker('chung thuc ban sao', /^Chứng thực bản sao từ bản chính/, 'Phạm Văn Đức');
    const second = await receiveThroughPicker('dang ky khai tu', /^Thủ tục đăng ký khai tử/, 'Nguyễn Thị Hoa');
    expect(first).not.toBe(second);

    // The dossier list: the scanner reads the first receipt's QR (its code) and presses Enter.
    await go('/ho-so');
    const search = page.getByLabel('Tìm theo tên người nộp, số định danh hoặc mã hồ sơ');
    const rows = page.getByRole('list', { name: /kết quả|hồ sơ/i }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(2);
    const code = `${AGENCY}-261124-0001`;
    await search.click();
    await scannerTypes(code);
    await page.keyboard.press('Enter');
    expect(await search.inputValue()).toBe(code);
    await expect.poll(() => page.getByTestId('list-count').textContent()).toBe('1 hồ sơ');
    await expect.poll(() => rows.first().textContent()).toContain(code);
    expect(await rows.first().textContent()).toContain('Phạm Văn Đức');

    // The code's tail, as read aloud by a citizen, finds it too; so does the other one's.
    await search.fill('');
    await scannerTypes('261124-0002');
    expect(await search.inputValue()).toBe('261124-0002');
    // The count was already "1 hồ sơ" for the previous search: wait for the row itself.
    await expect.poll(() => rows.first().textContent()).toContain('Nguyễn Thị Hoa');
    await expect.poll(() => page.getByTestId('list-count').textContent()).toBe('1 hồ sơ');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('261124-0002');
  });
});
