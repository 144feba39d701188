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
