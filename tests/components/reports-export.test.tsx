import { beforeEach, describe, expect, it } from 'vitest';
import { periodOf, customPeriod } from '../../src/domain/statistics';
import { loadReport } from '../../src/features/reports/reportData';
import { reportFileName, reportToExportTable } from '../../src/features/reports/reportExport';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';

const receive = (name: string, at: string, channel: 'desk' | 'online' = 'desk') =>
  receiveDossier({
    procedure: TEST_PROCEDURE,
    caseId: 'c1',
    channel,
    applicant: { kind: 'person', name },
    documents: [],
    sets: 1,
    feeVnd: 0,
    returnMethod: 'desk',
    at: vn(at),
  });

describe('the report as a workbook (reportToExportTable)', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('has the four sheets, the agency and period above each, the figures as numbers and shares as fractions', async () => {
    const a = await receive('Nguyễn Văn An', '2026-11-02T09:00:00', 'online');
    await addDossierEvent(a.id, { type: 'approved', signer: 'Phạm Văn Dũng' }, vn('2026-11-03T09:00:00'));
    await addDossierEvent(a.id, { type: 'result-ready' }, vn('2026-11-03T10:00:00'));
    await receive('Lê Thị Bình', '2026-11-16T09:00:00');
    const { report } = await loadReport(periodOf('quarter', '2026-11-01'));
    const table = reportToExportTable(report, 'UBND xã Tân Phú');

    expect(table.fileName).toBe('bao-cao-quy-4-2026');
    expect(table.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo thủ tục', 'Theo tháng', 'Ước tính QĐ 766']);
    const [summary, procedures, months, estimates] = table.sheets as [NonNullable<(typeof table.sheets)[0]>, NonNullable<(typeof table.sheets)[0]>, NonNullable<(typeof table.sheets)[0]>, NonNullable<(typeof table.sheets)[0]>];
    expect(summary.title).toEqual([
      'UBND xã Tân Phú',
      'BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH',
      'Kỳ báo cáo: Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)',
      'Tổng hợp và theo lĩnh vực',
    ]);
    // Every row as wide as the header.
    for (const sheet of table.sheets) for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);

    const col = (name: string) => summary.columns.findIndex((c) => c.header === name);
    expect(summary.columns[0]).toEqual({ header: 'Lĩnh vực', width: 30, type: 'text' });
    expect(col('Số hồ sơ nhận giải quyết — Tổng số')).toBe(1);
    expect(col('Số hồ sơ nhận giải quyết — Mới tiếp nhận — Trực tuyến')).toBe(3);
    expect(summary.columns[col('Tỷ lệ đúng hạn')]!.type).toBe('percent');
    expect(summary.columns[col('Đánh giá của người dân — Rất hài lòng')]!.type).toBe('number');
    const total = summary.rows[0]!;
    expect(total[0]).toBe('Tổng cộng');
    expect(total[col('Số hồ sơ nhận giải quyết — Tổng số')]).toBe(2);
    expect(total[col('Số hồ sơ nhận giải quyết — Mới tiếp nhận — Trực tuyến')]).toBe(1);
    expect(total[col('Số hồ sơ đã giải quyết — Trước hạn')]).toBe(1);
    expect(total[col('Tỷ lệ đúng hạn')]).toBe(1);
    expect(total[col('Tỷ lệ trực tuyến')]).toBe(0.5);
    // No rating: no share (an empty cell, not 0 %).
    expect(total[col('Tỷ lệ hài lòng')]).toBeNull();
    expect(summary.rows[1]![0]).toBe('Hộ tịch');

    expect(procedures.columns.slice(0, 2).map((c) => c.header)).toEqual(['Mã thủ tục', 'Tên thủ tục']);
    expect(procedures.rows[1]!.slice(0, 3)).toEqual(['1.001193', 'Đăng ký khai sinh', 2]);

    expect(months.rows).toEqual([
      ['10/2026', 0, 0, null],
      ['11/2026', 2, 1, 1],
      ['12/2026', 0, 0, null],
    ]);

    expect(estimates.title!.at(-1)).toContain('ƯỚC TÍNH');
    const transparency = estimates.rows.find((r) => r[0] === 'Công khai, minh bạch')!;
    expect(transparency).toEqual(['Công khai, minh bạch', null, null, 18, 'không có dữ liệu']);
    const progress = estimates.rows.find((r) => r[0] === 'Tiến độ giải quyết')!;
    expect(progress).toEqual(['Tiến độ giải quyết', 1, 20, 20, 'ước tính']);
  });

  it('names the file after the period', () => {
    const named = (period: Parameters<typeof reportFileName>[0]['period']) => reportFileName({ period } as Parameters<typeof reportFileName>[0]);
    expect(named(periodOf('year', '2026-05-01'))).toBe('bao-cao-nam-2026');
    expect(named(periodOf('month', '2026-05-01'))).toBe('bao-cao-thang-05-2026');
    expect(named(customPeriod('2026-11-01', '2026-11-15'))).toBe('bao-cao-2026-11-01-den-2026-11-15');
  });
});
