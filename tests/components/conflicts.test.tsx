/**
 * Conflicts on screen: a dossier whose merged history holds an action another device recorded
 * while apart, which the rules forbid. The dossier page names it and takes its resolution; the
 * home screen and the conflict queue lead to it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatHlc } from '../../src/domain/clock';
import { rulesFor } from '../../src/domain/deskSettings';
import type { DossierEvent } from '../../src/domain/dossier/events';
import { mergeDossier } from '../../src/domain/dossier/lifecycle';
import { markersOf } from '../../src/features/dossiers/dossierView';
import { db } from '../../src/store/db';
import { deviceClock } from '../../src/store/deviceClock';
import { toDossierRow } from '../../src/store/dossierRow';
import { addDossierEvent, dossierHistory } from '../../src/store/dossiers';
import { loadSettings } from '../../src/store/settings';
import { freshDatabase, vn } from '../store/helpers';
import { receive } from './dossiers-fixtures';
import { renderAt } from './render';

const TABLET = '7f3c2a91-5b6e-4d2a-9c1f-0a8b7e6d5c4b';

/**
 * What the sync engine does with pulled events: store them, let the device's clock see their
 * stamps, and store the row derived from the merged history — in one transaction.
 */
async function applyPulled(events: DossierEvent[]): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.events, d.dossiers, d.settings], async () => {
    const settings = await loadSettings();
    const clock = await deviceClock(settings.deviceId);
    for (const e of events) clock.receive(e.hlc);
    await d.events.bulkPut(events);
    for (const id of new Set(events.map((e) => e.dossierId))) {
      const state = mergeDossier(await dossierHistory(id), { dueRules: rulesFor(settings).dueRules });
      await d.dossiers.put(toDossierRow(state));
    }
  });
}

