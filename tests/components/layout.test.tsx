import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUi } from '../../src/app/uiState';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

describe('app shell banners', () => {
  beforeEach(async () => {
    await freshDatabase();
  });
  afterEach(() => {
    useUi.setState({ update: null, persistence: null, storage: null, outdated: false, startupError: null, online: true });
  });

  it('offers a waiting update and applies it only when the officer asks', async () => {
    const user = userEvent.setup();
    const apply = vi.fn();
    renderAt('/');
    act(() => useUi.setState({ update: { apply } }));
    expect(screen.getByText('Đã có phiên bản mới của ứng dụng.')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Tải lại để cập nhật' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('warns when the browser refuses persistent storage, with the space used', () => {
    renderAt('/');
    act(() => useUi.setState({ persistence: 'refused', storage: { usedBytes: 5 * 1024 * 1024, quotaBytes: 2 * 1024 ** 3 } }));
    expect(screen.getByText(/chưa cho phép lưu trữ lâu dài/)).toBeTruthy();
    expect(screen.getByText(/5 MB trên 2 GB/)).toBeTruthy();
  });

  it('tells the officer when the connection is lost, and when another tab updated the app', () => {
    renderAt('/');
    act(() => useUi.setState({ online: false, outdated: true }));
    expect(screen.getByTestId('network-status').textContent).toMatch(/Mất mạng/);
    expect(screen.getByText(/cập nhật ở một thẻ khác/)).toBeTruthy();
  });

  it('switches the interface to English and back', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ: EN' }));
    expect(await screen.findByRole('heading', { name: "Today's work" })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Language: VI' }));
    expect(await screen.findByRole('heading', { name: 'Việc hôm nay' })).toBeTruthy();
  });
});
