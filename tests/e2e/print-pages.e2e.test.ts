/**
 * Paper: every printed form (Mẫu 01–07) made into a PDF by a real Chromium, at realistic sizes,
 * and its page count checked — a receipt that spills its signatures onto a second sheet wastes
 * paper 200 times a day. Page counts are deterministic for a given layout and font.
 *
 * PRINT_PNG_DIR=/tmp/x keeps each PDF there (render with `pdftoppm -png -r 60`) to look at.
 */
import { writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with `npm start`
import { startStaticServer } from '../../scripts/staticServer.mjs';
import { formatHlc } from '../../src/domain/clock';
import type { DossierEvent, DossierEventPayload, EventOf, ReceivedDocument } from '../../src/domain/dossier/events';
import { deriveDossier, DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { createDeskRules, DEFAULT_DESK_SETTINGS, type DeskSettings } from '../../src/domain/deskSettings';
import { toDossierRow, type DossierRow } from '../../src/store/dossierRow';
import type { VisitRow } from '../../src/store/db';
import { vn } from '../store/helpers';
import { launchProfile, newProfileDir } from './browser';
import { pdfToText } from './pdf';

const SETTINGS: DeskSettings = {
  ...DEFAULT_DESK_SETTINGS,
  agencyId: '000.00.53.H48',
  // Long names, as a mountain commune's are: they must wrap between words, never inside one.
  parentAgencyName: 'Ủy ban nhân dân tỉnh Điện Biên',
  agencyName: 'Ủy ban nhân dân xã Mường Phăng',
  placeName: 'Mường Phăng',
  deviceId: 'e2e-device',
  officerId: 'o1',
  officerName: 'Lò Thị Phương Thảo',
  deskPhone: '0215 3825 678',
};

const rules = createDeskRules(SETTINGS);
const LONG_ADDRESS = 'Bản Co Thón, xã Mường Phăng, tỉnh Điện Biên (trước đây: bản Co Thón, xã Nà Nhạn, huyện Điện Biên, tỉnh Điện Biên)';

const EIGHT_DOCUMENTS: ReceivedDocument[] = [
  { name: 'Giấy đề nghị đăng ký thay đổi nội dung đăng ký hộ kinh doanh (theo mẫu)', originals: 1, copies: 0, received: true },
  { name: 'Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh, đã công chứng hoặc chứng thực', originals: 0, copies: 1, received: true },
  { name: 'Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp', originals: 1, copies: 0, received: true },
  { name: 'Bản sao hợp đồng thuê địa điểm kinh doanh hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh', originals: 0, copies: 1, received: true },
  { name: 'Biên bản họp thành viên hộ gia đình về việc thay đổi chủ hộ kinh doanh', originals: 1, copies: 0, received: true },
  { name: 'Bản sao giấy chứng tử của chủ hộ kinh doanh', originals: 0, copies: 2, received: true },
  { name: 'Văn bản thỏa thuận phân chia di sản thừa kế đã được công chứng', originals: 0, copies: 1, received: true },
  { name: 'Văn bản cam kết của chủ hộ kinh doanh mới về việc kế thừa quyền và nghĩa vụ', originals: 1, copies: 0, received: true },
  // Shown for checking and handed back: never a received copy on the receipt.
  { name: 'Căn cước công dân', originals: 1, copies: 0, received: true, shownOnly: true },
];

let tick = 0;
function events(dossierId: string, code: string, receivedAt: number, documents: ReceivedDocument[], rest: [number, DossierEventPayload][]): DossierEvent[] {
  const meta = (at: number) => ({
    id: `${dossierId}-e${++tick}`,
    dossierId,
    deviceId: 'e2e-device',
    officerId: 'o1',
    officerName: 'Lò Thị Phương Thảo',
    hlc: formatHlc({ ms: at, counter: tick, deviceId: 'e2e-device' }),
    at,
  });
  return [
    {
      ...meta(receivedAt),
      type: 'received',
      code,
      terms: {
        procedureVersion: '2.000720@2025-07-01',
        procedureId: '2.000720',
        procedureCode: '2.000720',
        procedureName:
          'Hộ kinh doanh do thành viên hộ gia đình đăng ký thành lập thay đổi chủ hộ do chủ hộ chết hoặc bị Tòa án tuyên bố đã chết, mất tích.',
        fieldCode: null,
        fieldName: 'Thành lập và hoạt động của hộ kinh doanh',
        timeLimit: { amount: 3, unit: 'working-days' },
        formRegime: 'tt03-2025',
      },
      caseId: 'c1',
      channel: 'desk',
      applicant: {
        kind: 'person',
        name: 'Quàng Văn Thưởng',
        idNumber: '011090004567',
        gender: 'male',
        address: LONG_ADDRESS,
        phone: '0912 345 678',
        email: 'quangvanthuong1990@gmail.com',
      },
      documents,
      sets: 1,
      feeVnd: 100000,
      returnMethod: 'desk',
      returnAddress: null,
      dueAt: rules.dueAt(receivedAt, { amount: 3, unit: 'working-days' }),
      bookEntry: '2026/1234',
      note: null,
    },
    ...rest.map(([at, payload]) => ({ ...meta(at), ...payload }) as DossierEvent),
  ];
}

const SPECIALIST = { kind: 'commune-specialist' as const, name: 'Công chức Văn phòng - Thống kê', person: 'Lường Văn Khánh' };
const LEADER = { kind: 'leader' as const, name: 'Chủ tịch Ủy ban nhân dân xã', person: 'Vì Văn Hùng' };

/** A dossier with the usual journey: transfer, supplement out and back, approval, result, return. */
function typicalHistory(): DossierEvent[] {
  return events('d-typical', '000.00.53.H48-261120-0007', vn('2026-11-20T09:05:00'), EIGHT_DOCUMENTS, [
    [vn('2026-11-20T10:30:00'), { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
    [
      vn('2026-11-23T14:00:00'),
      {
        type: 'supplement-requested',
        requestedBy: 'handler',
        items: [{ name: 'Bản sao giấy chứng tử của chủ hộ kinh doanh', originals: 0, copies: 1 }],
        reason: 'Bản sao nộp kèm không rõ số, ngày cấp.',
      },
    ],
    [vn('2026-11-25T08:15:00'), { type: 'supplement-supplied', items: [{ name: 'Bản sao giấy chứng tử của chủ hộ kinh doanh', originals: 0, copies: 1 }] }],
    [vn('2026-11-25T15:00:00'), { type: 'transferred', from: SPECIALIST, to: LEADER }],
    [vn('2026-11-26T09:00:00'), { type: 'approved', signer: 'Vì Văn Hùng' }],
    [vn('2026-11-26T10:00:00'), { type: 'result-ready', resultNumber: '125/GCN' }],
    [vn('2026-11-27T09:30:00'), { type: 'returned', method: 'desk', recipient: 'Quàng Văn Thưởng' }],
  ]);
}

function lateApologised(): DossierEvent[] {
  const receivedAt = vn('2026-11-20T09:05:00');
  return events('d-late', '000.00.53.H48-261120-0008', receivedAt, EIGHT_DOCUMENTS.slice(0, 3), [
    [vn('2026-11-20T10:30:00'), { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
    [
      vn('2026-11-24T09:00:00'),
      {
        type: 'apologised',
        reason: 'Cần xác minh thông tin về người thừa kế tại nơi cư trú trước đây của chủ hộ kinh doanh.',
        newDueAt: vn('2026-12-02T17:00:00'),
        by: 'Ủy ban nhân dân xã Mường Phăng',
      },
    ],
  ]);
}

function stopped(): DossierEvent[] {
  return events('d-stop', '000.00.53.H48-261120-0009', vn('2026-11-20T09:05:00'), EIGHT_DOCUMENTS.slice(0, 3), [
    [vn('2026-11-23T09:00:00'), { type: 'withdrawn', kind: 'stopped', reason: 'Gia đình đã thống nhất để người con trưởng tiếp tục làm chủ hộ kinh doanh, không thay đổi nữa.' }],
  ]);
}

function refused(): DossierEvent[] {
  return events('d-refused', '000.00.53.H48-261120-0010', vn('2026-11-20T09:05:00'), EIGHT_DOCUMENTS.slice(0, 3), [
    [vn('2026-11-20T10:30:00'), { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
    [vn('2026-11-23T09:00:00'), { type: 'refused', reasons: 'Người đề nghị không phải là thành viên hộ gia đình theo quy định.' }],
  ]);
}

const BOOK_PROCEDURES = [
  'Đăng ký khai sinh',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp',
  'Đăng ký kết hôn',
  'Cấp bản sao trích lục hộ tịch',
  'Đăng ký khai tử',
  'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
];

/** `n` simple dossiers received from 2 to 26 December 2026 (i and i + 25 on the same day), for the tracking book. */
function bookDossiers(n: number): DossierEvent[][] {
  return Array.from({ length: n }, (_, i) => {
    const day = String(2 + (i % 25)).padStart(2, '0');
    const at = vn(`2026-12-${day}T0${7 + (i % 3)}:${String(10 + i).slice(-2)}:00`);
    const history = events(`d-book-${i}`, `000.00.53.H48-2612${day}-${String(100 + i).padStart(4, '0')}`, at, EIGHT_DOCUMENTS.slice(0, 2), [
      [at + 3_600_000, { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }],
    ]);
    const received = history[0] as EventOf<'received'>;
    // Typical rows: an address of a village and commune, the year's running entry number.
    received.applicant = { ...received.applicant, address: 'Bản Co Thón, xã Mường Phăng, tỉnh Điện Biên' };
    received.terms = { ...received.terms, procedureName: BOOK_PROCEDURES[i % BOOK_PROCEDURES.length] as string };
    received.bookEntry = `2026/${2001 + i}`;
    return history;
  });
}

const VISITS: VisitRow[] = [
  {
    id: 'v-guidance',
    at: vn('2026-11-20T08:40:00'),
    outcome: 'guidance',
    procedureId: '1.001193',
    procedureCode: '1.001193',
    procedureName: 'Thủ tục cấp bản sao trích lục hộ tịch.',
    applicant: { kind: 'person', name: 'Lò Văn Sơn', gender: 'male', address: LONG_ADDRESS, phone: '0987 654 321' },
    missing: [
      { name: 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', originals: 1, copies: 0, note: 'Mẫu: Tờ khai cấp bản sao trích lục hộ tịch theo mẫu' },
      { name: 'Văn bản ủy quyền (trường hợp ủy quyền)', originals: 1, copies: 0, note: null },
    ],
    reason: 'Hồ sơ chưa đầy đủ theo thành phần hồ sơ của thủ tục đã được công bố.',
    officerId: 'o1',
    officerName: 'Lò Thị Phương Thảo',
    deviceId: 'e2e-device',
  },
  {
    id: 'v-refusal',
    at: vn('2026-11-20T08:50:00'),
    outcome: 'refusal',
    procedureId: '1.001193',
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    applicant: { kind: 'person', name: 'Lò Văn Sơn', gender: 'male', address: LONG_ADDRESS, phone: '0987 654 321' },
    missing: [],
    reason: 'Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Nà Tấu ngày 02/3/2020.',
    officerId: 'o1',
    officerName: 'Lò Thị Phương Thảo',
    deviceId: 'e2e-device',
  },
];

/** 40 rows with long addresses: measured, and asserted so that a layout change shows up. */
const BOOK_PAGES_FOR_40 = 4;

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext | undefined;
let page: Page;

function pageCount(pdf: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdfinfo', ['-']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      const m = /^Pages:\s+(\d+)/m.exec(out);
      if (m) resolve(Number(m[1]));
      else reject(new Error(`pdfinfo: no page count in ${out}`));
    });
    child.stdin.end(pdf);
  });
}

/** The form as the browser's print dialog makes it: the CSS page size and margins. */
async function printForm(path: string, ready = '[data-testid="print-sheet"]'): Promise<{ pages: number; text: string; pdf: Buffer }> {
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const name = path.replace(/[^a-z0-9]+/gi, '_');
  if (process.env.PRINT_PNG_DIR) writeFileSync(`${process.env.PRINT_PNG_DIR}/${name}.pdf`, pdf);
  return { pages: await pageCount(pdf), text: await pdfToText(pdf), pdf };
}

beforeAll(async () => {
  server = await startStaticServer({ root: 'dist', port: 0 });
  context = await launchProfile(newProfileDir());
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.locator('#main').waitFor();
  // The app's start-up gives the device its id by writing the settings: seeding before that write
  // would lose the seeded settings to it (bootstrap.ts).
  const hasDeviceId = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('motcua');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            const done = (value: boolean) => {
              db.close();
              resolve(value);
            };
            if (!db.objectStoreNames.contains('settings')) return done(false);
            const get = db.transaction('settings').objectStore('settings').get('desk');
            get.onsuccess = () => done(!!get.result?.value?.deviceId);
            get.onerror = () => done(false);
          };
        }),
    );
  for (let i = 0; !(await hasDeviceId()); i++) {
    if (i > 150) throw new Error('the app never wrote its settings at start-up');
    await new Promise((r) => setTimeout(r, 100));
  }
  const histories = [typicalHistory(), lateApologised(), stopped(), refused(), ...bookDossiers(40)];
  const dossierEvents = histories.flat();
  const rows: DossierRow[] = histories.map((h) => toDossierRow(deriveDossier(h, { dueRules: rules.dueRules })));
  await page.evaluate(
    ({ dossierEvents, rows, visits, settings }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('motcua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['events', 'dossiers', 'visits', 'settings'], 'readwrite');
          for (const e of dossierEvents) tx.objectStore('events').put(e);
          for (const r of rows) tx.objectStore('dossiers').put(r);
          for (const v of visits) tx.objectStore('visits').put(v);
          const store = tx.objectStore('settings');
          const current = store.get('desk');
          current.onsuccess = () => store.put({ key: 'desk', value: { ...(current.result?.value ?? {}), ...settings } });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dossierEvents, rows, visits: VISITS, settings: SETTINGS },
  );
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

/** Text as pdftotext lays it out, with runs of spaces and line ends collapsed. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('printed forms on A4', () => {
  it('Mẫu 01: a receipt with 8 documents, a long agency name and address fits one page', async () => {
    const { pages, text } = await printForm('/in/tiep-nhan/d-typical', 'svg.qr');
    expect(pages).toBe(1);
    const lines = text.split('\n');
    // Names wrap between words: "ĐIỆN BIÊN" stays together on one line.
    expect(lines.some((l) => l.includes('ĐIỆN BIÊN'))).toBe(true);
    expect(flat(text)).toContain('NGƯỜI TIẾP NHẬN');
    expect(flat(text)).toContain('Quyển số: 2026');
    expect(flat(text)).toContain('Số thứ tự: 1234');
    // The ID card shown for checking is not a received copy.
    expect(flat(text)).toContain('Giấy tờ xuất trình để đối chiếu (đã trả lại): Căn cước công dân');
    expect(text).not.toMatch(/\d+\s+Căn cước công dân/);
  });

  it('Mẫu 02 and Mẫu 03 at intake take one page', async () => {
    const guidance = await printForm('/in/huong-dan/v-guidance');
    expect(guidance.pages).toBe(1);
    expect(flat(guidance.text)).toContain('0215 3825 678');
    expect(guidance.text).not.toContain('..');
    const refusal = await printForm('/in/tu-choi/v-refusal');
    expect(refusal.pages).toBe(1);
  });

  it('Mẫu 03 of a dossier, Mẫu 04 and Mẫu 05 take one page', async () => {
    expect((await printForm('/in/tu-choi-ho-so/d-refused')).pages).toBe(1);
    const apology = await printForm('/in/xin-loi/d-late');
    expect(apology.pages).toBe(1);
    expect(apology.text).not.toContain('..');
    const stop = await printForm('/in/dung/d-stop');
    expect(stop.pages).toBe(1);
    expect(stop.text).not.toContain('..');
  });

  it('Mẫu 06: the control sheet of a typical journey takes one page', async () => {
    const { pages, text } = await printForm('/in/kiem-soat/d-typical');
    expect(pages).toBe(1);
    expect(flat(text)).toContain('Lường Văn Khánh');
  });

  it('Mẫu 07: 3 rows take one landscape page, 40 rows a predictable count', async () => {
    const three = await printForm('/in/so-theo-doi?tu=2026-12-21&den=2026-12-23');
    expect(flat(three.text)).toContain('000.00.53.H48-261221-0119');
    expect(three.pages).toBe(1);
    const forty = await printForm('/in/so-theo-doi?tu=2026-12-01&den=2026-12-31');
    expect(flat(forty.text)).toContain('000.00.53.H48-261226-0124');
    expect(forty.pages).toBe(BOOK_PAGES_FOR_40);
  });

  it('a dossier code never breaks across lines, on paper or on a narrow screen', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const oneLine = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const style = getComputedStyle(el);
        return el.getBoundingClientRect().height < 1.6 * parseFloat(style.lineHeight === 'normal' ? style.fontSize : style.lineHeight);
      });
    await page.goto(`${server.url}/ho-so/d-typical`);
    expect(await oneLine('h1 .code')).toBe(true);
    await page.goto(`${server.url}/in/tiep-nhan/d-typical`);
    await page.locator('svg.qr').waitFor();
    expect(await oneLine('[data-testid="dossier-code"]')).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
