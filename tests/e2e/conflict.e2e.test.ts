/**
 * A conflict between two devices of a commune, through the real hub in real Chromium.
 *
 * A (a laptop of xã Mường Phăng, 1280 px) receives a dossier; B (a touch tablet, 768 px, another
 * officer) pulls it. Both lose the link; A refuses the dossier while B records that the citizen
 * withdrew it — two endings that cannot both stand. Once both have synced, every replica shows the
 * conflict on the dossier page (who, which device, when, why, what it ran into), the home tile and
 * the /xung-dot queue; B closes it with a note and, after A syncs, the panel is gone on A as well
 * and A's timeline carries the resolution. The panel and the queue are photographed on both
 * devices (tests/e2e/artifacts/, not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';
import { COMMUNE_1, startHub, type RunningHub } from './hub';
import { ARTIFACTS, enrol, expectSynced, go, install, openDevice, openDossier, receiveDossier, shoot, syncNow, type Device } from './syncDevice';

let hub: RunningHub;
let browser: Browser;
let a: Device;
let b: Device;
let dossierId = '';

const REFUSAL = 'Giấy tờ xuất trình là bản sao không có bản chính để đối chiếu';
const WITHDRAWAL = 'Công dân xin rút hồ sơ để nộp lại vào tuần sau';
const RESOLUTION = 'Đã gọi công dân: công dân rút hồ sơ, phiếu từ chối của máy tiếp nhận 1 không giao.';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  hub = await startHub();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const d of [a, b]) if (d) await d.page.screenshot({ path: `${ARTIFACTS}/conflict-failure-${d.name}.png`, fullPage: true }).catch(() => undefined);
});

afterAll(async () => {
  for (const d of [a, b]) await d?.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await hub?.close().catch(() => undefined);
});

/** Opens an action form of the dossier page, fills its required text and saves it. */
async function record(d: Device, action: string, field: string, text: string) {
  await openDossier(d, dossierId);
  await d.page.getByRole('button', { name: action, exact: true }).click();
  await d.page.getByLabel(field).fill(text);
  await d.page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await d.page.getByText(`Đã ghi nhận: ${action}.`).waitFor();
}

const panel = (d: Device) => d.page.getByTestId('conflict-panel');

/** The dossier page's conflict panel, as one text. */
async function panelText(d: Device): Promise<string> {
  await openDossier(d, dossierId);
  await panel(d).waitFor({ timeout: 30_000 });
  return (await panel(d).textContent()) ?? '';
}

async function expectConflictListed(d: Device) {
  await go(d, '/');
  const tile = d.page.locator('[data-queue="conflicts"]');
  await tile.waitFor({ timeout: 30_000 });
  expect(await tile.textContent()).toBe('1Thao tác mâu thuẫn cần xử lý');
  await tile.getByRole('link').click();
  await d.page.waitForURL(/\/xung-dot$/);
  const row = d.page.getByTestId('conflict-queue').locator(`tr[data-dossier="${dossierId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('Lò Văn Chiến');
}

describe('two devices record endings that cannot both stand, apart', () => {
  it('A and B enrol; A receives a dossier and B has it after syncing', async () => {
    a = await openDevice(browser, hub.url, 'a-1280');
    b = await openDevice(browser, hub.url, 'b-768-touch', { tablet: true });
    await install(a);
    await enrol(a, COMMUNE_1.officers[0]!, 'Máy tiếp nhận 1');
    await expectSynced(a);
    dossierId = await receiveDossier(a, 'Lò Văn Chiến');
    await syncNow(a);
    await expectSynced(a);

    await install(b);
    await enrol(b, COMMUNE_1.officers[1]!, 'Máy tính bảng lưu động');
    await expectSynced(b);
    await openDossier(b, dossierId);
    await b.page.getByText('Lò Văn Chiến').first().waitFor();
  });

  it('offline, A refuses and B records the withdrawal; after syncing both see the conflict', async () => {
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await record(a, 'Từ chối giải quyết', 'Lý do từ chối', REFUSAL);
    // B acts after A, so its withdrawal comes later in the merged order and is the one not applied.
    await record(b, 'Rút / dừng giải quyết', 'Lý do', WITHDRAWAL);
    expect(await panel(a).count()).toBe(0);
    expect(await panel(b).count()).toBe(0);

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await syncNow(a);
    await expectSynced(a);
    await syncNow(b);
    await expectSynced(b);
    await syncNow(a);
    await expectSynced(a);

    // On A: B's withdrawal, by B's officer on another device, ran into A's own refusal.
    const onA = await panelText(a);
    expect(onA).toContain('Có 1 thao tác mâu thuẫn cần xử lý');
    expect(onA).toContain('Rút hồ sơ');
    expect(onA).toContain('Cán bộ một cửa 2');
    expect(onA).toMatch(/Trên máymáy khác, mã [0-9a-z-]+Lúc/);
    expect(onA).toMatch(/Từ chối giải quyết do Cán bộ một cửa 1 \(Xã Mường Phăng\) ghi trên máy này lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/);
    expect(await panel(a).getByRole('button', { name: /^Đã xử lý/ }).count()).toBe(1);
    await shoot(a, 'conflict-panel');

    // On B: the same conflict, its own withdrawal, against A's refusal on another device.
    const onB = await panelText(b);
    expect(onB).toContain('Có 1 thao tác mâu thuẫn cần xử lý');
    expect(onB).toContain('Trên máymáy này');
    expect(onB).toMatch(/Từ chối giải quyết do Cán bộ một cửa 1 \(Xã Mường Phăng\) ghi trên máy khác, mã [0-9a-z-]+ lúc/);
    await shoot(b, 'conflict-panel');

    await expectConflictListed(a);
    await shoot(a, 'conflict-queue');
    await expectConflictListed(b);
    await shoot(b, 'conflict-queue');
  });

  it('B resolves it with a note; after A syncs the conflict is gone on A too and its timeline has the note', async () => {
    await openDossier(b, dossierId);
    await panel(b).getByRole('button', { name: /^Đã xử lý/ }).click();
    // The note is required.
    await b.page.getByRole('button', { name: 'Lưu cách xử lý' }).click();
    await b.page.getByText('Chưa nhập cách đã xử lý.').waitFor();
    await b.page.getByLabel('Đã xử lý thế nào').fill(RESOLUTION);
    await b.page.getByRole('button', { name: 'Lưu cách xử lý' }).click();
    await b.page.getByText('Đã ghi nhận cách xử lý thao tác mâu thuẫn.').waitFor();
    expect(await panel(b).count()).toBe(0);

    await syncNow(b);
    await expectSynced(b);
    await syncNow(a);
    await expectSynced(a);

    await openDossier(a, dossierId);
    const resolved = a.page.getByTestId('timeline').locator('li[data-event="conflict-resolved"]');
    await resolved.waitFor({ timeout: 30_000 });
    expect(await resolved.textContent()).toContain(RESOLUTION);
    expect(await a.page.getByTestId('timeline').locator('li[data-rejected="resolved"]').count()).toBe(1);
    expect(await panel(a).count()).toBe(0);

    for (const d of [a, b]) {
      await go(d, '/');
      await d.page.locator('[data-queue]').first().waitFor();
      expect(await d.page.locator('[data-queue="conflicts"]').count()).toBe(0);
      await go(d, '/xung-dot');
      await d.page.getByText('Không có hồ sơ nào có thao tác mâu thuẫn cần xử lý.').waitFor();
    }
  });
});
