import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/dossier/events';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { printPaths } from '../../src/features/print/paths';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, receiveInput, vn } from '../store/helpers';
import { renderAt } from './render';

const SPECIALIST: Unit = { kind: 'commune-specialist', name: 'Công chức Tư pháp - Hộ tịch', person: 'Trần Văn Bình' };
const LEADER: Unit = { kind: 'leader', name: 'Chủ tịch UBND xã', person: 'Lê Văn Cường' };

const intake = (at: number) => receiveInput(at, { kind: 'person', name: 'Phạm Văn Đức', address: 'Ấp 1, xã Tân Phú', phone: '0987654321' });

async function renderedRows(dossierId: string) {
  renderAt(printPaths.controlSheet(dossierId));
  const sheet = await screen.findByTestId('print-sheet');
  const rows = within(within(sheet).getByTestId('hand-offs')).getAllByRole<HTMLTableRowElement>('row').slice(1);
  return { sheet, cells: rows.map((r) => Array.from(r.cells, (c) => c.textContent ?? '')) };
}

describe('processing control sheet (Mẫu 06)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', placeName: 'Tân Phú' });
  });

  it('has a row per hand-off, framed by the receipt and the return, each judged against the due date', async () => {
    // Received Friday 20 Nov 2026 09:05 → due Wednesday 25 Nov, 17:00.
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    await addDossierEvent(id, { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(id, { type: 'transferred', from: SPECIALIST, to: LEADER, note: 'Trình ký' }, vn('2026-11-25T09:30:00'));
    await addDossierEvent(id, { type: 'approved', signer: 'Lê Văn Cường' }, vn('2026-11-26T08:00:00'));
    await addDossierEvent(id, { type: 'transferred', from: LEADER, to: DESK_UNIT }, vn('2026-11-26T08:15:00'));
    await addDossierEvent(id, { type: 'result-ready' }, vn('2026-11-26T08:20:00'));
    await addDossierEvent(id, { type: 'returned', method: 'desk', recipient: 'Phạm Văn Đức' }, vn('2026-11-27T14:00:00'));

    const { sheet, cells } = await renderedRows(id);
    const text = sheet.textContent ?? '';
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Mẫu số 06');
    expect(within(sheet).getByTestId('dossier-code').textContent).toBe('000.00.53.H48-261120-0001');
    expect(text).toContain('Ông/Bà Phạm Văn Đức; địa chỉ: Ấp 1, xã Tân Phú; điện thoại: 0987654321');
    expect(text).toContain('Tên thủ tục: Đăng ký khai sinh');
    expect(text).toContain('Thời gian tiếp nhận: 09 giờ 05 phút, ngày 20 tháng 11 năm 2026');
    expect(within(sheet).getByTestId('appointment').textContent).toBe('17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    expect(text).toContain('Cơ quan, đơn vị giải quyết: Chủ tịch UBND xã');

    // The header names the agency: in the table the desk is named short.
    const desk = 'Bộ phận tiếp nhận và trả kết quả';
    expect(cells).toEqual([
      ['1', 'Người nộp hồ sơ: Ông/Bà Phạm Văn Đức', `${desk}: Nguyễn Văn Cán Bộ`, '09 giờ 05 phút, ngày 20 tháng 11 năm 2026', '', 'Tiếp nhận hồ sơ'],
      ['2', `${desk}: Nguyễn Văn Cán Bộ`, 'Công chức Tư pháp - Hộ tịch: Trần Văn Bình', '10 giờ 00 phút, ngày 20 tháng 11 năm 2026', 'Trước hạn', ''],
      ['3', 'Công chức Tư pháp - Hộ tịch: Trần Văn Bình', 'Chủ tịch UBND xã: Lê Văn Cường', '09 giờ 30 phút, ngày 25 tháng 11 năm 2026', 'Đúng hạn', 'Trình ký'],
      ['4', 'Chủ tịch UBND xã: Lê Văn Cường', desk, '08 giờ 15 phút, ngày 26 tháng 11 năm 2026', 'Quá hạn', ''],
      ['5', `${desk}: Nguyễn Văn Cán Bộ`, 'Người nhận kết quả: Phạm Văn Đức', '14 giờ 00 phút, ngày 27 tháng 11 năm 2026', 'Quá hạn', 'Trả kết quả tại bộ phận một cửa'],
    ]);
  });

  it('judges a hand-off after an apology against the new appointment', async () => {
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    await addDossierEvent(id, { type: 'transferred', from: DESK_UNIT, to: SPECIALIST }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(
      id,
      { type: 'apologised', reason: 'Cần xác minh thêm', newDueAt: vn('2026-11-30T17:00:00') },
      vn('2026-11-24T09:00:00'),
    );
    await addDossierEvent(id, { type: 'transferred', from: SPECIALIST, to: LEADER }, vn('2026-11-26T08:15:00'));

    const { sheet, cells } = await renderedRows(id);
    // Past the first appointment (25 Nov) but before the new one (30 Nov): early, not late.
    expect(cells[2]?.[4]).toBe('Trước hạn');
    expect(sheet.textContent).toContain('Thời gian hẹn trả kết quả đã điều chỉnh: 17 giờ 00 phút, ngày 30 tháng 11 năm 2026');
  });

  it('prints the Circular 01/2018 number (Mẫu 05) for a dossier received before 1 July 2025', async () => {
    const { id } = await receiveDossier(intake(vn('2025-06-20T09:00:00')));
    const { sheet, cells } = await renderedRows(id);
    expect(sheet.textContent).toContain('Mẫu số 05');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(cells).toHaveLength(1);
  });
});
