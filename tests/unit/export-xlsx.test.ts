/**
 * The .xlsx exports, built in Node by the same code the app runs (xlsx.ts, write-excel-file's
 * universal entry instead of the browser one) and read back cell by cell with exceljs: text,
 * number, percent and date cells, Vietnam-time dates whatever the machine's time zone, widths,
 * the frozen header, sheet names, diacritics.
 */
import ExcelJS from 'exceljs';
import writeXlsxFile from 'write-excel-file/universal';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/clock';
import type { Applicant, DossierEvent, DossierEventPayload } from '../../src/domain/dossier/events';
import { deriveDossier, DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { buildXlsx, xlsxCell, XLSX_FORMATS } from '../../src/features/export/xlsx';
import { dossierListTable, resultTimeliness, DOSSIER_LIST_COLUMNS } from '../../src/features/export/tables/dossierList';
import { trackingBookTable, TRACKING_BOOK_COLUMNS } from '../../src/features/export/tables/trackingBook';
import type { ExportTable } from '../../src/features/export/types';
import { reportToExportTable } from '../../src/features/reports/reportExport';
import { computeReport, periodOf, type DossierFacts } from '../../src/domain/statistics';
import { createDeskRules, DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import { toDossierRow } from '../../src/store/dossierRow';
import { receivedPayload } from '../fixtures';
import { vn } from '../store/helpers';

const { ValueType } = ExcelJS;

async function readBack(table: Pick<ExportTable, 'sheets'>): Promise<ExcelJS.Workbook> {
  const blob = await buildXlsx(table, writeXlsxFile);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await blob.arrayBuffer());
  return wb;
}

/** What Excel shows for a date cell: exceljs gives the serial as a UTC Date. */
const shown = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 16) : `not a date: ${String(d)}`);

const TZ = process.env.TZ;
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

/** 23:30 on 31/12/2026 in Vietnam: 16:30 UTC, still 31/12 in Vietnam, already 1/1 in Tokyo. */
const NEAR_MIDNIGHT = vn('2026-12-31T23:30:00');

const SAMPLE: ExportTable = {
  fileName: 'mau',
  sheets: [
    {
      name: 'Báo cáo tháng 12/2026',
      title: ['ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG', 'Kỳ báo cáo: tháng 12/2026'],
      columns: [
        { header: 'Lĩnh vực', width: 30, type: 'text' },
        { header: 'Số hồ sơ', width: 10, type: 'number' },
        { header: 'Tỷ lệ đúng hạn', width: 12, type: 'percent' },
        { header: 'Ngày nhận', width: 12, type: 'date' },
        { header: 'Lúc nhận', width: 17, type: 'datetime' },
        { header: 'Thời gian TB (ngày)', width: 12, type: 'number', format: '0.0' },
      ],
      rows: [
        ['Hộ tịch, chứng thực', 12345, 0.8534, new Date(NEAR_MIDNIGHT), new Date(NEAR_MIDNIGHT), 2.25],
        ['Đất đai "sổ đỏ", nhà ở', 0, null, NEAR_MIDNIGHT, null, null],
      ],
    },
    { name: 'Theo thủ tục', columns: [{ header: 'Thủ tục', width: 50, type: 'text' }], rows: [['Đăng ký kết hôn']] },
  ],
};

