/**
 * The reports screen in a real Chromium, offline: dossiers of October and November 2026 are on
 * the device, the network is gone, and /bao-cao?nam=2026 shows the year's figures (as the domain
 * computes them), draws its three charts, lists the dossiers behind a figure, and prints the
 * report on A4. Screenshots at 1280 px and at 768 px with touch, in Vietnamese and in English, go
 * to tests/e2e/artifacts to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { formatDateWordsVi, vnDate } from '../../src/domain/calendar/vnTime';
import { formatHlc } from '../../src/domain/clock';
import type { DossierEvent, DossierEventPayload, ReceivedPayload } from '../../src/domain/dossier/events';
import { deriveDossier } from '../../src/domain/dossier/lifecycle';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { computeReport, dossierFacts, periodOf, type DossierFacts } from '../../src/domain/statistics';
import { blockMonth, encodeBlock } from '../../src/store/statBlocks';
import { toDossierRow } from '../../src/store/dossierRow';
import { vn } from '../store/helpers';
import { receivedPayload } from '../fixtures';
import { CHROMIUM, CHROMIUM_ARGS, launchProfile, newProfileDir } from './browser';
import { seriousA11yIssues } from './axe';
import { setUpDesk } from './intake';
import { pdfToText } from './pdf';

const ARTIFACTS = 'tests/e2e/artifacts';
const rules = createDeskRules(DEFAULT_DESK_SETTINGS);

const BIRTH = { procedureId: '1.001193', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldCode: 'HT', fieldName: 'Hộ tịch' };
const COPY = { procedureId: '2.000815', procedureCode: '2.000815', procedureName: 'Chứng thực bản sao từ bản chính', fieldCode: 'CT', fieldName: 'Chứng thực' };

type Step = [string, DossierEventPayload];
const APPROVED: DossierEventPayload = { type: 'approved', signer: 'Phạm Văn Dũng' };

/** One dossier's history: received at `at` ("YYYY-MM-DDTHH:mm", Vietnam time), then `steps`. */
function dossier(n: number, at: string, proc: typeof BIRTH, channel: ReceivedPayload['channel'], name: string, steps: Step[] = []): DossierEvent[] {
  const id = `e2e-report-${n}`;
  const receivedAt = vn(`${at}:00`);
  const meta = (when: number, i: number) => ({
    id: `${id}-e${i}`,
    dossierId: id,
    deviceId: 'e2e-device',
    officerId: 'o1',
    officerName: 'Trần Văn Tiếp',
    hlc: formatHlc({ ms: when, counter: i, deviceId: 'e2e-device' }),
    at: when,
  });
  const received = receivedPayload({
    code: `000.00.53.H48-${at.slice(2, 4)}${at.slice(5, 7)}${at.slice(8, 10)}-${String(n).padStart(4, '0')}`,
    channel,
    applicant: { kind: 'person', name },
    terms: { procedureVersion: `${proc.procedureId}@2025-07-01`, ...proc, timeLimit: { amount: 3, unit: 'working-days' }, formRegime: 'tt03-2025' },
    dueAt: rules.dueAt(receivedAt, { amount: 3, unit: 'working-days' }),
    apologyDueAt: null,
  });
  return [
    { ...meta(receivedAt, 0), ...received } as DossierEvent,
    ...steps.map(([when, payload], i) => ({ ...meta(vn(`${when}:00`), i + 1), ...payload }) as DossierEvent),
  ];
}

const HISTORIES: DossierEvent[][] = [
  dossier(1, '2026-11-02T09:00', BIRTH, 'desk', 'Nguyễn Văn An', [
    ['2026-11-03T09:00', APPROVED], ['2026-11-03T10:00', { type: 'result-ready' }],
    ['2026-11-04T09:00', { type: 'returned', method: 'desk', recipient: 'Nguyễn Văn An' }],
    ['2026-11-04T09:05', { type: 'rated', level: 'very-satisfied' }],
  ]),
  dossier(2, '2026-11-02T10:00', BIRTH, 'online', 'Lê Thị Bình', [['2026-11-05T14:00', APPROVED], ['2026-11-05T15:00', { type: 'result-ready' }]]),
  dossier(3, '2026-11-03T09:00', COPY, 'postal', 'Phạm Văn Cường', [
    ['2026-11-05T16:00', { type: 'apologised', reason: 'Chờ xác minh', newDueAt: vn('2026-11-12T17:00:00') }],
    ['2026-11-12T09:00', APPROVED], ['2026-11-12T10:00', { type: 'result-ready' }],
  ]),
  dossier(4, '2026-11-16T08:30', COPY, 'desk', 'Hoàng Thị Dung'),
  dossier(5, '2026-11-20T14:00', BIRTH, 'desk', 'Vũ Văn Em', [['2026-11-23T09:00', { type: 'withdrawn', kind: 'withdrawn', reason: 'Công dân rút' }]]),
  dossier(6, '2026-10-05T09:00', BIRTH, 'desk', 'Đỗ Thị Giang', [['2026-10-06T14:00', APPROVED], ['2026-10-06T15:00', { type: 'result-ready' }]]),
  dossier(7, '2026-11-27T09:00', COPY, 'online', 'Bùi Văn Hải', [['2026-11-30T09:00', { type: 'refused', reasons: 'Không đủ điều kiện' }]]),
  dossier(8, '2026-11-30T09:00', BIRTH, 'desk', 'Ngô Thị Lan'),
];

