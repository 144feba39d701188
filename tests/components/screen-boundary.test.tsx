/**
 * A screen whose code cannot load says so in Vietnamese with a retry, instead of a blank page;
 * the shell says how far the device is from working offline.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazy, ScreenBoundary } from '../../src/app/lazyScreen';
import { useUi } from '../../src/app/uiState';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

function Catalogue() {
  return <h1>Danh mục</h1>;
}

function renderScreen(node: React.ReactNode) {
  return render(
    <MemoryRouter>
      <ScreenBoundary>
        <Suspense fallback={<p>Đang tải…</p>}>{node}</Suspense>
      </ScreenBoundary>
    </MemoryRouter>,
  );
}

describe('a screen that cannot load', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says so in Vietnamese, and loads it again on "Thử lại"', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<{ default: () => React.JSX.Element }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: /assets/CataloguePage-x.js'))
      .mockResolvedValue({ default: Catalogue });
    const Screen = lazy(load);
    renderScreen(<Screen />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tải được màn hình này: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi bấm Thử lại.',
    );
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Danh mục' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a screen that fails while drawing as a failure with its reason, not a blank page', async () => {
    function Broken(): React.JSX.Element {
      throw new Error('hỏng');
    }
    renderScreen(<Broken />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Màn hình này gặp lỗi \(hỏng\)/);
  });
});

describe('offline readiness in the shell', () => {
  beforeEach(async () => {
    await freshDatabase();
  });
  afterEach(() => {
    useUi.setState({ offline: { state: 'unknown' }, online: true });
  });

  it('shows the download for offline use, then that the device is ready', () => {
    renderAt('/');
    expect(screen.queryByTestId('offline-status')).toBeNull();
    act(() => useUi.setState({ offline: { state: 'loading', done: 3, total: 40 } }));
    expect(screen.getByTestId('offline-status').textContent).toBe('Đang tải để dùng khi mất mạng… 3/40');
    act(() => useUi.setState({ offline: { state: 'interrupted' } }));
    expect(screen.getByTestId('offline-status').textContent).toBe('Chưa tải xong để dùng khi mất mạng: sẽ tải tiếp khi có mạng');
    act(() => useUi.setState({ offline: { state: 'ready' } }));
    expect(screen.getByTestId('offline-status').textContent).toBe('Sẵn sàng làm việc không cần mạng');
  });

  it('does not promise offline work when the connection drops before the device is ready', () => {
    renderAt('/');
    act(() => useUi.setState({ online: false, offline: { state: 'loading', done: 3, total: 40 } }));
    expect(screen.getByTestId('network-status').textContent).toMatch(/máy chưa tải xong để dùng khi mất mạng: đừng tải lại trang/);
    act(() => useUi.setState({ offline: { state: 'ready' } }));
    expect(screen.getByTestId('network-status').textContent).toMatch(/vẫn làm việc bình thường/);
  });
});
