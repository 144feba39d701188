import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_SYNC_STATUS, useSyncStatus, type SyncStatus } from '../../src/sync/status';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

const set = (patch: Partial<SyncStatus>) => act(() => useSyncStatus.setState({ ...INITIAL_SYNC_STATUS, ...patch }));

describe('sync indicator in the top bar', () => {
  beforeEach(async () => {
    await freshDatabase();
    useSyncStatus.setState(INITIAL_SYNC_STATUS);
  });

  it('says where the data stands in each phase', () => {
    renderAt('/');
    const bar = () => screen.getByTestId('sync-status').textContent;
    expect(bar()).toBe('Chưa đồng bộ');
    set({ phase: 'idle', lastSuccessAt: Date.parse('2026-11-20T03:42:00Z') });
    expect(bar()).toBe('✓ Đã đồng bộ 10:42');
    set({ phase: 'pushing', pending: 120, sent: { done: 40, total: 120 } });
    expect(bar()).toBe('↻ Đang gửi 40/120');
    set({ phase: 'offline', pending: 12 });
    expect(bar()).toBe('● 12 chờ gửi (mất kết nối)');
    set({ phase: 'idle', pending: 2, refused: 1 });
    expect(bar()).toBe('● 2 chờ gửi · ⚠ 1 bị từ chối');
    set({ phase: 'idle', offsetMs: 20 * 60_000 });
    expect(bar()).toBe('✓ Đã kết nối · ⚠ Đồng hồ lệch');
    set({ phase: 'revoked' });
    expect(bar()).toBe('⚠ Thiết bị bị thu hồi');
  });

  it('links to the sync screen, in English too', async () => {
    const user = userEvent.setup();
    renderAt('/');
    set({ phase: 'offline', pending: 5 });
    await user.click(screen.getByRole('button', { name: 'Ngôn ngữ: EN' }));
    expect(screen.getByTestId('sync-status').textContent).toBe('● 5 waiting (offline)');
    await user.click(screen.getByRole('button', { name: 'Language: VI' }));
    await user.click(screen.getByTestId('sync-status'));
    expect(await screen.findByRole('heading', { name: 'Đồng bộ với máy chủ của tỉnh' })).toBeTruthy();
  });
});
