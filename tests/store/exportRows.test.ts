/** Rows for an export: those asked for, in the order asked, whichever way they are read. */
import { beforeEach, describe, expect, it } from 'vitest';
import { dossierRowsInOrder } from '../../src/store/exportRows';
import { freshDatabase, receiveInput, vn } from './helpers';
import { receiveDossier } from '../../src/store/dossiers';

let ids: string[] = [];

beforeEach(async () => {
  await freshDatabase();
  ids = [];
  for (let i = 0; i < 12; i++) {
    const d = await receiveDossier(receiveInput(vn(`2026-11-${String(10 + i)}T09:00:00`), { kind: 'person', name: `Người ${i}` }));
    ids.push(d.id);
  }
});

describe('dossierRowsInOrder', () => {
  it('reads most of the table in key order and hands the rows back in the order asked', async () => {
    const wanted = [...ids].reverse().filter((_, i) => i !== 3);
    const rows = await dossierRowsInOrder(wanted, 2); // 11 of 12 rows, slices of 8: the scan
    expect(rows.map((r) => r.id)).toEqual(wanted);
  });

  it('reads a few rows by key, in slices, leaving out an id that is gone', async () => {
    const wanted = [ids[7]!, 'gone', ids[2]!, ids[5]!];
    const rows = await dossierRowsInOrder(wanted, 2);
    expect(rows.map((r) => r.applicant.name)).toEqual(['Người 7', 'Người 2', 'Người 5']);
  });
});
