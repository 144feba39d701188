import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureCatalogue, invalidateCatalogueIndex } from '../../src/store/catalogue';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

describe('catalogue screen', () => {
  beforeEach(async () => {
    await freshDatabase();
    invalidateCatalogueIndex();
    await ensureCatalogue();
  });

  it('finds a procedure as the officer types, without diacritics', async () => {
    const user = userEvent.setup();
    renderAt('/thu-tuc');
    const box = await screen.findByLabelText('Tìm thủ tục theo tên, mã hoặc lĩnh vực');
    await user.type(box, 'dang ky khai sinh');
    const first = (await screen.findAllByRole('link', { name: /đăng ký khai sinh/i }))[0]!;
    expect(first.getAttribute('href')).toMatch(/^\/thu-tuc\//);
    await user.clear(box);
    await user.type(box, 'khong ton tai xyz');
    expect(await screen.findByText(/Không tìm thấy thủ tục nào khớp/)).toBeTruthy();
  }, 20_000); // 34 keystrokes one by one in jsdom: more than the default 5 s on a busy machine

  it('opens a procedure with its documents, time limit and fees', async () => {
    renderAt('/thu-tuc/2.000815');
    expect(await screen.findByRole('heading', { level: 1, name: /Chứng thực bản sao từ bản chính/ })).toBeTruthy();
    expect(screen.getByTestId('time-limit-desk').textContent).toMatch(/Trong ngày.*15:00/);
    expect(screen.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Nguồn dữ liệu' })).toBeTruthy();
  });

  it('says so when a procedure is not on the device', async () => {
    renderAt('/thu-tuc/9.999999');
    expect(await screen.findByText('Không tìm thấy thủ tục này trên máy.')).toBeTruthy();
  });
});
