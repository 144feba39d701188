/**
 * Sync with the real hub in real Chromium: the built app served by the hub (tests/e2e/hub.ts),
 * three devices as three browser contexts.
 *
 * A (a laptop of xã Mường Phăng) enrols, receives two dossiers offline, comes back and sends them;
 * B (a tablet of the same commune, another officer) receives them with the same codes and adds a
 * note that comes back to A; C (xã Thanh Nưa, in English) sees nothing of Mường Phăng; the
 * province revokes A, which is told so in plain Vietnamese, keeps its data readable and sends
 * nothing more. The sync screen is photographed in each state at 1280 px and on the tablet
 * (tests/e2e/artifacts/, not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { COMMUNE_1, COMMUNE_2, startHub, type RunningHub } from './hub';
import {
  ARTIFACTS,
  enrol as enrolAs,
  expectSynced,
  go,
  install,
  listSearch,
  openDevice as openDeviceOn,
  receiveDossier,
  shoot as shootAs,
  syncNow,
  VI_ENROL_LABELS,
  type Device,
} from './syncDevice';

let hub: RunningHub;
let browser: Browser;
const devices: Device[] = [];
let a: Device;
let b: Device;
let c: Device;

/** A's two offline dossiers: id → code (read from the hub once sent). */
const received: { id: string; applicant: string; code?: string }[] = [];
const NOTE = 'Đã gọi điện cho công dân hẹn bổ sung bản sao giấy khai sinh';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  hub = await startHub();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const d of devices) await d.page.screenshot({ path: `${ARTIFACTS}/sync-failure-${d.name}.png`, fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  for (const d of devices) await d.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await hub?.close().catch(() => undefined);
});

async function openDevice(name: string, options: { tablet?: boolean } = {}): Promise<Device> {
  const device = await openDeviceOn(browser, hub.url, name, options);
  devices.push(device);
  return device;
}

/** A photograph of the sync screens (sync-`state`-device.png), and axe's verdict on it. */
const shoot = (d: Device, state: string) => shootAs(d, `sync-${state}`);

/** Enrolment, with a photograph of the empty form. */
const enrol = (d: Device, username: string, deviceName: string, labels = VI_ENROL_LABELS) => enrolAs(d, username, deviceName, labels, 'sync-enrol');

async function hubCodes(communeAgency: string): Promise<Map<string, string>> {
  const { rows } = await hub.db.query<{ id: string; code: string }>(
    'SELECT d.id, d.code FROM dossiers d JOIN communes c ON c.id = d.commune_id WHERE c.agency_id = $1',
    [communeAgency],
  );
  return new Map(rows.map((r) => [r.id, r.code]));
}

async function hubEventCount(dossierId: string): Promise<number> {
  const { rows } = await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE dossier_id = $1', [dossierId]);
  return rows[0]!.n;
}

interface DeviceRow { id: string; name: string; communeName: string; revokedAt: number | null; codeSlot: { number: number; first: number; last: number } }

