/**
 * Exports in a real Chromium, offline: two dossiers received at the desk, the list exported to
 * .xlsx and CSV, each download read back (exceljs for the workbook). The browser runs in Los
 * Angeles time on purpose: the files must still show the Vietnam date and time.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { launchProfile, newProfileDir } from './browser';
import { setUpDesk, tickAllDocuments } from './intake';

/** Tuesday 1 December 2026, 16:40 in Vietnam (01:40 the same day in Los Angeles). */
const TUESDAY_1640 = '2026-12-01T16:40:00+07:00';

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir(), { timezoneId: 'America/Los_Angeles' });
  await context.clock.setFixedTime(new Date(TUESDAY_1640));
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

const go = (path: string) => page.goto(`${server.url}${path}`);

async function receive(procedure: string, name: string, phone?: string): Promise<void> {
  await go(`/tiep-nhan?thu-tuc=${procedure}`);
  await page.getByRole('button', { name: 'Đổi thủ tục' }).waitFor();
  const firstCase = page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio').first();
  if (await firstCase.count()) await firstCase.check();
  await page.getByLabel('Họ và tên').fill(name);
  if (phone) await page.getByLabel('Số điện thoại').fill(phone);
  await tickAllDocuments(page);
  await page.getByRole('button', { name: 'Tiếp nhận và in giấy hẹn' }).click();
  await page.waitForURL(/\/in\/tiep-nhan\//);
}

/** Presses an export button and returns the downloaded file's name and bytes. */
async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('exports, offline', () => {
  it('downloads the filtered dossier list as .xlsx and CSV without a connection', async () => {
    await go('/');
    // Installed while online: every chunk, the .xlsx library's included, is in the cache.
    await expect.poll(() => page.getByTestId('offline-status').textContent(), { timeout: 30_000 }).toBe('Sẵn sàng làm việc không cần mạng');
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    await context.setOffline(true);
    await server.close();

    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: '000.00.53.H48', agencyName: 'UBND xã Mường Phăng', placeName: 'Mường Phăng' });
    await receive('2.000815', 'Phạm Văn Đức', '0912345678');
    await receive('1.001193', 'Lò Thị Ệnh');

    await go('/ho-so');
    await expect.poll(() => page.getByTestId('list-count').textContent()).toBe('2 hồ sơ');

    const xlsx = await download('Tải Excel (.xlsx)');
    expect(xlsx.name).toBe('ho-so-2026-12-01.xlsx');
    await page.getByText('Đã tạo tệp ho-so-2026-12-01.xlsx.').waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Hồ sơ')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('A1').value).toBe('UBND xã Mường Phăng');
    expect(ws.getCell('A2').value).toBe('DANH SÁCH HỒ SƠ');
    // Header on row 6 (4 title lines and an empty one), frozen with the lines above it.
    expect(ws.getRow(6).getCell(1).value).toBe('Mã hồ sơ');
    expect(ws.getRow(6).getCell(4).value).toBe('Người nộp');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    // Both dossiers, one line each (received at the same frozen instant: any order).
    const names = [7, 8].map((r) => ws.getRow(r).getCell(4).value);
    expect([...names].sort()).toEqual(['Lò Thị Ệnh', 'Phạm Văn Đức']);
    const duc = ws.getRow(names[0] === 'Phạm Văn Đức' ? 7 : 8);
    expect(duc.getCell(1).value).toMatch(/^000\.00\.53\.H48-261201-000[12]$/);
    expect(duc.getCell(7).value).toBe('0912345678');
    expect(duc.getCell(8).value).toBe('Trực tiếp');
    const received = duc.getCell(9);
    expect(received.type).toBe(ExcelJS.ValueType.Date);
    expect(received.numFmt).toBe('dd/mm/yyyy hh:mm');
    // 16:40 on 1 December in Vietnam, though the browser's clock reads 01:40 in Los Angeles.
    expect((received.value as Date).toISOString().slice(0, 16)).toBe('2026-12-01T16:40');
    expect(duc.getCell(11).value).toBe('Đã tiếp nhận');

    const csv = await download('Tải CSV');
    expect(csv.name).toBe('ho-so-2026-12-01.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Mã hồ sơ,Thủ tục,Lĩnh vực,Người nộp,Số định danh,Địa chỉ,Điện thoại,Kênh,Ngày nhận,Hẹn trả,Trạng thái,Ngày có kết quả,Kết quả (trước/đúng/quá hạn),Đã xin lỗi',
    );
    expect(lines).toHaveLength(4); // header, two dossiers, and the empty end after the last CRLF
    expect(lines.find((l) => l.includes('Phạm Văn Đức'))).toMatch(/^000\.00\.53\.H48-261201-000[12],.*,Phạm Văn Đức,,,0912345678,Trực tiếp,01\/12\/2026 16:40,/);
  });

  it('downloads the tracking book (Mẫu 07) of the period the print shows, offline', async () => {
    await go('/in/so-theo-doi?tu=2026-12-01&den=2026-12-31');
    await page.getByText('2 hồ sơ trong kỳ').waitFor();
    const book = await download('Tải Excel (.xlsx)');
    expect(book.name).toBe('so-theo-doi-ho-so-2026-12-01-den-2026-12-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Sổ theo dõi hồ sơ');
    expect(ws.getCell('A3').value).toBe('Từ ngày 01/12/2026 đến ngày 31/12/2026');
    expect(ws.getRow(5).getCell(2).value).toBe('Mã hồ sơ');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    const lines = [6, 7].map((r) => ws.getRow(r));
    expect(lines.map((l) => l.getCell(1).value)).toEqual([1, 2]);
    const duc = lines.find((l) => l.getCell(4).value === 'Phạm Văn Đức')!;
    expect(duc.getCell(5).value).toBe('0912345678');
    expect(duc.getCell(7).type).toBe(ExcelJS.ValueType.Date);
    expect((duc.getCell(7).value as Date).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(String(duc.getCell(12).value)).toMatch(/^Vào sổ: quyển 2026, số [12]$/);

    const csv = await download('Tải CSV');
    expect(csv.name).toBe('so-theo-doi-ho-so-2026-12-01-den-2026-12-31.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain(',Lò Thị Ệnh,');
  });
});
