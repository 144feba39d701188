/**
 * Dates in a browser set to English (en-US), where the browser's own date field and Intl's
 * patterns put the month first: every date the officer types or reads must still be
 * day/month/year. The day is set up in Vietnamese, then the interface is switched to English.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { setUpDesk, tickAllDocuments } from './intake';

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Monday 23 November 2026, 08:30 in Vietnam: day 23 cannot be read as a month. */
const MONDAY_0830 = '2026-11-23T08:30:00+07:00';
/** Tuesday 24 November 2026, 09:00: Monday's within-day birth registration is overdue. */
const TUESDAY_0900 = '2026-11-24T09:00:00+07:00';

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 800 } });
  await context.clock.setFixedTime(new Date(MONDAY_0830));
  page = await context.newPage();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: 'tests/e2e/artifacts/dates-en-failure.png', fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close().catch(() => undefined);
});

const go = (path: string) => page.goto(`${server.url}${path}`);

describe('dates in an English browser', () => {
  it('types and shows dd/mm/yyyy in the dossier list, on the dossier page and in the apology', async () => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await go('/');
    await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 30_000 });

    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: '000.00.53.H48', agencyName: 'UBND XÃ TÂN PHÚ', officerName: 'Lê Văn Tâm' });

    // A birth registration received on Monday 23/11.
    await go('/tiep-nhan?thu-tuc=1.001193');
    await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor();
    const firstCase = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
    if (await firstCase.count()) await firstCase.check();
    await page.getByLabel('Họ và tên').fill('Trần Thị Bích Ngọc');
    await tickAllDocuments(page);
    await page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
    await page.waitForURL(/\/in\/tiep-nhan\//);
    const id = decodeURIComponent(page.url().split('/in/tiep-nhan/')[1]!);

    // The interface in English, in an English browser.
    await go('/');
    await page.getByRole('button', { name: /EN$/ }).click();
    await page.getByRole('heading', { name: "Today's work" }).waitFor();

    // The list's period, typed as digits: the slashes come by themselves, day first.
    await go('/ho-so');
    const from = page.getByLabel('Received from');
    await from.click();
    await page.keyboard.type('23112026');
    expect(await from.inputValue()).toBe('23/11/2026');
    await expect.poll(() => new URL(page.url()).searchParams.get('tu')).toBe('2026-11-23');
    const to = page.getByLabel('To', { exact: true });
    await to.click();
    await page.keyboard.type('1/12/2026');
    await to.blur();
    expect(await to.inputValue()).toBe('01/12/2026');
    await expect.poll(() => new URL(page.url()).searchParams.get('den')).toBe('2026-12-01');
    await page.getByTestId('list-count').getByText('1 dossiers').waitFor();
    const row = page.getByRole('listitem').filter({ hasText: 'Trần Thị Bích Ngọc' });
    expect(await row.textContent()).toContain('Received 23/11/2026 · Due 23/11/2026');

    // A date the browser could read month-first is refused, in plain words.
    await go('/ho-so');
    await page.getByLabel('Received from').click();
    await page.keyboard.type('11232026');
    await page.getByLabel('Received from').blur();
    expect(await page.getByLabel('Received from').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).searchParams.get('tu')).toBeNull();

    // Next morning the dossier is overdue: apologise with a new date typed by keyboard.
    await context.clock.setFixedTime(new Date(TUESDAY_0900));
    await go(`/ho-so/${encodeURIComponent(id)}`);
    const facts = page.getByTestId('dossier-facts');
    await facts.waitFor();
    expect(await facts.textContent()).toContain('23/11/2026, 08:30');
    await page.getByRole('button', { name: 'Apologise and set a new date', exact: true }).click();
    await page.getByLabel('Reason for the delay').fill('Waiting for the birthplace check');
    const newDate = page.getByLabel('New due date');
    await newDate.click();
    await page.keyboard.type('27112026');
    expect(await newDate.inputValue()).toBe('27/11/2026');
    await page.screenshot({ path: 'tests/e2e/artifacts/dates-en-apology.png', fullPage: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('due').textContent()).toContain('27/11/2026, 17:00');
    expect(await page.getByTestId('due').textContent()).toContain('23/11/2026, 17:00');
    const body = (await page.locator('main').textContent()) ?? '';
    // Nothing on the page reads month first (11/23/2026, 11/27/2026).
    expect(body).not.toMatch(/\b11\/2[37]\/2026\b/);
    await page.screenshot({ path: 'tests/e2e/artifacts/dates-en-dossier.png', fullPage: true });
  });
});