async function hubDevice(name: string): Promise<DeviceRow> {
  const { devices: rows } = await hub.province<{ devices: DeviceRow[] }>('GET', '/province/devices');
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no device named ${name} on the hub`);
  return row;
}

describe('sync between devices of a commune through the real hub', () => {
  it('A enrols from the sync screen and takes the commune’s details from the hub', async () => {
    a = await openDevice('a-1280');
    await install(a);
    expect(await a.page.getByTestId('sync-status').textContent()).toContain('Chưa đồng bộ');

    // A mistyped password first: said plainly, nothing saved.
    await go(a, '/dong-bo');
    await a.page.getByLabel('Tên đăng nhập').fill(COMMUNE_1.officers[0]!);
    await a.page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await a.page.getByLabel('Tên thiết bị').fill('Máy tiếp nhận 1');
    await a.page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    expect(await a.page.getByTestId('enrol-error').textContent()).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    expect(await a.page.getByTestId('sync-status').textContent()).toContain('Chưa đồng bộ');

    await enrol(a, COMMUNE_1.officers[0]!, 'Máy tiếp nhận 1');
    await expectSynced(a);
    const facts = (await a.page.getByTestId('enrolment').textContent()) ?? '';
    expect(facts).toContain(COMMUNE_1.name);
    expect(facts).toContain(COMMUNE_1.agencyId);
    await shoot(a, 'synced-empty');

    // Settings: the agency is the hub's, shown and not typed.
    await go(a, '/cai-dat');
    await expect.poll(() => a.page.getByLabel('Mã định danh của cơ quan').inputValue()).toBe(COMMUNE_1.agencyId);
    expect(await a.page.getByLabel('Tên cơ quan (in trên biểu mẫu)').inputValue()).toBe(COMMUNE_1.agencyName);
  });

  it('A receives two dossiers offline: they wait, then go when the link is back', async () => {
    await a.context.setOffline(true);
    received.push({ id: await receiveDossier(a, 'Lò Thị Xuân'), applicant: 'Lò Thị Xuân' });
    received.push({ id: await receiveDossier(a, 'Quàng Văn Pánh'), applicant: 'Quàng Văn Pánh' });

    await go(a, '/dong-bo');
    const bar = a.page.getByTestId('sync-status');
    await expect.poll(() => bar.textContent(), { timeout: 30_000 }).toContain('2 chờ gửi');
    // The engine tried (a local write triggers a sync) and found no hub: said plainly, not as an error.
    await expect.poll(() => a.page.getByTestId('sync-phase').textContent(), { timeout: 30_000 }).toMatch(/mất kết nối — 2 thay đổi chờ gửi/i);
    expect(await a.page.getByTestId('sync-pending').textContent()).toBe('2');
    expect(await hubCodes(COMMUNE_1.agencyId)).toEqual(new Map());
    await shoot(a, 'pending-offline');

    // Back online: the reconnect alone starts the sync.
    await a.context.setOffline(false);
    await expectSynced(a);
    await expect.poll(() => bar.textContent()).toMatch(/^✓ Đã đồng bộ \d\d:\d\d$/);
    await shoot(a, 'synced');

    const codes = await hubCodes(COMMUNE_1.agencyId);
    const slot = (await hubDevice('Máy tiếp nhận 1')).codeSlot;
    for (const r of received) {
      r.code = codes.get(r.id);
      // 000.00.21.H17-yymmdd-NNNN with NNNN inside A's range.
      const m = /^(.+)-\d{6}-(\d{4})$/.exec(r.code ?? '');
      expect(m?.[1]).toBe(COMMUNE_1.agencyId);
      const n = Number(m![2]);
      expect(n).toBeGreaterThanOrEqual(slot.first);
      expect(n).toBeLessThanOrEqual(slot.last);
    }
    expect(new Set(received.map((r) => r.code)).size).toBe(2);
  });

  it('B, a tablet of the same commune, receives them with the same codes and adds a note that comes back to A', async () => {
    b = await openDevice('b-768-touch', { tablet: true });
    await install(b);
    await enrol(b, COMMUNE_1.officers[1]!, 'Máy tính bảng lưu động');
    await expectSynced(b);
    await shoot(b, 'synced');
    expect((await hubDevice('Máy tính bảng lưu động')).codeSlot.first).toBeGreaterThan((await hubDevice('Máy tiếp nhận 1')).codeSlot.last);

    await go(b, '/ho-so');
    await b.page.getByTestId('list-count').getByText('2 hồ sơ').waitFor();
    for (const r of received) {
      await listSearch(b, r.code!);
      await b.page.getByTestId('list-count').getByText('1 hồ sơ').waitFor();
      await b.page.getByRole('listitem').filter({ hasText: r.applicant }).waitFor();
    }

    // A note on the first dossier, through the dossier page's action form.
    const first = received[0]!;
    await go(b, `/ho-so/${encodeURIComponent(first.id)}`);
    await b.page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
    await b.page.getByText(first.code!).first().waitFor();
    await b.page.getByRole('button', { name: 'Ghi chú', exact: true }).click();
    await b.page.getByLabel('Nội dung ghi chú').fill(NOTE);
    await b.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await b.page.getByText('Đã ghi nhận: Ghi chú.').waitFor();
    await syncNow(b);
    await expectSynced(b);
    expect(await hubEventCount(first.id)).toBe(2);

    // A pulls it: the note is in the dossier's timeline, by B's officer.
    await syncNow(a);
    await expectSynced(a);
    await go(a, `/ho-so/${encodeURIComponent(first.id)}`);
    await a.page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
    const entry = a.page.getByRole('listitem').filter({ hasText: NOTE });
    await entry.first().waitFor();
    expect(await entry.first().textContent()).toContain('Cán bộ một cửa 2');
  });

  it('C, of the other commune (in English), sees none of Mường Phăng’s dossiers', async () => {
    c = await openDevice('c-1280-en');
    await install(c);
    await c.page.getByRole('button', { name: /EN$/ }).click();
    await c.page.getByRole('heading', { name: "Today's work" }).waitFor();
    await enrol(c, COMMUNE_2.officers[0]!, 'Máy tiếp nhận Thanh Nưa', { user: 'Username', password: 'Password', device: 'Device name', hub: 'Hub address', submit: 'Enrol device' });
    await expectSynced(c, 'In sync.');
    expect(await c.page.getByTestId('enrolment').textContent()).toContain(COMMUNE_2.agencyId);
    await shoot(c, 'synced');

    await go(c, '/ho-so');
    await c.page.getByTestId('list-count').getByText('No dossier on this device yet.').waitFor();
    for (const r of received) {
      await listSearch(c, r.code!);
      await c.page.getByTestId('list-count').getByText('No dossier matches the filters.').waitFor();
    }
    // Its own screen says so too: nothing of commune 1 reached its database.
    const local = await c.page.evaluate(async () => {
      const open = indexedDB.open('motcua');
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = idb.transaction('dossiers', 'readonly');
      const count = await new Promise<number>((resolve) => {
        const req = tx.objectStore('dossiers').count();
        req.onsuccess = () => resolve(req.result);
      });
      idb.close();
      return count;
    });
    expect(local).toBe(0);
  });

  it('the province revokes A: A is told so, keeps its dossiers readable and sends nothing more', async () => {
    const deviceA = await hubDevice('Máy tiếp nhận 1');
    await hub.province('POST', `/province/devices/${encodeURIComponent(deviceA.id)}/revoke`);

    // Opening the sync screen starts the app, whose first act is a sync: the hub answers 403.
    await go(a, '/dong-bo');
    const notice = a.page.getByTestId('revoked');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toMatch(/Thiết bị này đã bị thu hồi quyền đồng bộ ngày \d\d\/\d\d\/\d{4}\. Dữ liệu trên máy vẫn xem được/);
    expect(await a.page.getByTestId('sync-status').textContent()).toContain('Thiết bị bị thu hồi');
    expect(await a.page.getByRole('button', { name: 'Đồng bộ ngay' }).count()).toBe(0);

    // Its data stays readable.
    await go(a, '/ho-so');
    await a.page.getByTestId('list-count').getByText('2 hồ sơ').waitFor();
    await go(a, `/ho-so/${encodeURIComponent(received[0]!.id)}`);
    await a.page.getByText(NOTE).first().waitFor();

    // A new dossier stays on A: pending, never on the hub, never on B.
    const late = await receiveDossier(a, 'Cà Văn Lả');
    await go(a, '/dong-bo');
    await a.page.getByTestId('revoked').waitFor();
    await expect.poll(() => a.page.getByTestId('sync-pending').textContent()).toBe('1');
    await shoot(a, 'revoked');
    // A reload restarts the engine: still revoked, still nothing sent.
    await a.page.reload();
    await a.page.getByTestId('revoked').waitFor();
    expect(await a.page.getByTestId('sync-pending').textContent()).toBe('1');

    await syncNow(b);
    await expectSynced(b);
    expect(await hubEventCount(late)).toBe(0);
    expect([...(await hubCodes(COMMUNE_1.agencyId)).keys()].sort()).toEqual(received.map((r) => r.id).sort());
    await go(b, '/ho-so');
    await b.page.getByTestId('list-count').getByText('2 hồ sơ').waitFor();

    // The revoked screen in English too.
    await a.page.getByRole('button', { name: /EN$/ }).click();
    await go(a, '/dong-bo');
    await a.page.getByRole('heading', { name: "Sync with the province's hub" }).waitFor();
    await a.page.getByTestId('revoked').waitFor();
    await shoot(a, 'revoked-en');
  });

  it('the tablet offline with a change waiting, then revoked (photographs of the sync screen)', async () => {
    await b.context.setOffline(true);
    await go(b, `/ho-so/${encodeURIComponent(received[1]!.id)}`);
    await b.page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
    await b.page.getByRole('button', { name: 'Ghi chú', exact: true }).click();
    await b.page.getByLabel('Nội dung ghi chú').fill('Công dân xin hẹn lại buổi chiều');
    await b.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await b.page.getByText('Đã ghi nhận: Ghi chú.').waitFor();
    await go(b, '/dong-bo');
    await expect.poll(() => b.page.getByTestId('sync-phase').textContent(), { timeout: 30_000 }).toMatch(/mất kết nối — 1 thay đổi chờ gửi/i);
    await shoot(b, 'pending-offline');

    await hub.province('POST', `/province/devices/${encodeURIComponent((await hubDevice('Máy tính bảng lưu động')).id)}/revoke`);
    await b.context.setOffline(false);
    await b.page.getByTestId('revoked').waitFor({ timeout: 60_000 });
    await shoot(b, 'revoked');
  });
});
