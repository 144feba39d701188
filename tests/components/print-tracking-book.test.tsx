import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_UNIT } from '../../src/domain/dossier/lifecycle';
import { printPaths } from '../../src/features/print/paths';
import { addDossierEvent, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, TEST_PROCEDURE, vn } from '../store/helpers';
import { renderAt } from './render';

const receive = (name: string, at: number, phone?: string) =>
  receiveDossier({
    procedure: TEST_PROCEDURE,
    caseId: 'c1',
    channel: 'desk',
    applicant: { kind: 'person', name, address: 'Ấp 1, xã Tân Phú', phone: phone ?? null },
    documents: [],
    sets: 1,
    feeVnd: 0,
    returnMethod: 'desk',
    at,
  });

const bookRows = async () => {
  const table = await screen.findByTestId('tracking-book');
  return within(table)
    .getAllByRole<HTMLTableRowElement>('row')
    .slice(1)
    .map((r) => Array.from(r.cells, (c) => c.textContent ?? ''));
};

describe('tracking book (Mẫu 07)', () => {
  beforeEach(async () => {
    await freshDatabase();
    await saveSettings({ agencyName: 'UBND xã Tân Phú' });
  });

  it('lists the dossiers received in the period, in order, with their dates', async () => {
    // Received out of order, and one on each side of the period.
    const second = await receive('Trần Thị Bé', vn('2026-11-20T10:00:00'), '0911222333');
    const first = await receive('Lê Văn An', vn('2026-11-19T08:00:00'));
    await receive('Trước Kỳ', vn('2026-11-17T16:59:00'));
    await receive('Sau Kỳ', vn('2026-11-21T00:00:00'));
    await addDossierEvent(first.id, { type: 'transferred', from: DESK_UNIT, to: { kind: 'commune-specialist', name: 'Công chức Tư pháp - Hộ tịch' } }, vn('2026-11-19T09:00:00'));
    await addDossierEvent(first.id, { type: 'approved', signer: 'Chủ tịch' }, vn('2026-11-20T09:00:00'));
    await addDossierEvent(first.id, { type: 'result-ready' }, vn('2026-11-20T10:00:00'));
    await addDossierEvent(first.id, { type: 'returned', method: 'desk', recipient: 'Lê Văn An' }, vn('2026-11-23T08:00:00'));
    await addDossierEvent(second.id, { type: 'refused', reasons: 'Không đủ điều kiện' }, vn('2026-11-20T15:00:00'));

    renderAt(printPaths.trackingBook('2026-11-18', '2026-11-20'));
    const rows = await bookRows();
    expect(rows).toEqual([
      [
        '1',
        first.code,
        'Đăng ký khai sinh',
        'Lê Văn AnẤp 1, xã Tân Phú',
        'Công chức Tư pháp - Hộ tịch',
        '19/11/2026',
        '24/11/2026',
        '19/11/2026',
        '20/11/2026',
        '23/11/2026',
        // Entries are numbered in the order of receipt: this one came second.
        'Vào sổ: quyển 2026, số 2; Trước hạn',
      ],
      [
        '2',
        second.code,
        'Đăng ký khai sinh',
        'Trần Thị BéẤp 1, xã Tân Phú; 0911222333',
        '',
        '20/11/2026',
        '25/11/2026',
        '',
        '20/11/2026',
        '',
        'Vào sổ: quyển 2026, số 1; Từ chối giải quyết',
      ],
    ]);
    const sheet = screen.getByTestId('print-sheet');
    expect(within(sheet).getByRole('heading', { level: 1 }).textContent).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.textContent).toContain('Mẫu số 07');
    expect(sheet.textContent).toContain('Từ ngày 18/11/2026 đến ngày 20/11/2026');
    expect(sheet.className).toContain('sheet-landscape');
  });

  it('changes the period from the picker, and explains a period that cannot be printed', async () => {
    await receive('Lê Văn An', vn('2026-11-19T08:00:00'));
    const user = userEvent.setup();
    renderAt(printPaths.trackingBook('2026-11-01', '2026-11-10'));
    expect((await bookRows()).map((r) => r[0])).toEqual(['Không có hồ sơ nào được tiếp nhận trong kỳ này.']);

    const from = screen.getByLabelText('Từ ngày');
    const to = screen.getByLabelText('Đến ngày');
    // Dates are typed day first, whatever the browser's language.
    await user.clear(to);
    await user.type(to, '01102026');
    await user.click(screen.getByRole('button', { name: 'Xem sổ' }));
    const error = await screen.findByText('Ngày kết thúc phải từ ngày bắt đầu trở đi.');
    expect(to.getAttribute('aria-describedby')).toBe(error.id);
    // What was typed is kept, for the officer to correct.
    expect((from as HTMLInputElement).value).toBe('01/11/2026');

    await user.clear(to);
    await user.type(to, '30/11/2026');
    await user.click(screen.getByRole('button', { name: 'Xem sổ' }));
    await screen.findByText('1 hồ sơ trong kỳ');
    expect((await bookRows()).map((r) => r[3])).toEqual(['Lê Văn AnẤp 1, xã Tân Phú']);
  });

  it('opens from the navigation on this month, and offers last month in one click', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByRole('link', { name: 'Sổ theo dõi' }));
    const sheet = await screen.findByTestId('print-sheet');
    const today = new Date(Date.now() + 7 * 3600_000);
    const mm = String(today.getUTCMonth() + 1).padStart(2, '0');
    const yyyy = today.getUTCFullYear();
    expect(sheet.textContent).toContain(`Từ ngày 01/${mm}/${yyyy} đến ngày`);
    expect((screen.getByLabelText('Từ ngày') as HTMLInputElement).value).toBe(`01/${mm}/${yyyy}`);

    await user.click(screen.getByRole('button', { name: 'Tháng trước' }));
    const last = new Date(Date.UTC(yyyy, today.getUTCMonth() - 1, 1));
    const lastMm = String(last.getUTCMonth() + 1).padStart(2, '0');
    await screen.findByText(new RegExp(`Từ ngày 01/${lastMm}/${last.getUTCFullYear()} đến ngày`));
  });

  it('explains an address whose period is missing a day', async () => {
    renderAt('/in/so-theo-doi?tu=2026-11-01');
    expect((await screen.findByRole('alert')).textContent).toBe('Chọn ngày bắt đầu và ngày kết thúc của kỳ cần in.');
    expect(screen.getByLabelText('Từ ngày')).toBeTruthy();
  });
});
