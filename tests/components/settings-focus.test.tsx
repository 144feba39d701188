import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/store/settings';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

describe('settings: an error shows where the officer looks', () => {
  beforeEach(async () => {
    await freshDatabase({ configured: false });
  });

  it('puts the focus on the first field to correct when saving fails', async () => {
    const user = userEvent.setup();
    renderAt('/cai-dat');
    const id = await screen.findByLabelText('Mã định danh của cơ quan');
    await user.type(id, '12345');
    const number = screen.getByLabelText('Máy này là máy số');
    await user.clear(number);
    await user.type(number, '9');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(document.activeElement).toBe(id);
    expect(id.getAttribute('aria-describedby')).toBe('s-agencyId-hint');
    expect((await readSettings()).agencyId).toBe('');

    await user.clear(id);
    await user.type(id, '000.00.53.H48');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(document.activeElement).toBe(number);
    expect((await readSettings()).agencyId).toBe('');
  });
});
