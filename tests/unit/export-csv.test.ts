/** The CSV exports: UTF-8 with a BOM, RFC 4180 quoting, CRLF lines, dates as dd/MM/yyyy text. */
import { describe, expect, it } from 'vitest';
import { asciiFileName, BOM, buildCsv, csvField, fileNameFor, sheetNames, textOf } from '../../src/features/export/cells';
import type { ExportTable } from '../../src/features/export/types';
import { vn } from '../store/helpers';

const TABLE: ExportTable = {
  fileName: 'Hồ sơ tháng 12/2026',
  sheets: [
    {
      name: 'Hồ sơ',
      title: ['DANH SÁCH HỒ SƠ'],
      columns: [
        { header: 'Người nộp', width: 20, type: 'text' },
        { header: 'Địa chỉ', width: 30, type: 'text' },
        { header: 'Số hồ sơ', width: 8, type: 'number' },
        { header: 'Tỷ lệ', width: 8, type: 'percent' },
        { header: 'Ngày nhận', width: 12, type: 'date' },
        { header: 'Lúc nhận', width: 16, type: 'datetime' },
      ],
      rows: [
        ['Nguyễn Thị Ánh Tuyết', 'Bản Mường, xã "Mường Phăng"\ntỉnh Điện Biên', 1234, 0.8534, new Date(vn('2026-12-31T23:30:00')), vn('2026-12-31T23:30:00')],
        ['Đặng Văn Ơn', null, 2.5, null, null, null],
      ],
    },
  ],
};

describe('CSV', () => {
  const csv = buildCsv(TABLE);

  it('starts with the UTF-8 byte order mark, so Excel reads Vietnamese letters', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Diacritics intact (composed form), after a round trip through bytes.
    expect(new TextDecoder().decode(bytes)).toContain('Nguyễn Thị Ánh Tuyết');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and ends every line with CRLF', () => {
    expect(csv).toBe(
      BOM +
        'Người nộp,Địa chỉ,Số hồ sơ,Tỷ lệ,Ngày nhận,Lúc nhận\r\n' +
        'Nguyễn Thị Ánh Tuyết,"Bản Mường, xã ""Mường Phăng""\ntỉnh Điện Biên",1234,85.3%,31/12/2026,31/12/2026 23:30\r\n' +
        'Đặng Văn Ơn,,2.5,,,\r\n',
    );
    // No bare LF outside quoted fields: every record ends with CRLF.
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('writes dates in Vietnam time as dd/MM/yyyy, whatever the time zone', () => {
    // 23:30 on 31/12 in Vietnam is 16:30 UTC: still the 31st.
    expect(textOf(vn('2026-12-31T23:30:00'), { type: 'date' })).toBe('31/12/2026');
    expect(textOf(new Date(vn('2027-01-01T00:05:00')), { type: 'datetime' })).toBe('01/01/2027 00:05');
    expect(textOf(new Date(vn('2027-01-01T00:05:00')), { type: 'text' })).toBe('01/01/2027');
  });

  it('composes decomposed Vietnamese (NFD from some keyboards) before writing', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(buildCsv({ sheets: [{ name: 'a', columns: [{ header: 'Tên', width: 1, type: 'text' }], rows: [[nfd]] }] })).toBe(`${BOM}Tên\r\nNguyễn\r\n`);
  });

  it('defuses text a spreadsheet would run as a formula, and leaves phones and signed numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('+84 912 345 678')).toBe('+84 912 345 678');
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(' lề trái')).toBe('" lề trái"');
  });

  it('puts several sheets one after another, each under its name', () => {
    const two = buildCsv({
      sheets: [
        { name: 'Tổng hợp', columns: [{ header: 'A', width: 1, type: 'number' }], rows: [[1]] },
        { name: 'Theo lĩnh vực', columns: [{ header: 'B', width: 1, type: 'text' }], rows: [['x, y']] },
      ],
    });
    expect(two).toBe(`${BOM}Tổng hợp\r\nA\r\n1\r\n\r\nTheo lĩnh vực\r\nB\r\n"x, y"\r\n`);
  });
});

describe('names', () => {
  it('makes ASCII file names with the extension', () => {
    expect(fileNameFor(TABLE, 'csv')).toBe('ho-so-thang-12-2026.csv');
    expect(asciiFileName('Sổ theo dõi – Đợt 1.xlsx')).toBe('so-theo-doi-dot-1');
    expect(asciiFileName('ho-so-2026-12-01')).toBe('ho-so-2026-12-01');
    expect(asciiFileName('???')).toBe('xuat-du-lieu');
  });

  it('makes sheet names Excel accepts: no []:*?/\\, at most 31 characters, distinct', () => {
    expect(sheetNames([{ name: 'Báo cáo 12/2026' }, { name: 'báo cáo 12/2026' }, { name: '' }, { name: 'Một tên rất dài hơn ba mươi mốt ký tự của trang' }])).toEqual([
      'Báo cáo 12-2026',
      'báo cáo 12-2026 (2)',
      'Trang 3',
      'Một tên rất dài hơn ba mươi mốt',
    ]);
  });
});
