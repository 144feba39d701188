import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReceivedDocument } from '../../src/domain/dossier/events';
import { receiveDossier } from '../../src/store/dossiers';
import { freshDatabase, receiveInput, vn } from '../store/helpers';
import { renderAt } from './render';

// A stored file must come back from IndexedDB as a Blob, as in a browser. jsdom's Blob does not
// survive fake-indexeddb's structured clone, Node's does; and Dexie keeps blobs whole only when
// they are the global Blob. So Node's Blob is the global one here, before the database loads.
await vi.hoisted(async () => {
  const { Blob } = await import('node:buffer');
  globalThis.Blob = Blob as unknown as typeof globalThis.Blob;
});

/** A birth registration case as intake stores it: every document of the case, ticked or not. */
const DOCUMENTS: ReceivedDocument[] = [
  { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, received: true },
  { name: 'Giấy chứng sinh', originals: 1, copies: 0, received: true },
  { name: 'Căn cước của người đi đăng ký', originals: 1, copies: 0, received: true, shownOnly: true },
  ...['Văn bản ủy quyền', 'Giấy tờ chứng minh nơi cư trú', 'Biên bản xác nhận trẻ bị bỏ rơi', 'Giấy xác nhận của bệnh viện', 'Văn bản thỏa thuận cử người đại diện', 'Giấy chứng nhận kết hôn'].map(
    (name): ReceivedDocument => ({ name, originals: 1, copies: 0, received: false }),
  ),
];

const applicant = { kind: 'person' as const, name: 'Nguyễn Thị Hoà' };

describe('dossier page: what was received', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('counts and lists only the documents kept, apart from those only shown or not handed in', async () => {
    const d = await receiveDossier(receiveInput(vn('2026-11-20T09:00:00'), applicant, DOCUMENTS));
    renderAt(`/ho-so/${d.id}`);
    const received = await screen.findByRole('heading', { name: 'Giấy tờ đã nhận' }, { timeout: 10_000 });
    const section = received.closest('section')!;
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent).slice(0, 4))).toEqual([
      ['1', 'Tờ khai đăng ký khai sinh', '1', '0'],
      ['2', 'Giấy chứng sinh', '1', '0'],
    ]);
    expect(within(section).getByTestId('shown-only').textContent).toContain('Căn cước của người đi đăng ký');
    const absent = within(section).getByTestId('not-handed-in');
    expect(absent.querySelector('summary')!.textContent).toBe('Giấy tờ khác của trường hợp này, không nộp (6)');
    expect(within(absent).getAllByRole('listitem', { hidden: true })[0]!.textContent).toBe('Văn bản ủy quyền');

    const timeline = screen.getByTestId('timeline');
    const receipt = within(timeline).getAllByRole('listitem').find((li) => li.dataset.event === 'received')!;
    // Two papers kept: not the nine of the case, nor the ID card that went back to the citizen.
    expect(receipt.textContent).toContain('; 2 giấy tờ; 1 bộ.');
  });
});

describe('dossier page: the scans and photos taken at intake', () => {
  const made: { url: string; blob: Blob }[] = [];
  const revoked: string[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

  beforeEach(async () => {
    await freshDatabase();
    made.length = 0;
    revoked.length = 0;
    // jsdom has no object URLs: record what the page asks the browser for.
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${made.length + 1}`;
      made.push({ url, blob });
      return url;
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
  });

  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    vi.useRealTimers();
  });

  it('shows each stored file with a thumbnail or a PDF tile, opens it in a new tab, and frees the URLs on leaving', async () => {
    const blob = (size: number, type: string) => new Blob([new Uint8Array(size)], { type });
    const photo = blob(3000, 'image/jpeg');
    const pdf = blob(5000, 'application/pdf');
    const other = blob(1200, 'image/jpeg');
    const d = await receiveDossier({
      ...receiveInput(vn('2026-11-20T09:00:00'), applicant, DOCUMENTS.slice(0, 2)),
      attachments: [
        { documentIndex: 0, name: 'to-khai.jpg', mime: 'image/jpeg', blob: photo },
        { documentIndex: 1, name: 'giay-chung-sinh.pdf', mime: 'application/pdf', blob: pdf },
        { documentIndex: null, name: 'anh-khac.jpg', mime: 'image/jpeg', blob: other },
      ],
    });
    const view = renderAt(`/ho-so/${d.id}`);
    const section = (await screen.findByRole('heading', { name: 'Giấy tờ đã nhận' }, { timeout: 10_000 })).closest('section')!;
    const links = await waitFor(() => {
      const found = within(section).getAllByRole('link');
      expect(found).toHaveLength(3);
      return found;
    }, { timeout: 5000 });
    const [first, second] = within(section).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('link').textContent).toContain('to-khai.jpg');
    expect(within(second!).getByRole('link').textContent).toContain('giay-chung-sinh.pdf');
    expect(within(second!).getByRole('link').textContent).toContain('PDF');
    expect(section.textContent).toContain('Tệp khác đính kèm khi tiếp nhận:');

    // Each link opens its own stored blob in a new tab; images show it as their thumbnail.
    expect(made.map((m) => [m.blob.size, m.blob.type]).sort()).toEqual([
      [1200, 'image/jpeg'],
      [3000, 'image/jpeg'],
      [5000, 'application/pdf'],
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      const url = a.getAttribute('href')!;
      expect(made.map((m) => m.url)).toContain(url);
      const img = a.querySelector('img');
      if (img) expect(img.getAttribute('src')).toBe(url);
    }
    expect(within(first!).getByRole('link').querySelector('img')).toBeTruthy();
    expect(within(second!).getByRole('link').querySelector('img')).toBeNull();

    view.unmount();
    expect(revoked.sort()).toEqual(made.map((m) => m.url).sort());
  });
});
