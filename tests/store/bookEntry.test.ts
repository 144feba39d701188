/** The tracking book's volume and entry number, given at receipt (Mẫu 01 prints them). */
import { beforeEach, describe, expect, it } from 'vitest';
import { dossierHistory, receiveDossier } from '../../src/store/dossiers';
import { saveSettings } from '../../src/store/settings';
import { parseBookEntry } from '../../src/domain/trackingBook';
import { freshDatabase, receiveInput, vn } from './helpers';

const input = (at: number) => receiveInput(at, { kind: 'person', name: 'Lê Thị Hoa' });

async function entryOf(at: number) {
  const state = await receiveDossier(input(at));
  const [received] = await dossierHistory(state.id);
  return received?.type === 'received' ? received.bookEntry : undefined;
}

describe('tracking book entry at receipt', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('numbers entries through the year, across days, and starts a new volume each year', async () => {
    expect(await entryOf(vn('2026-11-20T09:00:00'))).toBe('2026/1');
    expect(await entryOf(vn('2026-11-20T10:00:00'))).toBe('2026/2');
    // The code's sequence restarts the next day; the book does not.
    expect(await entryOf(vn('2026-11-23T08:00:00'))).toBe('2026/3');
    expect(await entryOf(vn('2027-01-04T08:00:00'))).toBe('2027/1');
  });

  it('keeps one volume per device when the commune has several', async () => {
    await saveSettings({ deviceSlot: 1, slotCount: 3 });
    expect(await entryOf(vn('2026-11-20T09:00:00'))).toBe('2026-2/1');
    expect(parseBookEntry('2026-2/1')).toEqual({ volume: '2026-2', entry: 1 });
  });
});
