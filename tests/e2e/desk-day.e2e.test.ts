/**
 * An officer's whole day at the desk in a real Chromium, offline from the first dossier to the
 * last: receive three dossiers (one from a scanned ID card), print the receipt, take a dossier
 * through a supplement, another through approval, return and the citizen's rating, reload in the
 * middle of typing, let time pass until one is overdue, find it in "overdue without an apology",
 * apologise with a new date and print the apology. Nothing typed or saved is lost.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { seriousA11yIssues } from './axe';
import { launchProfile, newProfileDir } from './browser';
import { setUpDesk, tickAllDocuments } from './intake';
import { pdfToText } from './pdf';

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

/** Monday 23 November 2026, 08:30 in Vietnam. */
const MONDAY_0830 = '2026-11-23T08:30:00+07:00';
/** Tuesday 24 November 2026, 09:00: the within-day dossiers of Monday are now late. */
const TUESDAY_0900 = '2026-11-24T09:00:00+07:00';

/** What the desk's USB scanner types from a chip ID card's QR code, Enter included. */
const ID_CARD_QR = '079190012345||Trần Thị Bích Ngọc|15031990|Nữ|Ấp 3, xã Tân Phú, tỉnh Đồng Nai|01072021';

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir());
  await context.clock.setFixedTime(new Date(MONDAY_0830));
  page = context.pages()[0] ?? (await context.newPage());
});

