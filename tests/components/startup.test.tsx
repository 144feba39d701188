/**
 * Start-up failures say what happened and what to do: plain HTTP from another machine needs HTTPS
 * (not "check free disk space"), and only a storage failure mentions disk space.
 */
import { act, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeStartupFailure, insecureContext, start } from '../../src/app/startup';
import { useUi } from '../../src/app/uiState';
import { bootstrap, upgradePending } from '../../src/app/bootstrap';
import { db, MotcuaDatabase, setDatabase } from '../../src/store/db';
import { CURRENT_SCHEMA_VERSION } from '../../src/store/schema';
import { freshDatabase } from '../store/helpers';
import { renderAt } from './render';

const secure = { isSecureContext: true, location: { origin: 'https://motcua.xa.example' } } as unknown as Window;
const overPlainHttp = { isSecureContext: false, location: { origin: 'http://192.168.1.20:4173' } } as unknown as Window;

describe('start-up', () => {
  beforeEach(async () => {
    await freshDatabase();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    useUi.setState({ startupError: null, offline: { state: 'unknown' } });
  });

  it('recognises an insecure context (plain HTTP from another machine)', () => {
    expect(insecureContext(overPlainHttp)).toEqual({ kind: 'insecure', address: 'http://192.168.1.20:4173' });
    expect(insecureContext(secure)).toBeNull();
  });

  it('over plain HTTP explains in Vietnamese that HTTPS (or localhost) is needed, and opens nothing else', async () => {
    const bootstrap = vi.fn();
    renderAt('/');
    await act(() => start(overPlainHttp, async () => ({ bootstrap })));
    expect(bootstrap).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Cần mở ứng dụng bằng địa chỉ an toàn (https://)');
    expect(alert.textContent).toContain('http://192.168.1.20:4173');
    expect(alert.textContent).toContain('http://localhost');
    expect(alert.textContent).not.toMatch(/dung lượng|randomUUID/);
    // No desk screen under it: nothing could be saved with an id.
    expect(screen.queryByRole('heading', { name: 'Việc hôm nay' })).toBeNull();
  });

  it('does not blame disk space for an error that is not about storage', async () => {
    renderAt('/');
    await act(() =>
      start(secure, async () => ({
        bootstrap: () => Promise.reject(new TypeError('crypto.randomUUID is not a function')),
      })),
    );
    expect(useUi.getState().startupError?.kind).toBe('other');
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toMatch(/^Ứng dụng không khởi động được/);
    expect(text).toContain('báo cán bộ phụ trách kỹ thuật');
    expect(text).not.toContain('dung lượng');
  });

  it('names disk space when the database itself fails', async () => {
    const failure = new Dexie.OpenFailedError('QuotaExceededError: no space');
    expect(describeStartupFailure(failure).kind).toBe('storage');
    renderAt('/');
    await act(() => start(secure, async () => ({ bootstrap: () => Promise.reject(failure) })));
    expect(screen.getByRole('alert').textContent).toMatch(/kho dữ liệu trên máy.*dung lượng trống/);
  });

  it('says the app is not downloaded yet when its own code cannot load', async () => {
    renderAt('/');
    await act(() => start(secure, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    expect(screen.getByRole('alert').textContent).toBe('Không tải được ứng dụng: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi tải lại trang.');
  });
});

describe('start-up after an app update that rewrites the stored data', () => {
  afterEach(() => {
    useUi.setState({ upgrading: false });
  });

  it('knows an upgrade is pending from the stored version (Dexie keeps it ×10)', async () => {
    const name = db().name;
    const factory = (versions: { name: string; version: number }[]) => ({ databases: async () => versions });
    expect(await upgradePending(factory([{ name, version: 40 }]))).toBe(true);
    expect(await upgradePending(factory([{ name, version: CURRENT_SCHEMA_VERSION * 10 }]))).toBe(false);
    expect(await upgradePending(factory([]))).toBe(false); // first start: nothing to upgrade
    expect(await upgradePending({ databases: () => Promise.reject(new Error('not allowed')) })).toBe(false);
    expect(await upgradePending(undefined)).toBe(false);
  });

  it('says the data is being updated while an old database is upgraded, and stops saying it after', async () => {
    const name = `motcua-upgrade-${Date.now()}`;
    const old = new MotcuaDatabase(name, { upTo: 4 });
    await old.open();
    old.close();
    setDatabase(new MotcuaDatabase(name));
    const seen: boolean[] = [];
    const unsubscribe = useUi.subscribe((s) => seen.push(s.upgrading));
    renderAt('/');
    await act(() => bootstrap());
    unsubscribe();
    expect(seen).toContain(true);
    expect(useUi.getState().upgrading).toBe(false);
    expect(db().verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('shows the notice in the shell while it lasts', () => {
    useUi.setState({ upgrading: true });
    renderAt('/');
    expect(screen.getByText(/Đang cập nhật dữ liệu trên máy cho phiên bản mới/)).toBeTruthy();
  });
});
