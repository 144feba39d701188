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