afterEach(async (ctx) => {
  // A failing day leaves a picture of where it stopped (tests/e2e/artifacts is not committed).
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: 'tests/e2e/artifacts/desk-day-failure.png', fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

const go = (path: string) => page.goto(`${server.url}${path}`);

async function pdfText(): Promise<string> {
  return pdfToText(await page.pdf({ format: 'A4', printBackground: true }));
}

async function expectAccessible() {
  expect(await seriousA11yIssues(page)).toEqual([]);
}

/** Picks the procedure's first case (trường hợp) when it has several. */
async function chooseFirstCaseIfAsked() {
  await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor(); // the preselected procedure is in
  const first = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
  if (await first.count()) await first.check();
}

/** Receives the dossier on the intake screen; returns its id (from the receipt's address). */
async function receive(): Promise<string> {
  await page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await page.waitForURL(/\/in\/tiep-nhan\//);
  return decodeURIComponent(page.url().split('/in/tiep-nhan/')[1]!);
}

async function openDossier(id: string) {
  await go(`/ho-so/${encodeURIComponent(id)}`);
  await page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
}

/** Opens an action's form on the dossier page, lets `fill` type into it, and saves. */
async function act(action: string, fill: () => Promise<void> = async () => undefined) {
  await page.getByRole('button', { name: action, exact: true }).click();
  await fill();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText(`Đã ghi nhận: ${action}.`).waitFor();
}

describe("an officer's day, offline", () => {
  it('receives, prints, processes, returns, rates and apologises without a connection', async () => {
    // The app was installed on the desk's laptop earlier, while there was a connection.
    await go('/');
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 15_000 });

    // From here on there is no network at all.
    await context.setOffline(true);
    await server.close();

    // Morning: set the desk up.
    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: '000.00.53.H48', agencyName: 'UBND XÃ TÂN PHÚ', placeName: 'Tân Phú', officerName: 'Lê Văn Tâm' });

    // 1. A birth registration, the applicant read from her ID card by the USB scanner.
    await go('/tiep-nhan?thu-tuc=1.001193');
    await chooseFirstCaseIfAsked();
    const scan = page.getByLabel('Quét mã QR trên thẻ căn cước (máy quét)');
    await scan.click();
    await page.keyboard.type(ID_CARD_QR);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Trần Thị Bích Ngọc');
    expect(await page.getByLabel('Số định danh cá nhân (12 số)').inputValue()).toBe('079190012345');
    expect(page.url()).toContain('/tiep-nhan'); // the scanner's Enter did not submit the form
    await tickAllDocuments(page);
    await expectAccessible();
    const birth = await receive();

    // The receipt (Mẫu 01), printed to PDF: the dossier code and the appointment are on it.
    await page.getByRole('heading', { name: /GIẤY TIẾP NHẬN HỒ SƠ/i }).waitFor();
    const receipt = (await pdfText()).replace(/\s+/g, ' ');
    expect(receipt.replace(/ /g, '')).toContain('000.00.53.H48-261123-0001');
    expect(receipt).toContain('Trần Thị Bích Ngọc');
    expect(receipt).toMatch(/17 giờ 00 phút,? ngày 23 tháng 11 năm 2026/);
    await expectAccessible();

    // 2. A certified copy, typed by hand.
    await go('/tiep-nhan?thu-tuc=2.000815');
    await chooseFirstCaseIfAsked();
    await page.getByLabel('Họ và tên').fill('Phạm Văn Đức');
    await tickAllDocuments(page);
    const copy = await receive();

    // 3. A household business registration; the page is reloaded halfway through typing.
    await go('/tiep-nhan?thu-tuc=1.001612');
    await chooseFirstCaseIfAsked();
    await page.getByLabel('Họ và tên').fill('Võ Thị Hạnh');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await expect.poll(() => page.url()).toContain('nhap=');
    await page.reload();
    await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Võ Thị Hạnh');
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('0912345678');
    await tickAllDocuments(page);
    const business = await receive();

    // All three are in today's queue.
    await go('/');
    await expect.poll(() => page.locator('[data-queue="receivedToday"] .counter-value').textContent()).toBe('3');

    // The business registration needs a supplement: requested, then handed in.
    await openDossier(business);
    await act('Yêu cầu bổ sung', async () => {
      await page.getByLabel('Tên giấy tờ').first().fill('Bản sao hợp đồng thuê địa điểm kinh doanh');
      await page.getByLabel('Lý do yêu cầu bổ sung').fill('Chưa có giấy tờ chứng minh địa điểm kinh doanh');
    });
    await page.getByText('Chờ bổ sung').first().waitFor();
    await act('Nhận hồ sơ bổ sung', async () => {
      await page.getByRole('checkbox', { name: /hợp đồng thuê/ }).check();
    });
    await page.getByText(/thời hạn tiếp tục tính/).waitFor();
    await expectAccessible();

    // The certified copy is approved, its result comes back, it is returned and rated.
    await openDossier(copy);
    await act('Phê duyệt', () => page.getByLabel('Người ký phê duyệt').fill('Chủ tịch UBND xã Nguyễn Văn Bình'));
    await act('Kết quả đã về');
    await act('Trả kết quả', () => page.getByLabel('Người nhận kết quả').fill('Phạm Văn Đức'));
    await page.getByRole('link', { name: 'Mời công dân đánh giá mức độ hài lòng' }).first().click();
    await page.getByRole('radio', { name: /Rất hài lòng/ }).check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Xin cảm ơn ông/bà đã đánh giá!').waitFor();
    await expectAccessible();

    // Next morning: the birth registration was due yesterday at closing and is now late.
    await context.clock.setFixedTime(new Date(TUESDAY_0900));
    await go('/');
    const missingApology = page.locator('[data-queue="overdueWithoutApology"]');
    await expect.poll(() => missingApology.locator('.counter-value').textContent()).toBe('1');
    await missingApology.getByRole('link').click();
    await page.getByRole('link', { name: /Trần Thị Bích Ngọc/ }).first().click();
    await page.getByText(/đã quá hạn/).first().waitFor();

    // The apology, with a new appointment on Friday: late, so the app says so, but it is owed.
    await page.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả', exact: true }).click();
    await page.getByLabel('Lý do chậm trễ').fill('Chờ xác minh thông tin nơi sinh');
    await page.getByLabel('Ngày hẹn trả mới').fill('27/11/2026');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã ghi nhận: Xin lỗi và hẹn lại ngày trả.').waitFor();

    await page.getByRole('link', { name: /In văn bản xin lỗi/ }).first().click();
    await page.waitForURL(/\/in\/xin-loi\//);
    await page.getByRole('heading', { name: /XIN LỖI/i }).waitFor();
    const apology = await pdfText();
    expect(apology).toMatch(/xin lỗi/i);
    // Line breaks of the PDF may fall inside the code or the date: compare without them.
    const flat = apology.replace(/\s+/g, ' ');
    expect(flat.replace(/ /g, '')).toContain('000.00.53.H48-261123-0001');
    expect(flat).toMatch(/đến: 17 giờ 00 phút, ngày 27 tháng 11 năm 2026/);

    // The overdue-without-apology queue is clear; everything received is still on the device.
    await go('/');
    await expect.poll(() => missingApology.locator('.counter-value').textContent()).toBe('0');
    await go(`/ho-so/${encodeURIComponent(birth)}`);
    await page.getByText('Chờ xác minh thông tin nơi sinh').first().waitFor();
    expect(await page.getByTestId('network-status').textContent()).toContain('Mất mạng');

    // The screens with the day's data on them, on a tablet held upright.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectAccessible();
    await go('/ho-so');
    await page.getByRole('link', { name: /Phạm Văn Đức/ }).first().waitFor();
    await expectAccessible();
    await go(`/in/kiem-soat/${encodeURIComponent(business)}`);
    await page.getByRole('heading', { name: /KIỂM SOÁT/i }).waitFor();
    await expectAccessible();
  });
});