describe('.xlsx cells', () => {
  it('writes text, number, percent and date cells, with their formats, read back cell by cell', async () => {
    const wb = await readBack(SAMPLE);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Báo cáo tháng 12-2026', 'Theo thủ tục']);
    const ws = wb.worksheets[0]!;

    // Title lines, an empty line, then the header: frozen down to and including the header.
    expect(ws.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ MƯỜNG PHĂNG');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Kỳ báo cáo: tháng 12/2026');
    expect(ws.getCell('A3').value).toBeNull();
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c).value)).toEqual([
      'Lĩnh vực',
      'Số hồ sơ',
      'Tỷ lệ đúng hạn',
      'Ngày nhận',
      'Lúc nhận',
      'Thời gian TB (ngày)',
    ]);
    expect(ws.getRow(4).getCell(1).type).toBe(ValueType.String);
    expect(ws.getRow(4).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 0 });

    const row = ws.getRow(5);
    expect(row.getCell(1).value).toBe('Hộ tịch, chứng thực');
    expect(row.getCell(1).type).toBe(ValueType.String);
    expect(row.getCell(2).type).toBe(ValueType.Number);
    expect(row.getCell(2).value).toBe(12345);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).type).toBe(ValueType.Number);
    expect(row.getCell(3).value).toBe(0.8534);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(4).type).toBe(ValueType.Date);
    expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(shown(row.getCell(4).value)).toBe('2026-12-31T00:00');
    expect(row.getCell(5).type).toBe(ValueType.Date);
    expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(shown(row.getCell(5).value)).toBe('2026-12-31T23:30');
    expect(row.getCell(6).value).toBe(2.25);
    expect(row.getCell(6).numFmt).toBe('0.0');

    const second = ws.getRow(6);
    expect(second.getCell(1).value).toBe('Đất đai "sổ đỏ", nhà ở');
    expect(second.getCell(2).value).toBe(0);
    expect(second.getCell(2).type).toBe(ValueType.Number);
    expect(second.getCell(3).type).toBe(ValueType.Null);
    // An instant given as epoch milliseconds is a date cell too.
    expect(shown(second.getCell(4).value)).toBe('2026-12-31T00:00');
    expect(second.getCell(5).type).toBe(ValueType.Null);

    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width)).toEqual([30, 10, 12, 12, 17, 12]);
    // A sheet without title lines freezes its header row alone.
    const other = wb.worksheets[1]!;
    expect(other.getCell('A1').value).toBe('Thủ tục');
    expect(other.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(other.getCell('A2').value).toBe('Đăng ký kết hôn');
  });

  it('shows the Vietnam date whatever the time zone of the machine that builds the file', async () => {
    const serials: string[] = [];
    for (const zone of ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
      process.env.TZ = zone;
      const ws = (await readBack(SAMPLE)).worksheets[0]!;
      serials.push(`${shown(ws.getCell('D5').value)} ${shown(ws.getCell('E5').value)}`);
    }
    expect(new Set(serials)).toEqual(new Set(['2026-12-31T00:00 2026-12-31T23:30']));
  });

  it('keeps the day of a date cell whole, and the minute of a date-time', () => {
    const at = vn('2026-12-01T00:10:59');
    expect(xlsxCell(new Date(at), { header: '', width: 1, type: 'date' })).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(xlsxCell(at, { header: '', width: 1, type: 'datetime' })).toEqual({ value: new Date(Date.UTC(2026, 11, 1, 0, 10)), type: Date, format: XLSX_FORMATS.datetime });
    expect(xlsxCell(Number.NaN, { header: '', width: 1, type: 'number' })).toBeNull();
    expect(xlsxCell('', { header: '', width: 1, type: 'text' })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The dossier list and the tracking book
// ---------------------------------------------------------------------------------------------

let tick = 0;
function history(id: string, code: string, receivedAt: number, dueAt: number, applicant: Applicant, later: [number, DossierEventPayload][] = []) {
  const meta = (at: number) => ({ id: `ev-${++tick}`, dossierId: id, deviceId: 'd1', officerId: 'o1', hlc: formatHlc({ ms: at, counter: tick, deviceId: 'd1' }), at });
  const events: DossierEvent[] = [
    { ...meta(receivedAt), ...receivedPayload({ code, applicant, dueAt, bookEntry: '2026/15' }) } as DossierEvent,
    ...later.map(([at, p]) => ({ ...meta(at), ...p }) as DossierEvent),
  ];
  return { events, row: toDossierRow(deriveDossier(events)) };
}

const UNIT = { kind: 'commune-specialist' as const, name: 'Công chức Tư pháp - Hộ tịch' };

function fixtures() {
  // Received 09:00 on Tue 1 Dec, due 17:00 Thu 3 Dec, result 16:00 Wed 2 Dec (early), returned 23:30 on 31 Dec.
  const onTime = history('d1', '000.00.53.H48-261201-0001', vn('2026-12-01T09:00:00'), vn('2026-12-03T17:00:00'), {
    kind: 'person',
    name: 'Lò Thị Ệnh',
    idNumber: '011190012345',
    address: 'Bản Phăng, xã Mường Phăng, tỉnh Điện Biên',
    phone: '0912345678',
  }, [
    [vn('2026-12-01T10:00:00'), { type: 'transferred', from: DESK_UNIT, to: UNIT, note: null }],
    [vn('2026-12-02T15:00:00'), { type: 'approved', signer: 'Nguyễn Văn Chủ' }],
    [vn('2026-12-02T16:00:00'), { type: 'result-ready', note: null }],
    [vn('2026-12-31T23:30:00'), { type: 'returned', method: 'desk', recipient: 'Lò Thị Ệnh' }],
  ]);
  // Late, apologised with a new date, finished before the new date: late all the same.
  const late = history('d2', '000.00.53.H48-261201-0002', vn('2026-12-01T14:00:00'), vn('2026-12-02T17:00:00'), { kind: 'person', name: 'Quàng Văn Đức' }, [
    [vn('2026-12-01T15:00:00'), { type: 'transferred', from: DESK_UNIT, to: UNIT, note: null }],
    [vn('2026-12-02T09:00:00'), { type: 'apologised', reason: 'Cần xác minh thêm', newDueAt: vn('2026-12-07T17:00:00') }],
    [vn('2026-12-04T09:00:00'), { type: 'approved', signer: 'Nguyễn Văn Chủ' }],
    [vn('2026-12-04T10:00:00'), { type: 'result-ready', note: null }],
  ]);
  return { onTime, late };
}

describe('dossier list export', () => {
  it('has the agreed columns and one line per dossier, dates as Vietnam-time date cells', async () => {
    const { onTime, late } = fixtures();
    const now = vn('2026-12-31T23:45:00');
    const table = dossierListTable({ rows: [late.row, onTime.row], filter: { status: null, fieldName: 'Hộ tịch' }, agencyName: 'UBND xã Mường Phăng', now });
    expect(table.fileName).toBe('ho-so-2026-12-31');
    const wb = await readBack(table);
    const ws = wb.getWorksheet('Hồ sơ')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('A1').value).toBe('UBND xã Mường Phăng');
    expect(ws.getCell('A2').value).toBe('DANH SÁCH HỒ SƠ');
    expect(ws.getCell('A3').value).toBe('Bộ lọc: Lĩnh vực: Hộ tịch');
    expect(ws.getCell('A4').value).toBe('2 hồ sơ; xuất lúc 23:45 ngày 31/12/2026');
    const header = ws.getRow(6);
    expect(DOSSIER_LIST_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual([
      'Mã hồ sơ',
      'Thủ tục',
      'Lĩnh vực',
      'Người nộp',
      'Số định danh',
      'Địa chỉ',
      'Điện thoại',
      'Kênh',
      'Ngày nhận',
      'Hẹn trả',
      'Trạng thái',
      'Ngày có kết quả',
      'Kết quả (trước/đúng/quá hạn)',
      'Đã xin lỗi',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });

    const cells = (r: number) => DOSSIER_LIST_COLUMNS.map((_, i) => ws.getRow(r).getCell(i + 1));
    const first = cells(7);
    expect(first.map((c) => (c.type === ValueType.Date ? shown(c.value) : c.value))).toEqual([
      '000.00.53.H48-261201-0002',
      'Đăng ký khai sinh',
      'Hộ tịch',
      'Quàng Văn Đức',
      null,
      null,
      null,
      'Trực tiếp',
      '2026-12-01T14:00',
      '2026-12-07T17:00',
      'Có kết quả, chờ trả',
      '2026-12-04T10:00',
      'Quá hạn',
      'Có',
    ]);
    const second = cells(8);
    expect(second[4]!.value).toBe('011190012345');
    // The ID number and the phone stay text: Excel would drop their leading zero.
    expect(second[4]!.type).toBe(ValueType.String);
    expect(second[6]!.value).toBe('0912345678');
    expect(second[5]!.value).toBe('Bản Phăng, xã Mường Phăng, tỉnh Điện Biên');
    expect(second[10]!.value).toBe('Đã trả kết quả');
    expect(second[8]!.type).toBe(ValueType.Date);
    expect(second[8]!.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(shown(second[11]!.value)).toBe('2026-12-02T16:00');
    expect(second[12]!.value).toBe('Trước hạn');
    expect(second[13]!.value).toBeNull();
    expect(ws.getColumn(1).width).toBe(27);
  });

  it('judges an apologised dossier against the appointment given at receipt (late stays late)', () => {
    const { late, onTime } = fixtures();
    expect(late.row.timeliness).toBe('early'); // against the apology's new date
    expect(resultTimeliness(late.row)).toBe('late');
    expect(resultTimeliness(onTime.row)).toBe('early');
  });

  it('with the dossier\'s facts, counts its clock stops as the reports do', () => {
    const { late } = fixtures();
    const row = late.row;
    // A stop of the clock that moved the appointment past the resolution: on time, not late.
    const shift = row.resolvedAt! - row.originalDueAt + 60_000;
    const facts = { resolvedAt: row.resolvedAt, originalDueAt: row.originalDueAt, pauses: [{ from: row.receivedAt, to: row.receivedAt + 1, shift }] } as DossierFacts;
    expect(resultTimeliness(row)).toBe('late');
    expect(resultTimeliness(row, facts)).toBe('on-time');
  });
});

describe('tracking book export', () => {
  it('has the printed book’s columns and period, with real date cells', async () => {
    const { onTime, late } = fixtures();
    const table = trackingBookTable({ entries: [onTime, late], from: '2026-12-01', to: '2026-12-31', agencyName: 'UBND xã Mường Phăng' });
    expect(table.fileName).toBe('so-theo-doi-ho-so-2026-12-01-den-2026-12-31');
    const ws = (await readBack(table)).worksheets[0]!;
    expect(ws.name).toBe('Sổ theo dõi hồ sơ');
    expect(ws.getCell('A2').value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(ws.getCell('A3').value).toBe('Từ ngày 01/12/2026 đến ngày 31/12/2026');
    expect(TRACKING_BOOK_COLUMNS.map((_, i) => ws.getRow(5).getCell(i + 1).value)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Tên người nộp',
      'Địa chỉ, số điện thoại người nộp',
      'Cơ quan chủ trì giải quyết',
      'Ngày nhận hồ sơ',
      'Ngày hẹn trả kết quả',
      'Ngày chuyển hồ sơ đến cơ quan giải quyết',
      'Ngày nhận kết quả từ cơ quan giải quyết',
      'Ngày trả kết quả',
      'Ghi chú',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    const line = TRACKING_BOOK_COLUMNS.map((_, i) => ws.getRow(6).getCell(i + 1));
    expect(line.map((c) => (c.type === ValueType.Date ? shown(c.value) : c.value))).toEqual([
      1,
      '000.00.53.H48-261201-0001',
      'Đăng ký khai sinh',
      'Lò Thị Ệnh',
      'Bản Phăng, xã Mường Phăng, tỉnh Điện Biên; 0912345678',
      'Công chức Tư pháp - Hộ tịch',
      '2026-12-01T00:00',
      '2026-12-03T00:00',
      '2026-12-01T00:00',
      '2026-12-02T00:00',
      // Returned at 23:30 on 31/12 in Vietnam: still 31/12 in the book.
      '2026-12-31T00:00',
      'Vào sổ: quyển 2026, số 15; Trước hạn',
    ]);
    expect(line[0]!.type).toBe(ValueType.Number);
    expect(line[6]!.numFmt).toBe('dd/mm/yyyy');
    expect(ws.getRow(7).getCell(12).value).toBe('Vào sổ: quyển 2026, số 15; Đã xin lỗi, hẹn lại 07/12/2026; Trước hạn');
  });
});

describe('report export', () => {
  it('the report as a workbook: four sheets, figures as number cells, shares as percent cells, frozen header', async () => {
    const rules = createDeskRules(DEFAULT_DESK_SETTINGS);
    const at = vn('2026-11-02T09:00:00');
    const facts: DossierFacts[] = [
      { id: 'a', code: 'c-1', receivedAt: at, channel: 'online', fieldCode: 'G03-GD10', fieldName: 'Hộ tịch', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', originalDueAt: vn('2026-11-05T17:00:00'), pauses: [], apologisedAt: null, newDueAt: null, resolvedAt: vn('2026-11-04T10:00:00'), refused: false, withdrawnAt: null, withdrawal: null, returnedAt: null, returnMethod: null, ratedAt: null, rating: null, digitised: true },
      { id: 'b', code: 'c-2', receivedAt: at, channel: 'desk', fieldCode: 'G03-GD10', fieldName: 'Hộ tịch', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', originalDueAt: vn('2026-11-05T17:00:00'), pauses: [], apologisedAt: null, newDueAt: null, resolvedAt: vn('2026-11-09T10:00:00'), refused: false, withdrawnAt: null, withdrawal: null, returnedAt: null, returnMethod: null, ratedAt: null, rating: null, digitised: false },
    ];
    const report = computeReport(facts, periodOf('month', '2026-11-01'), { now: vn('2026-12-10T09:00:00'), cal: rules.calendar });
    const wb = await readBack(reportToExportTable(report, 'UBND xã Mường Phăng'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo thủ tục', 'Theo tháng', 'Ước tính QĐ 766']);
    const ws = wb.worksheets[0]!;
    // The frozen rows end at the header row; the total row follows it.
    const frozen = (ws.views[0] as { ySplit?: number }).ySplit!;
    const header = ws.getRow(frozen).values as unknown[];
    const total = ws.getRow(frozen + 1);
    const col = (name: string) => header.findIndex((h) => h === name);
    expect(total.getCell(1).value).toBe('Tổng cộng');
    const onTime = col(header.find((h) => typeof h === 'string' && h.includes('đúng hạn') && h.startsWith('Tỷ lệ')) as string);
    expect(total.getCell(onTime).value).toBe(0.5);
    expect(total.getCell(onTime).numFmt).toBe('0.0%');
    const totalCol = header.findIndex((h) => typeof h === 'string' && h.includes('Tổng số'));
    expect(total.getCell(totalCol).type).toBe(ValueType.Number);
    expect(total.getCell(totalCol).value).toBe(2);
    expect(wb.worksheets[2]!.getRow(wb.worksheets[2]!.rowCount).values).toEqual([undefined, '11/2026', 2, 2, 0.5]);
  });
});
