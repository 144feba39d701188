/**
 * The printed forms in a real Chromium, offline: the receipt and the control sheet are made into
 * PDFs and read back as text, so what the citizen gets on paper is checked, diacritics included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { formatHlc } from '../../src/domain/clock';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { deriveDossier, DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { toDossierRow } from '../../src/store/dossierRow';
import { vn } from '../store/helpers';
import { receivedPayload } from '../fixtures';
import { launchProfile, newProfileDir } from './browser';
import { setUpDesk } from './intake';
import { pdfToText } from './pdf';

const APPLICANT = 'Nguyễn Thị Hồng Nhung';
const CODE = '000.00.53.H48-261120-0007';
const DOSSIER_ID = 'e2e-dossier-1';

/** A received dossier and one transfer, exactly as the store would have written them. */
function seedRecords() {
  const rules = createDeskRules(DEFAULT_DESK_SETTINGS);
  const receivedAt = vn('2026-11-20T09:05:00');
  let tick = 0;
  const meta = (at: number) => ({
    id: `e2e-event-${++tick}`,
    dossierId: DOSSIER_ID,
    deviceId: 'e2e-device',
    officerId: 'o1',
    officerName: 'Trần Văn Tiếp',
    hlc: formatHlc({ ms: at, counter: 0, deviceId: 'e2e-device' }),
    at,
  });
  const events: DossierEvent[] = [
    {
      ...meta(receivedAt),
      ...receivedPayload({
        code: CODE,
        caseId: 'c1',
        applicant: { kind: 'person', name: APPLICANT, gender: 'female', address: 'Ấp 3, xã Tân Phú', phone: '0912345678' },
        documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true }],
        returnAddress: null,
        dueAt: rules.dueAt(receivedAt, { amount: 3, unit: 'working-days' }),
        note: null,
      }),
    },
    {
      ...meta(vn('2026-11-20T10:30:00')),
      type: 'transferred',
      from: DESK_UNIT,
      to: { kind: 'commune-specialist', name: 'Công chức Tư pháp - Hộ tịch', person: 'Lê Văn Bình' },
      note: null,
    },
  ];
  const row = toDossierRow(deriveDossier(events, { dueRules: rules.dueRules }));
  return { events, row };
}

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

/** `ready`: what must be drawn before printing (the sheet, or the receipt's QR code). */
async function pdfText(page: Page, path: string, ready: string): Promise<string> {
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).waitFor();
  const pdf = await page.pdf({ format: 'A4' });
  // A line may wrap anywhere in the layout, a table cell over several lines: read the text in
  // drawing order, with runs of spaces and newlines collapsed.
  return (await pdfToText(pdf, { layout: false })).replace(/\s+/g, ' ');
}

describe('printed forms', () => {
  it('prints the receipt and the control sheet offline, with Vietnamese text intact', async () => {
    context = await launchProfile(newProfileDir());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    // The service worker precaches the app, the print chunk and the QR generator included.
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);

    await setUpDesk(page, `${server.url}/cai-dat`, { agencyId: '000.00.53.H48', agencyName: 'UBND xã Tân Phú', parentAgencyName: 'Tỉnh Đồng Nai', placeName: 'Tân Phú' });

    const { events, row } = seedRecords();
    await page.evaluate(
      ({ events, row }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('motcua');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['events', 'dossiers'], 'readwrite');
            for (const e of events) tx.objectStore('events').put(e);
            tx.objectStore('dossiers').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { events, row },
    );

    await context.setOffline(true);
    await server.close();

    const receipt = await pdfText(page, `/in/tiep-nhan/${DOSSIER_ID}`, 'svg.qr');
    expect(receipt).toContain(CODE);
    expect(receipt).toContain(APPLICANT);
    expect(receipt).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(receipt).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(receipt).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(receipt).toContain('Tân Phú, ngày 20 tháng 11 năm 2026');
    // Friday 20 Nov 2026 + 3 working days: Wednesday 25 Nov, at closing.
    expect(receipt).toContain('17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    expect(receipt).not.toMatch(/In \(Ctrl\+P\)|Quay lại/);

    const sheet = await pdfText(page, `/in/kiem-soat/${DOSSIER_ID}`, '[data-testid="print-sheet"]');
    expect(sheet).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(sheet).toContain(CODE);
    expect(sheet).toContain(APPLICANT);
    expect(sheet).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet).toContain('17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    expect(sheet).toContain('Lê Văn Bình');
    expect(sheet).toContain('Trước hạn');
  });
});
