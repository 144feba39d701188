import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { printPaths } from '../../src/features/print/paths';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, receiveInput, vn } from '../store/helpers';
import { renderAt } from './render';

const intake = (at: number) => receiveInput(at, { kind: 'person', name: 'Võ Thị Lành', gender: 'female', address: 'Ấp 2, xã Tân Phú' });

async function sheetText(path: string) {
  renderAt(path);
  const sheet = await screen.findByTestId('print-sheet');
  return { sheet, title: within(sheet).getByRole('heading', { level: 1 }).textContent, text: sheet.textContent ?? '' };
}

describe('apology (Mẫu 04)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', placeName: 'Tân Phú' });
  });

  it('prints the 2025 title, the date received, the old and new appointments and the reason', async () => {
    // Received Friday 20 Nov 2026 09:05 → due Wednesday 25 Nov 17:00; apologised on the 24th.
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    await addDossierEvent(
      id,
      { type: 'apologised', reason: 'Cần xác minh thông tin hộ tịch tại nơi cư trú cũ', newDueAt: vn('2026-12-01T17:00:00'), by: 'UBND xã Tân Phú' },
      vn('2026-11-24T09:00:00'),
    );
    const { sheet, title, text } = await sheetText(printPaths.apology(id));
    expect(title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('Tân Phú, ngày 24 tháng 11 năm 2026');
    expect(text).toContain('Kính gửi: Bà Võ Thị Lành');
    expect(text).toContain('vào lúc 09 giờ 05 phút, ngày 20 tháng 11 năm 2026, mã hồ sơ 000.00.53.H48-261120-0001');
    expect(text).toContain('Đăng ký khai sinh');
    expect(within(sheet).getByTestId('previous-due').textContent).toBe('17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    expect(within(sheet).getByTestId('apology-reason').textContent).toBe('Cần xác minh thông tin hộ tịch tại nơi cư trú cũ');
    expect(text).toContain('xin lỗi Bà');
    expect(within(sheet).getByTestId('new-due').textContent).toBe('17 giờ 00 phút, ngày 01 tháng 12 năm 2026');
    // A letter of the People's Committee: signed for it by its chair.
    expect(Array.from(sheet.querySelectorAll('.signature-role'), (p) => p.textContent)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('prints the Circular 01/2018 title for a dossier received before 1 July 2025', async () => {
    // Friday 20 June 2025 → due Wednesday 25 June; apologised on Tuesday 24 June.
    const { id } = await receiveDossier(intake(vn('2025-06-20T09:00:00')));
    await addDossierEvent(id, { type: 'apologised', reason: 'Chờ kết quả xác minh', newDueAt: vn('2025-07-02T17:00:00') }, vn('2025-06-24T09:00:00'));
    const { title, text } = await sheetText(printPaths.apology(id));
    expect(title).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Mẫu số 04');
    expect(text).toContain('xin hẹn lại thời gian trả kết quả: 17 giờ 00 phút, ngày 02 tháng 7 năm 2025');
    expect(screen.getByRole('region', { name: 'Công cụ in' }).textContent).toContain('Thông tư số 01/2018/TT-VPCP');
  });

  it('explains that a dossier without an apology has no such form', async () => {
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    renderAt(printPaths.apology(id));
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ này chưa có văn bản xin lỗi và hẹn lại ngày trả kết quả.');
  });
});

describe('stop of processing (Mẫu 05)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú', placeName: 'Tân Phú' });
  });

  it("prints the citizen's request to stop with its reason", async () => {
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    // Typed with its own full stop: the form's sentence must not end "..".
    await addDossierEvent(id, { type: 'withdrawn', kind: 'stopped', reason: 'Gia đình đăng ký khai sinh tại nơi khác.' }, vn('2026-11-23T10:30:00'));
    const { sheet, title, text } = await sheetText(printPaths.stop(id));
    expect(title).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Mẫu số 05');
    expect(text).toContain('Tân Phú, ngày 23 tháng 11 năm 2026');
    expect(text).toContain('Kính gửi: Bà Võ Thị Lành');
    expect(within(sheet).getByTestId('stop-reason').textContent).toBe('Gia đình đăng ký khai sinh tại nơi khác');
    expect(text).toContain('dừng giải quyết hồ sơ mã số 000.00.53.H48-261120-0001 kể từ 10 giờ 30 phút, ngày 23 tháng 11 năm 2026');
    expect(text).not.toContain('..');
    expect(Array.from(sheet.querySelectorAll('.signature-role'), (p) => p.textContent)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('has no stop notice for a dossier the citizen simply took back', async () => {
    const { id } = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    await addDossierEvent(id, { type: 'withdrawn', kind: 'withdrawn', reason: 'Rút hồ sơ' }, vn('2026-11-23T10:30:00'));
    renderAt(printPaths.stop(id));
    expect((await screen.findByRole('alert')).textContent).toBe('Hồ sơ này không có đề nghị dừng giải quyết của công dân.');
  });
});
