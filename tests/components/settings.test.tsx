import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/store/settings';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

describe('settings screen', () => {
  beforeEach(async () => {
    await freshDatabase({ configured: false });
  });

  it('explains a malformed agency identifier and saves a valid one', async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const id = await screen.findByLabelText('Mã định danh của cơ quan');
    await user.type(id, '12345');
    expect(screen.getByText(/Mã định danh không đúng dạng/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect((await readSettings()).agencyId).toBe('');

    await user.clear(id);
    await user.type(id, '000.00.53.H48');
    await user.type(screen.getByLabelText('Tên cơ quan (in trên biểu mẫu)'), 'UBND XÃ TÂN PHÚ');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeTruthy();
    const saved = await readSettings();
    expect(saved.agencyId).toBe('000.00.53.H48');
    expect(saved.agencyName).toBe('UBND XÃ TÂN PHÚ');
  });
});

describe('numbering across devices', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it("gives this device its own range of the day's sequence", async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const count = await screen.findByLabelText('Số máy tiếp nhận của xã');
    const number = screen.getByLabelText('Máy này là máy số');
    expect(screen.getByTestId('sequence-range').textContent).toMatch(/từ 0001 đến 9999/);
    await user.clear(count);
    await user.type(count, '2');
    await user.clear(number);
    await user.type(number, '3');
    expect(screen.getByTestId('sequence-range').textContent).toMatch(/từ 1 đến 2/);
    await user.clear(number);
    await user.type(number, '2');
    expect(screen.getByTestId('sequence-range').textContent).toMatch(/từ 5000 đến 9999/);
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await screen.findByText('Đã lưu cài đặt.');
    const saved = await readSettings();
    expect([saved.slotCount, saved.deviceSlot]).toEqual([2, 1]);
  });
});

describe('working calendar', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it("enters the year's official days off and make-up day, which then decide deadlines", async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const year = await screen.findByLabelText('Năm');
    await user.selectOptions(year, '2026');
    // The computed defaults: Tết 2026 from the lunar calendar (16–20 February).
    const list = screen.getByTestId('days-off');
    expect(list.textContent).toContain('16/02/2026');
    expect(list.textContent).toContain('20/02/2026');

    await user.click(screen.getByRole('button', { name: 'Nhập danh sách chính thức năm 2026' }));
    await user.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    const rows = screen.getAllByLabelText(/^Ngày \d+$/);
    const last = rows.length;
    await user.clear(screen.getByLabelText(`Ngày ${last}`));
    await user.type(screen.getByLabelText(`Ngày ${last}`), '2026-02-28');
    await user.selectOptions(screen.getByLabelText(`Loại ${last}`), 'work');
    await user.type(screen.getByLabelText(`Tên ${last}`), 'Làm bù');
    await user.click(screen.getByRole('button', { name: 'Lưu danh sách năm 2026' }));
    expect(await screen.findByText(/đang dùng danh sách ngày nghỉ chính thức/)).toBeTruthy();

    const saved = await readSettings();
    const official = saved.calendar.officialLists.find((l) => l.year === 2026);
    expect(official?.makeUpWorkingDays).toEqual([{ date: '2026-02-28', name: 'Làm bù' }]);
    const { createWorkCalendar } = await import('../../src/domain/calendar/workCalendar');
    expect(createWorkCalendar(saved.calendar).isWorkingDay('2026-02-28')).toBe(true); // a Saturday worked
  });

  it('explains a list that cannot be right, and saves nothing', async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    await user.selectOptions(await screen.findByLabelText('Năm'), '2026');
    await user.click(screen.getByRole('button', { name: 'Nhập danh sách chính thức năm 2026' }));
    await user.click(screen.getByRole('button', { name: 'Thêm ngày' }));
    const last = screen.getAllByLabelText(/^Ngày \d+$/).length;
    await user.clear(screen.getByLabelText(`Ngày ${last}`));
    await user.type(screen.getByLabelText(`Ngày ${last}`), '2027-01-05');
    await user.type(screen.getByLabelText(`Tên ${last}`), 'Sai năm');
    await user.click(screen.getByRole('button', { name: 'Lưu danh sách năm 2026' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/không thuộc năm 2026/);
    expect((await readSettings()).calendar.officialLists).toEqual([]);
  });
});