const OVERDUE_CODE = '000.00.53.H48-261116-0004';

function expected() {
  const ctx = { dueRules: rules.dueRules };
  const facts = HISTORIES.map((h) => dossierFacts(h, ctx));
  // The page's own clock (not a fake one: a fake clock fakes `performance` too, and the marks with it).
  return computeReport(facts, periodOf('year', '2026-01-01'), { now: Date.now(), cal: rules.calendar });
}

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext | undefined;
const profile = newProfileDir();

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

async function seed(page: Page) {
  const ctx = { dueRules: rules.dueRules };
  const events = HISTORIES.flat();
  const rows = HISTORIES.map((h) => toDossierRow(deriveDossier(h, ctx)));
  // The figures' monthly blocks, as the store's writes keep them (statBlocks.ts).
  const byMonth = new Map<string, DossierFacts[]>();
  for (const f of HISTORIES.map((h) => dossierFacts(h, ctx))) byMonth.set(blockMonth(f.receivedAt), [...(byMonth.get(blockMonth(f.receivedAt)) ?? []), f]);
  const blocks = [...byMonth].map(([month, facts]) => encodeBlock(month, facts));
  await page.evaluate(
    ({ events, rows, blocks }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('motcua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['events', 'dossiers', 'statBlocks'], 'readwrite');
          for (const e of events) tx.objectStore('events').put(e);
          for (const r of rows) tx.objectStore('dossiers').put(r);
          for (const b of blocks) tx.objectStore('statBlocks').put(b);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { events, rows, blocks },
  );
}

/** Whether each chart's canvas has pixels drawn (not blank). */
function chartsDrawn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const fig of document.querySelectorAll<HTMLElement>('[data-chart]')) {
      const canvas = fig.querySelector('canvas');
      if (!canvas) continue;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
      out[fig.dataset.chart!] = inked;
    }
    return out;
  });
}

const cell = (page: Page, table: string, row: string, column: string) => page.locator(`[data-testid="${table}"] tr[data-row="${row}"] td[data-column="${column}"]`);

