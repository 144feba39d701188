import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { printPaths } from '../../src/features/print/paths';
import { receiveDossier, type ReceiveInput } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { renderAt } from './render';

const intake = (at: number): ReceiveInput => ({
  procedure: TEST_PROCEDURE,
  caseId: 'c1',
  channel: 'desk',
  applicant: {
    kind: 'person',
    // Typed in decomposed form (NFD), as some keyboards and pasted text deliver it.
    name: 'Nguyễn Thị Hồng Nhung'.normalize('NFD'),
    gender: 'female',
    idNumber: '075190012345',
    address: 'Ấp 3, xã Tân Phú, tỉnh Đồng Nai',
    phone: '0912345678',
    email: 'nhung@example.vn',
  },
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true },
    { name: 'Giấy chứng sinh', originals: 1, copies: 2, received: true },
    { name: 'Giấy tờ chưa nộp', originals: 1, copies: 0, received: false },
  ],
  sets: 1,
  feeVnd: 0,
  returnMethod: 'postal',
  returnAddress: 'Số 5 đường Lê Lợi, xã Tân Phú',
  at,
});

describe('receipt (Mẫu 01)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ placeName: 'Tân Phú', parentAgencyName: 'Tỉnh Đồng Nai', agencyName: 'UBND xã Tân Phú' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('after printing, offers the next citizen\'s intake with the focus on it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const state = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    renderAt(printPaths.receipt(state.id));
    await screen.findByTestId('print-sheet');
    await userEvent.click(screen.getByRole('button', { name: 'In (Ctrl+P)' }));
    expect(print).toHaveBeenCalledOnce();
    const next = screen.getByRole('link', { name: 'Tiếp nhận hồ sơ mới (Alt+N)' });
    expect(next.getAttribute('href')).toBe('/tiep-nhan?moi=1');
    expect(document.activeElement).toBe(next);
  });

  it('prints the code with its QR, the applicant, the documents received and the appointment in words', async () => {
    // Friday 20 Nov 2026, 09:05: 3 working days → Wednesday 25 Nov at closing (17:00).
    const state = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    renderAt(printPaths.receipt(state.id));
    const sheet = await screen.findByTestId('print-sheet');
    const text = sheet.textContent ?? '';

    expect(sheet.getAttribute('lang')).toBe('vi');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mẫu số 01');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('TỈNH ĐỒNG NAI');
    expect(text).toContain('UBND XÃ TÂN PHÚ');
    expect(text).toContain('Tân Phú, ngày 20 tháng 11 năm 2026');

    expect(within(sheet).getByTestId('dossier-code').textContent).toBe('000.00.53.H48-261120-0001');
    // The name prints composed (NFC), with the title the gender gives.
    expect(text).toContain('Bà Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(text).not.toContain('Nguyễn'.normalize('NFD'));
    expect(text).toContain('Ấp 3, xã Tân Phú, tỉnh Đồng Nai');
    expect(text).toContain('0912345678');
    expect(text).toContain('nhung@example.vn');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Đăng ký khai sinh');
    expect(text).toContain('Số lượng hồ sơ: 01 bộ');
    expect(text).toContain('Thời gian giải quyết hồ sơ theo quy định: 3 ngày làm việc');
    expect(text).toContain('Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 20 tháng 11 năm 2026');
    expect(within(sheet).getByTestId('appointment').textContent).toBe('17 giờ 00 phút, ngày 25 tháng 11 năm 2026');
    expect(text).toContain('Qua dịch vụ bưu chính công ích, địa chỉ: Số 5 đường Lê Lợi, xã Tân Phú');

    const rows = within(within(sheet).getByTestId('documents')).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(rows.map((r) => Array.from(r.cells, (c) => c.textContent))).toEqual([
      ['1', 'Tờ khai đăng ký khai sinh', '01', ''],
      ['2', 'Giấy chứng sinh', '01', '02'],
    ]);
    // Who signs: the submitter and the receiving officer (named).
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    // As offices print it: "NGƯỜI TIẾP NHẬN", not "NGƯỜI TIẾP NHẬN HỒ SƠ".
    expect(within(sheet).getAllByText(/^NGƯỜI /).map((p) => p.textContent)).toEqual(['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN']);
    // The tracking book's volume (the year) and entry number, given at receipt.
    expect(within(sheet).getByTestId('book-entry').textContent).toBe('7. Vào Sổ theo dõi hồ sơ: Quyển số: 2026, Số thứ tự: 1');
    // The code is one word on paper: it never breaks across lines.
    expect(within(sheet).getByTestId('dossier-code').classList.contains('dossier-code')).toBe(true);
    expect(text).toContain('Nguyễn Văn Cán Bộ');

    const qr = await within(sheet).findByRole('img', { name: 'Mã QR của mã hồ sơ 000.00.53.H48-261120-0001' });
    expect(qr.getAttribute('data-qr-value')).toBe('000.00.53.H48-261120-0001');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('lists a paper only shown for checking (the ID card) apart, never as a received copy', async () => {
    const input = intake(vn('2026-11-20T09:05:00'));
    input.documents = [...input.documents, { name: 'Căn cước công dân', originals: 1, copies: 0, received: true, shownOnly: true }];
    const state = await receiveDossier(input);
    renderAt(printPaths.receipt(state.id));
    const sheet = await screen.findByTestId('print-sheet');
    const rows = within(within(sheet).getByTestId('documents')).getAllByRole<HTMLTableRowElement>('row').slice(1);
    expect(rows.map((r) => r.cells[1]?.textContent)).toEqual(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
    expect(within(sheet).getByTestId('shown-documents').textContent).toBe('Giấy tờ xuất trình để đối chiếu (đã trả lại): Căn cước công dân');
  });

  it('prints a catalogue name that ends with a full stop without doubling it', async () => {
    const input = intake(vn('2026-11-20T09:05:00'));
    input.procedure = { ...input.procedure, name: 'Cấp bản sao trích lục hộ tịch.' };
    input.documents = [{ name: 'Tờ khai cấp bản sao trích lục.', originals: 1, copies: 0, received: true }];
    const state = await receiveDossier(input);
    renderAt(printPaths.receipt(state.id));
    const sheet = await screen.findByTestId('print-sheet');
    expect(sheet.textContent).toContain('Nội dung yêu cầu giải quyết: Cấp bản sao trích lục hộ tịch');
    expect(sheet.textContent).not.toContain('..');
  });

  it('prints from the toolbar, which says which template applies', async () => {
    const state = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderAt(printPaths.receipt(state.id));
    await screen.findByTestId('print-sheet');
    const toolbar = screen.getByRole('region', { name: 'Công cụ in' });
    expect(toolbar.textContent).toContain('Mẫu số 01 theo Thông tư số 03/2025/TT-VPCP');
    await userEvent.setup().click(within(toolbar).getByRole('button', { name: 'In (Ctrl+P)' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(within(toolbar).getByRole('button', { name: 'Quay lại' })).toBeTruthy();
  });

  it('says so when the dossier is not on the device, and offers no printing', async () => {
    renderAt(printPaths.receipt('no-such-dossier'));
    expect((await screen.findByRole('alert')).textContent).toBe('Không tìm thấy hồ sơ này trên thiết bị.');
    expect(screen.queryByTestId('print-sheet')).toBeNull();
    expect((screen.getByRole('button', { name: 'In (Ctrl+P)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so for an unknown form address', async () => {
    renderAt('/in/khong-co-mau-nay');
    expect((await screen.findByRole('alert')).textContent).toBe('Không có biểu mẫu này.');
  });

  it('warns (on screen only) when the agency name is not set, leaving a blank to fill by hand', async () => {
    const state = await receiveDossier(intake(vn('2026-11-20T09:05:00')));
    await saveSettings({ agencyName: '' });
    renderAt(printPaths.receipt(state.id));
    const sheet = await screen.findByTestId('print-sheet');
    expect(screen.getByRole('region', { name: 'Công cụ in' }).textContent).toContain('Chưa khai báo tên cơ quan');
    expect(screen.getByRole('link', { name: 'Vào Cài đặt' }).getAttribute('href')).toBe('/cai-dat');
    expect(sheet.querySelector('.sheet-agency')?.textContent).toMatch(/^…+$/);
  });
});
