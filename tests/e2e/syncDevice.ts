/**
 * One device of a commune in the browser sync tests: a browser context on the app served by the
 * real hub (tests/e2e/hub.ts), and what an officer does with it — install, enrol on /dong-bo,
 * receive a dossier, press "Đồng bộ ngay" — driven through the screens by their labels.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousA11yIssues } from './axe';
import { DEMO_PASSWORD } from './hub';
import { tickAllDocuments } from './intake';

export const ARTIFACTS = 'tests/e2e/artifacts';

export interface Device {
  context: BrowserContext;
  page: Page;
  name: string;
  /** The hub's origin, which also serves the app. */
  hubUrl: string;
}

/** A laptop (1280 px) by default, or a touch tablet (768 px). */
export async function openDevice(browser: Browser, hubUrl: string, name: string, options: { tablet?: boolean } = {}): Promise<Device> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(options.tablet ? { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : { viewport: { width: 1280, height: 800 } }),
  });
  const page = await context.newPage();
  return { context, page, name, hubUrl };
}

export const go = (d: Device, path: string) => d.page.goto(`${d.hubUrl}${path}`);

/** A photograph of the screen for a person to look at (ARTIFACTS/`file`-`device`.png), and axe's verdict on it. */
export async function shoot(d: Device, file: string) {
  await d.page.screenshot({ path: `${ARTIFACTS}/${file}-${d.name}.png`, fullPage: true });
  expect(await seriousA11yIssues(d.page)).toEqual([]);
}

/** First visit: the app and its service worker installed (what lets the desk work offline). */
export async function install(d: Device) {
  await go(d, '/');
  await d.page.getByText(/Danh mục có \d+ thủ tục/).waitFor({ timeout: 30_000 });
  await expect.poll(() => d.page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
}

export const VI_ENROL_LABELS = { user: 'Tên đăng nhập', password: 'Mật khẩu', device: 'Tên thiết bị', hub: 'Địa chỉ máy chủ', submit: 'Đăng ký thiết bị' };

/**
 * The enrolment form, filled by its labels (the hub's address is already the page's origin).
 * `photo` names the screenshot of the empty form, if one is wanted.
 */
export async function enrol(d: Device, username: string, deviceName: string, labels = VI_ENROL_LABELS, photo?: string) {
  await go(d, '/dong-bo');
  const hubField = d.page.getByLabel(labels.hub);
  await hubField.waitFor();
  expect(await hubField.inputValue()).toBe(d.hubUrl);
  if (photo) await shoot(d, photo);
  await d.page.getByLabel(labels.user).fill(username);
  await d.page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await d.page.getByLabel(labels.device).fill(deviceName);
  await d.page.getByRole('button', { name: labels.submit }).click();
  await d.page.getByTestId('enrolment').waitFor({ timeout: 30_000 });
}

/** Presses "Đồng bộ ngay" on the sync screen and waits for the sync to end. */
export async function syncNow(d: Device, label = 'Đồng bộ ngay') {
  if (!d.page.url().endsWith('/dong-bo')) await go(d, '/dong-bo');
  const button = d.page.getByRole('button', { name: label });
  await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
  await button.click();
  // While it runs the button says "Đang đồng bộ…"; it says "Đồng bộ ngay" again once the sync ended.
  await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
}

/**
 * The sync screen says the device is in sync with nothing waiting, after at least one whole sync
 * (the screen says "in sync" from start-up, before the first sync has pulled anything).
 */
export async function expectSynced(d: Device, phase = 'Đã đồng bộ.') {
  await expect.poll(() => d.page.getByTestId('sync-last').textContent(), { timeout: 60_000 }).toMatch(/\d\d:\d\d/);
  await expect.poll(() => d.page.getByTestId('sync-phase').textContent(), { timeout: 60_000 }).toBe(phase);
  expect(await d.page.getByTestId('sync-pending').textContent()).toBe('0');
  expect(await d.page.getByTestId('sync-refused').textContent()).toBe('0');
}

async function chooseFirstCaseIfAsked(page: Page) {
  await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor();
  const first = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
  if (await first.count()) await first.check();
}

/** Receives a certified copy (chứng thực bản sao) for `applicant` on the intake screen; returns the dossier's id. */
export async function receiveDossier(d: Device, applicant: string): Promise<string> {
  await go(d, '/tiep-nhan?thu-tuc=2.000815');
  await chooseFirstCaseIfAsked(d.page);
  await d.page.getByLabel('Họ và tên').fill(applicant);
  await tickAllDocuments(d.page);
  await d.page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await d.page.waitForURL(/\/in\/tiep-nhan\//);
  return decodeURIComponent(d.page.url().split('/in/tiep-nhan/')[1]!);
}

/** The dossier's page, once its timeline is shown. */
export async function openDossier(d: Device, id: string) {
  await go(d, `/ho-so/${encodeURIComponent(id)}`);
  await d.page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
}

export async function listSearch(d: Device, text: string) {
  await go(d, '/ho-so');
  await d.page.getByTestId('list-count').waitFor();
  await d.page.locator('#dossier-search').fill(text);
}