describe('reports screen, offline', () => {
  it('shows the year 2026 figures, draws the charts, drills down and prints, at 1280 and 768 px', async () => {
    const report = expected();
    // The seeded dossiers: 8 received, 5 resolved (one refused), 1 withdrawn, 2 in progress (one overdue).
    expect(report.total.receivedTotal).toBe(8);
    expect(report.total.inProgressOverdue).toBe(1);

    context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('offline-status').textContent(), { timeout: 30_000 }).toBe('Sẵn sàng làm việc không cần mạng');
    await setUpDesk(page, `${server.url}/cai-dat`, {
      agencyId: '000.00.53.H48',
      agencyName: 'UBND xã Tân Phú',
      parentAgencyName: 'Tỉnh Đồng Nai',
      placeName: 'Tân Phú',
      officerName: 'Trần Văn Tiếp',
    });
    await seed(page);
    await context.setOffline(true);

    // From the navigation, then the year through the address.
    await page.getByRole('link', { name: 'Báo cáo' }).click();
    await page.locator('[data-report-ready="true"]').waitFor();
    await page.goto(`${server.url}/bao-cao?nam=2026`);
    await page.locator('[data-report-ready="true"]').waitFor();
    expect(await page.getByTestId('report-period').textContent()).toBe('Năm 2026');
    const total = (column: string) => cell(page, 'report-by-field', 'total', column).textContent();
    expect(await total('receivedTotal')).toBe(String(report.total.receivedTotal));
    expect(await total('online')).toBe(String(report.total.byChannel.online));
    expect(await total('postal')).toBe(String(report.total.byChannel.postal));
    expect(await total('resolved')).toBe(String(report.total.resolved));
    expect(await total('late')).toBe(String(report.total.resolvedLate));
    expect(await total('overdue')).toBe('1');
    expect(await total('withdrawn')).toBe('1');
    expect(await total('onTimeRate')).toBe(`${(report.total.onTimeRate! * 100).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u00a0%`);
    expect(await cell(page, 'report-by-field', 'f:CT', 'receivedTotal').textContent()).toBe('3');
    expect(await cell(page, 'report-by-procedure', 'p:1.001193', 'receivedTotal').textContent()).toBe('5');
    expect(await page.getByTestId('report-766').textContent()).toContain('không có dữ liệu');

    await page.locator('[data-charts-ready="true"]').waitFor();
    const inked = await chartsDrawn(page);
    expect(Object.keys(inked).sort()).toEqual(['age', 'on-time', 'trend']);
    for (const [chart, pixels] of Object.entries(inked)) expect(pixels, chart).toBeGreaterThan(500);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toEqual(expect.arrayContaining(['motcua:report-figures', 'motcua:report-charts']));
    await page.screenshot({ path: `${ARTIFACTS}/reports-1280.png`, fullPage: true });
    expect(await seriousA11yIssues(page)).toEqual([]);

    // The dossier behind "overdue": the list, its code linking to the dossier.
    await cell(page, 'report-by-field', 'total', 'overdue').getByRole('link').click();
    const drill = page.getByTestId('report-drill');
    await drill.waitFor();
    expect(await page.getByTestId('report-drill-count').textContent()).toBe('1 hồ sơ');
    expect(await drill.getByRole('link', { name: OVERDUE_CODE }).getAttribute('href')).toBe('/ho-so/e2e-report-4');
    expect(page.url()).toContain('chi-tiet=inProgressOverdue');
    await page.screenshot({ path: `${ARTIFACTS}/reports-drill-1280.png` });
    await drill.getByRole('link', { name: 'Đóng danh sách' }).click();
    await drill.waitFor({ state: 'detached' });

    // A bar of the overdue chart lists the overdue dossiers too: the 6–10 days bar, third of four.
    const age = page.locator('[data-chart="age"] canvas');
    const box = (await age.boundingBox())!;
    await age.click({ position: { x: 30 + (box.width - 30) * 0.625, y: box.height * 0.5 } });
    await drill.waitFor();
    expect(await page.getByTestId('report-drill-count').textContent()).toBe('1 hồ sơ');
    await drill.getByRole('link', { name: 'Đóng danh sách' }).click();
    await drill.waitFor({ state: 'detached' });

    // The report as an Excel workbook, built offline: the totals as number cells.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo thủ tục', 'Theo tháng', 'Ước tính QĐ 766']);
    const summary = workbook.worksheets[0]!;
    const headerRow = (summary.views[0] as { ySplit: number }).ySplit;
    const totalRow = summary.getRow(headerRow + 1);
    expect(totalRow.getCell(1).value).toBe('Tổng cộng');
    expect(totalRow.getCell(2).value).toBe(report.total.receivedTotal);

    // The printed report: A4 landscape, header, title, period in words, the tables.
    await page.goto(`${server.url}/in/bao-cao?nam=2026`);
    await page.locator('[data-report-ready="true"]').waitFor();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(`${ARTIFACTS}/reports-2026.pdf`, pdf);
    const text = (await pdfToText(pdf, { layout: false })).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND XÃ TÂN PHÚ');
    expect(text).toContain('BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('Kỳ báo cáo: Năm 2026');
    expect(text).toContain(`Tân Phú, ${formatDateWordsVi(vnDate(Date.now()))}`);
    expect(text).toContain('Chứng thực bản sao từ bản chính');
    expect(text).toContain('ước tính');
    expect(text).not.toMatch(/Quay lại|In \(Ctrl\+P\)/);

    // English, same figures.
    await page.goto(`${server.url}/bao-cao?nam=2026`);
    await page.getByRole('button', { name: /EN/ }).click();
    await page.locator('[data-charts-ready="true"]').waitFor();
    expect(await page.getByTestId('report-period').textContent()).toBe('2026');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dossiers received and resolved: report');
    await page.screenshot({ path: `${ARTIFACTS}/reports-en-1280.png`, fullPage: true });
    await page.getByRole('button', { name: /VI/ }).click();
    await context.close();

    // A tablet in portrait, with touch, after a restart without any network.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      offline: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/bao-cao?nam=2026&thang=11`);
    await page.locator('[data-charts-ready="true"]').waitFor();
    expect(await page.getByTestId('report-period').textContent()).toBe('Tháng 11/2026');
    // Carried over from October: none (resolved there); November received 7.
    expect(await total('receivedTotal')).toBe('7');
    const tablet = await chartsDrawn(page);
    for (const [chart, pixels] of Object.entries(tablet)) expect(pixels, chart).toBeGreaterThan(500);
    // The page itself does not scroll sideways: the wide tables scroll inside their frames.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await page.screenshot({ path: `${ARTIFACTS}/reports-768.png`, fullPage: true });
    // Scrolled sideways, the table keeps the rows' names in view (sticky first column).
    const wrapper = page.locator('.report-scroll').first();
    const rowName = wrapper.locator('tr[data-row="total"] th');
    const before = (await rowName.boundingBox())!.x;
    await wrapper.evaluate((el) => el.scrollBy(400, 0));
    expect(await wrapper.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect((await rowName.boundingBox())!.x).toBe(before);
    await wrapper.screenshot({ path: `${ARTIFACTS}/reports-768-scrolled.png` });
    await page.locator('[data-testid="report-by-field"] tr[data-row="total"] td[data-column="late"] a').tap();
    await page.getByTestId('report-drill').waitFor();
    expect(await page.getByTestId('report-drill-count').textContent()).toBe('1 hồ sơ');
    await page.screenshot({ path: `${ARTIFACTS}/reports-drill-768.png` });
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('button', { name: /EN/ }).click();
    await page.getByRole('heading', { name: 'Dossiers received and resolved: report' }).waitFor();
    await page.locator('[data-charts-ready="true"]').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/reports-en-768.png`, fullPage: true });
  }, 120_000);
});
