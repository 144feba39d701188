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

  it("adjusts the computed year to the Tết announcement without dropping the other holidays", async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const year = await screen.findByLabelText('Năm');
    await user.selectOptions(year, '2026');
    // The computed year at a glance: Tết 2026 from the lunar calendar (16–20 February), dd/mm/yyyy.
    const glance = screen.getByTestId('days-off');
    expect(glance.textContent).toContain('Thứ Hai, 16/02/2026');
    expect(glance.textContent).toContain('20/02/2026');

    await user.click(screen.getByRole('button', { name: 'Điều chỉnh theo thông báo chính thức năm 2026' }));
    await user.type(screen.getByLabelText('Căn cứ (số, ngày của thông báo)'), 'TB 01/2026');
    // Only what the announcement changes: Saturday 14 February off too, Saturday 28 February worked.
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    await user.type(screen.getByLabelText('Ngày 1'), '14022026');
    await user.type(screen.getByLabelText('Lý do 1'), 'Nghỉ Tết Âm lịch');
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    await user.type(screen.getByLabelText('Ngày 2'), '28022026');
    await user.selectOptions(screen.getByLabelText('Loại 2'), 'make-up');
    await user.type(screen.getByLabelText('Lý do 2'), 'Làm bù');
    // The glance shows the year as it will be.
    expect(screen.getByTestId('days-off').querySelector('[data-kind="make-up"]')?.textContent).toContain('28/02/2026');
    await user.click(screen.getByRole('button', { name: 'Lưu điều chỉnh năm 2026' }));
    expect(await screen.findByText(/đã điều chỉnh theo thông báo chính thức TB 01\/2026/)).toBeTruthy();

    const saved = await readSettings();
    const official = saved.calendar.officialLists.find((l) => l.year === 2026);
    expect(official).toEqual({
      year: 2026,
      added: [{ date: '2026-02-14', name: 'Nghỉ Tết Âm lịch' }],
      removed: [],
      makeUpWorkingDays: [{ date: '2026-02-28', name: 'Làm bù' }],
      source: 'TB 01/2026',
    });
    const { createWorkCalendar } = await import('../../src/domain/calendar/workCalendar');
    const cal = createWorkCalendar(saved.calendar);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // a Saturday worked
    // The fixed holidays of the year still count.
    for (const date of ['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']) expect(cal.isWorkingDay(date)).toBe(false);
    const rows = screen.getByTestId('days-off');
    expect(rows.querySelector('[data-kind="added"]')?.textContent).toContain('14/02/2026');
    expect([...rows.querySelectorAll('[data-kind="computed"]')].map((r) => r.textContent).join()).toContain('01/01/2026');
  });

  it('explains a list that cannot be right in plain Vietnamese, warns before a holiday is worked, and saves nothing', async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    await user.selectOptions(await screen.findByLabelText('Năm'), '2026');
    await user.click(screen.getByRole('button', { name: 'Điều chỉnh theo thông báo chính thức năm 2026' }));
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    await user.type(screen.getByLabelText('Ngày 1'), '05012027');
    await user.type(screen.getByLabelText('Lý do 1'), 'Sai năm');
    await user.click(screen.getByRole('button', { name: 'Thêm dòng' }));
    await user.type(screen.getByLabelText('Ngày 2'), '01012026');
    await user.selectOptions(screen.getByLabelText('Loại 2'), 'removed');
    expect(screen.getByTestId('calendar-warnings').textContent).toMatch(/01\/01\/2026 là ngày nghỉ lễ theo Bộ luật Lao động \(Tết Dương lịch\)/);
    await user.click(screen.getByRole('button', { name: 'Lưu điều chỉnh năm 2026' }));
    expect((await screen.findByTestId('calendar-errors')).textContent).toMatch(/Dòng 1: ngày 05\/01\/2027 không thuộc năm 2026/);
    expect((await readSettings()).calendar.officialLists).toEqual([]);
  });

  it('converts a list stored in the old replacing shape when it loads, keeping the fixed holidays', async () => {
    const { db } = await import('../../src/store/db');
    const row = await db().settings.get('desk');
    const value = row!.value as Record<string, unknown>;
    const tetOnly = { year: 2026, daysOff: ['16', '17', '18', '19', '20'].map((d) => ({ date: `2026-02-${d}`, name: 'Tết Âm lịch' })), makeUpWorkingDays: [] };
    await db().settings.put({ key: 'desk', value: { ...value, calendar: { ...(value.calendar as object), officialLists: [tetOnly] } } });
    const settings = await readSettings();
    expect(settings.calendar.officialLists).toEqual([{ year: 2026, added: [], removed: [], makeUpWorkingDays: [] }]);
    renderAt('/cai-dat');
    await selectYear2026();
    const glance = screen.getByTestId('days-off');
    expect(glance.textContent).toContain('01/01/2026');
    expect(glance.textContent).toContain('30/04/2026');
  });
});

async function selectYear2026() {
  await userEvent.setup().selectOptions(await screen.findByLabelText('Năm'), '2026');
}