/** A dossier returned at this desk on 24/11 09:00, and the tablet's own return of it at 10:00. */
async function returnedTwice() {
  const d = await receive(vn('2026-11-20T09:00:00'), { name: 'Nguyễn Thị Hoà', idNumber: '001190012345' });
  await addDossierEvent(d.id, { type: 'approved', signer: 'Phạm Văn D' }, vn('2026-11-23T09:00:00'));
  await addDossierEvent(d.id, { type: 'result-ready' }, vn('2026-11-23T14:00:00'));
  await addDossierEvent(d.id, { type: 'returned', method: 'desk', recipient: 'Nguyễn Thị Hoà' }, vn('2026-11-24T09:00:00'));
  const last = (await dossierHistory(d.id)).at(-1)!;
  // Stamped after everything the desk has (the tablet had synced up to the result's arrival).
  const theirs: DossierEvent = {
    id: crypto.randomUUID(),
    dossierId: d.id,
    deviceId: TABLET,
    officerId: 'o2',
    officerName: 'Trần Văn Hùng',
    hlc: formatHlc({ ms: Number(last.hlc.slice(0, 15)) + 60_000, counter: 0, deviceId: TABLET }),
    at: vn('2026-11-24T10:00:00'),
    type: 'returned',
    method: 'postal',
    recipient: 'Nguyễn Thị Hoà',
    postalTracking: 'EB123456789VN',
  };
  await applyPulled([theirs]);
  return { dossier: d, theirs };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('conflicts on the dossier page', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('names what was done, by whom, on which device, when, why it was not applied and what it ran into', async () => {
    const { dossier, theirs } = await returnedTwice();
    renderAt(`/ho-so/${dossier.id}`);
    const panel = await screen.findByRole('region', { name: 'Có 1 thao tác mâu thuẫn cần xử lý' });
    // At the top: before the summary of the dossier.
    expect(panel.compareDocumentPosition(screen.getByTestId('dossier-facts')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const item = panel.querySelector(`[data-conflict="${theirs.id}"]`) as HTMLElement;
    const facts = [...item.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toEqual([
      ['Thao tác', 'Trả kết quả'],
      ['Người ghi', 'Trần Văn Hùng'],
      ['Trên máy', 'máy khác, mã 7f3c2a91'],
      ['Lúc', '24/11/2026 10:00'],
      ['Lý do không áp dụng', 'Hồ sơ đã trả kết quả nên đã kết thúc; chỉ còn có thể ghi chú'],
      ['Mâu thuẫn với', 'Trả kết quả do Nguyễn Văn Cán Bộ ghi trên máy này lúc 24/11/2026 09:00'],
    ]);

    // The timeline keeps the tablet's return where it falls, marked as not applied.
    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem').filter((li) => li.dataset.event);
    expect(items.map((li) => [li.dataset.event, li.dataset.rejected ?? ''])).toEqual([
      ['received', ''],
      ['approved', ''],
      ['result-ready', ''],
      ['returned', ''],
      ['returned', 'open'],
    ]);
    expect(items[4]!.textContent).toContain('Không được áp dụng (mâu thuẫn): Hồ sơ đã trả kết quả nên đã kết thúc');
    // The dossier itself is as the desk's return left it.
    expect(screen.getByTestId('dossier-facts').textContent).toContain('Đã trả kết quả');
    // In the list, its row carries the conflict marker, closed dossier or not.
    const row = (await db().dossiers.get(dossier.id))!;
    expect(markersOf(row, vn('2026-11-26T10:00:00'), rulesFor(await loadSettings()))).toEqual(['conflict']);
  });

  it('records the resolution with a required note; the panel then disappears and the timeline says how', async () => {
    const user = userEvent.setup();
    const { dossier, theirs } = await returnedTwice();
    renderAt(`/ho-so/${dossier.id}`);
    await user.click(await screen.findByRole('button', { name: 'Đã xử lý: Trả kết quả (Trần Văn Hùng, 24/11/2026 10:00)' }));
    const note = screen.getByLabelText('Đã xử lý thế nào');
    expect(document.activeElement).toBe(note);
    await user.click(screen.getByRole('button', { name: 'Lưu cách xử lý' }));
    expect(await screen.findByText('Chưa nhập cách đã xử lý.')).toBeTruthy();
    expect(await db().events.where('dossierId').equals(dossier.id).count()).toBe(5);

    await user.type(note, 'Đã gọi công dân: nhận kết quả tại bộ phận một cửa, không gửi bưu điện');
    await user.click(screen.getByRole('button', { name: 'Lưu cách xử lý' }));
    expect(await screen.findByText('Đã ghi nhận cách xử lý thao tác mâu thuẫn.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('conflict-panel')).toBeNull());

    const history = await dossierHistory(dossier.id);
    const resolution = history.at(-1)!;
    expect(resolution).toMatchObject({ type: 'conflict-resolved', eventId: theirs.id, note: 'Đã gọi công dân: nhận kết quả tại bộ phận một cửa, không gửi bưu điện' });
    expect(await db().outbox.where('eventId').equals(resolution.id).count()).toBe(1);
    const row = (await db().dossiers.get(dossier.id))!;
    expect(row.conflicts).toEqual([]);
    expect(row.conflictAt).toBeUndefined();
    expect(row.status).toBe('returned');

    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem').filter((li) => li.dataset.event);
    expect(items.map((li) => li.dataset.rejected ?? '')).toEqual(['', '', '', '', 'resolved', '']);
    const last = items.at(-1)!;
    expect(last.dataset.event).toBe('conflict-resolved');
    expect(last.textContent).toContain('Xử lý thao tác mâu thuẫn');
    expect(last.textContent).toContain('Thao tác mâu thuẫn: Trả kết quả do Trần Văn Hùng ghi lúc 24/11/2026 10:00');
    expect(last.textContent).toContain('Cách xử lý: Đã gọi công dân: nhận kết quả tại bộ phận một cửa, không gửi bưu điện');
  });

  it('prints the forms from what took effect: the conflicting action is left out', async () => {
    const { dossier } = await returnedTwice();
    const view = renderAt(`/in/kiem-soat/${dossier.id}`);
    await waitFor(() => expect(document.body.textContent).toContain(dossier.code));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toContain('EB123456789VN');
    view.unmount();
    renderAt(`/in/tiep-nhan/${dossier.id}`);
    await waitFor(() => expect(document.body.textContent).toContain(dossier.code));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows no panel, and offers no resolution, when there is no conflict', async () => {
    const d = await receive(Date.now(), { name: 'Trần Văn Bình' });
    renderAt(`/ho-so/${d.id}`);
    expect(await screen.findByRole('button', { name: 'Chuyển xử lý' })).toBeTruthy();
    expect(screen.queryByTestId('conflict-panel')).toBeNull();
    expect(screen.queryByRole('button', { name: /Đã xử lý/ })).toBeNull();
  });
});

describe('the conflict queue', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('is a home tile only while something is to resolve, and lists the dossiers with their count and newest conflict', async () => {
    const quiet = await receive(vn('2026-11-20T08:00:00'), { name: 'Lê Văn Yên' });
    const home = renderAt('/');
    await screen.findByRole('heading', { name: 'Việc hôm nay' });
    // The counts have loaded (the tile would be drawn with them)…
    await waitFor(() => expect(home.container.querySelector('[data-queue="receivedToday"] .counter-value')?.textContent).toMatch(/^\d+$/));
    expect(home.container.querySelector('[data-queue="conflicts"]')).toBeNull();
    home.unmount();

    const { dossier } = await returnedTwice();
    const again = renderAt('/');
    const tile = await waitFor(() => {
      const el = again.container.querySelector('[data-queue="conflicts"]') as HTMLElement | null;
      expect(el).not.toBeNull();
      return el!;
    });
    expect(tile.textContent).toBe('1Thao tác mâu thuẫn cần xử lý');
    expect(tile.className).toContain('counter-urgent');
    expect(within(tile).getByRole('link').getAttribute('href')).toBe('/xung-dot');
    again.unmount();

    renderAt('/xung-dot');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thao tác mâu thuẫn cần xử lý' })).toBeTruthy();
    const table = await screen.findByTestId('conflict-queue');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      [dossier.code, 'Nguyễn Thị Hoà', '1', '24/11/2026 10:00'],
    ]);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe(`/ho-so/${dossier.id}`);
    expect(table.textContent).not.toContain(quiet.code);
  });

  it('says so when nothing is left to resolve', async () => {
    renderAt('/xung-dot');
    expect(await screen.findByText('Không có hồ sơ nào có thao tác mâu thuẫn cần xử lý.')).toBeTruthy();
  });
});
