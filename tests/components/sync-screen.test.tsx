import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveDossier } from '../../src/store/dossiers';
import { loadSettings } from '../../src/store/settings';
import { saveEnrolment } from '../../src/store/syncState';
import { stopAppSync } from '../../src/sync/appSync';
import { INITIAL_SYNC_STATUS, useSyncStatus } from '../../src/sync/status';
import type { MotcuaDatabase } from '../../src/store/db';
import { freshDatabase, receiveInput } from '../store/helpers';
import { COMMUNE } from '../store/syncFakeHub';
import { renderAt } from './render';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function enrolled(database: MotcuaDatabase) {
  const { deviceId } = await loadSettings(database);
  await saveEnrolment(database, {
    hubUrl: 'https://hub.test',
    deviceId,
    deviceName: 'Máy tiếp nhận 2',
    credential: 'secret',
    commune: COMMUNE,
    officer: { id: 'o9', name: 'Trần Thị Cán Bộ' },
    codeSlot: { number: 2, first: 1001, last: 2000 },
    enrolledAt: Date.parse('2026-11-20T02:00:00Z'),
  });
}

describe('sync screen', () => {
  let database: MotcuaDatabase;
  beforeEach(async () => {
    database = await freshDatabase();
    useSyncStatus.setState(INITIAL_SYNC_STATUS);
  });
  afterEach(() => {
    stopAppSync();
    vi.unstubAllGlobals();
  });

  it('enrols the device with the hub and then shows the commune, the device and its code range', async () => {
    const user = userEvent.setup();
    const { deviceId } = await loadSettings(database);
    const requests: string[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push(`${init.method} ${url}`);
      if (url.endsWith('/devices/enrol')) {
        const body = JSON.parse(init.body as string) as { deviceId: string; username: string };
        expect(body).toMatchObject({ deviceId, username: 'canbo' });
        return json({
          deviceId,
          deviceName: 'Máy tiếp nhận 2',
          credential: 'c-1',
          commune: COMMUNE,
          officer: { id: 'o9', name: 'Trần Thị Cán Bộ' },
          codeSlot: { number: 2, first: 1001, last: 2000 },
          serverTime: Date.now(),
        });
      }
      return json({ events: [], codeSlot: { number: 2, first: 1001, last: 2000 }, cursor: 'c', upToDate: true, serverTime: Date.now() });
    });
    renderAt('/dong-bo');
    const hubField = await screen.findByLabelText('Địa chỉ máy chủ');
    expect((hubField as HTMLInputElement).value).toBe(window.location.origin);
    await user.clear(hubField);
    await user.type(hubField, 'https://hub.test');
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'canbo');
    await user.type(screen.getByLabelText('Mật khẩu'), 'mat-khau');
    await user.type(screen.getByLabelText('Tên thiết bị'), 'Máy tiếp nhận 2');
    await user.click(screen.getByRole('button', { name: 'Đăng ký thiết bị' }));

    const facts = await screen.findByTestId('enrolment');
    expect(facts.textContent).toContain('Xã Tân Phú');
    expect(facts.textContent).toContain('1001–2000 (máy số 2)');
    expect(requests[0]).toBe('POST https://hub.test/api/v1/devices/enrol');
    // The first sync follows at once.
    await waitFor(() => expect(requests.some((r) => r.startsWith('GET https://hub.test/api/v1/sync/pull'))).toBe(true));
    await waitFor(() => expect(useSyncStatus.getState().phase).toBe('idle'));
  });

  it('says a wrong password plainly and stores nothing', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', async () => json({ error: { code: 'bad-credentials', message: 'Sai tên đăng nhập hoặc mật khẩu.' } }, 401));
    renderAt('/dong-bo');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'canbo');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await user.type(screen.getByLabelText('Tên thiết bị'), 'Máy 1');
    await user.click(screen.getByRole('button', { name: 'Đăng ký thiết bị' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    expect(screen.queryByTestId('enrolment')).toBeNull();
  });

  it('asks for a missing field before calling the hub', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderAt('/dong-bo');
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'canbo');
    await user.click(screen.getByRole('button', { name: 'Đăng ký thiết bị' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hãy nhập mật khẩu.');
    expect(document.activeElement).toBe(screen.getByLabelText('Mật khẩu'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lists the events the hub refused, with the reason and a link to the dossier', async () => {
    await enrolled(database);
    const d = await receiveDossier(receiveInput(undefined, { kind: 'person', name: 'Lê Văn Bị Từ Chối' }));
    const row = (await database.outbox.toArray())[0]!;
    await database.outbox.update(row.seq!, { state: 'refused', refusedAt: Date.now(), refusalCode: 'wrong-commune', refusalMessage: 'Mã hồ sơ không thuộc xã của thiết bị.' });
    renderAt('/dong-bo');
    const list = await screen.findByTestId('refused-list');
    const link = within(list).getByRole('link', { name: d.code });
    expect(link.getAttribute('href')).toBe(`/ho-so/${d.id}`);
    expect(list.textContent).toContain('Mã hồ sơ không thuộc xã của thiết bị.');
    expect(list.textContent).toContain('Tiếp nhận hồ sơ');
  });

  it('shows the state while offline, the clock warning and, once revoked, the hub’s words and no sync button', async () => {
    await enrolled(database);
    renderAt('/dong-bo');
    await screen.findByTestId('enrolment');
    act(() => useSyncStatus.setState({ phase: 'offline', pending: 3, offsetMs: -12 * 60_000 }));
    expect(screen.getByTestId('sync-phase').textContent).toBe('Đang mất kết nối — 3 thay đổi chờ gửi. Sẽ tự gửi khi có mạng.');
    expect(screen.getByTestId('sync-pending').textContent).toBe('3');
    expect(screen.getByTestId('clock-skew').textContent).toMatch(/^Đồng hồ của máy lệch 12 phút so với máy chủ/);
    expect(screen.getByRole('button', { name: 'Đồng bộ ngay' }).hasAttribute('disabled')).toBe(false);

    act(() => useSyncStatus.setState({ phase: 'revoked', revokedMessage: 'Thiết bị này đã bị cán bộ của tỉnh thu hồi quyền đồng bộ.' }));
    expect(screen.getByTestId('revoked').textContent).toContain('thu hồi quyền đồng bộ');
    // What waits can no longer be sent: said so, and no button that could never work.
    expect(screen.getByTestId('revoked').textContent).toContain('3 thay đổi chưa gửi vẫn được giữ nguyên trên máy');
    expect(screen.getByText('Thay đổi chưa gửi được')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đồng bộ ngay' })).toBeNull();
  });

  it('offers to enrol again when the hub no longer knows the credential, keeping the device name', async () => {
    const user = userEvent.setup();
    await enrolled(database);
    renderAt('/dong-bo');
    await screen.findByTestId('enrolment');
    expect(screen.queryByRole('button', { name: 'Đăng ký lại thiết bị' })).toBeNull();
    act(() => useSyncStatus.setState({ phase: 'error', error: 'Máy chủ không nhận ra thiết bị này.', errorCode: 'unauthenticated' }));
    await user.click(screen.getByRole('button', { name: 'Đăng ký lại thiết bị' }));
    expect((screen.getByLabelText('Tên thiết bị') as HTMLInputElement).value).toBe('Máy tiếp nhận 2');
    expect((screen.getByLabelText('Địa chỉ máy chủ') as HTMLInputElement).value).toBe('https://hub.test');
  });

  it('shows the agency and code range from the hub in Settings, read-only, instead of the device numbering', async () => {
    await enrolled(database);
    renderAt('/cai-dat');
    expect((await screen.findByTestId('sequence-range')).textContent).toBe('Máy số 2 của xã: cấp mã hồ sơ có số thứ tự từ 1001 đến 2000 mỗi ngày.');
    expect(screen.getByTestId('from-hub').textContent).toMatch(/máy chủ của tỉnh/);
    expect(screen.queryByLabelText('Số máy tiếp nhận của xã')).toBeNull();
    expect((screen.getByLabelText('Mã định danh của cơ quan') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Họ tên cán bộ tiếp nhận') as HTMLInputElement).readOnly).toBe(false);
  });
});
