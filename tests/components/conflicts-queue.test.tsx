/**
 * The conflict queue's query (src/store/conflicts.ts) on a database without the `conflictAt`
 * index (schema 6: a filter over the rows) and with it (schema 7): the same
 * dossiers, newest conflict first, either way.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveDossier } from '../../src/domain/dossier/lifecycle';
import type { DossierConflict, DossierState } from '../../src/domain/dossier/state';
import { MotcuaDatabase, setDatabase } from '../../src/store/db';
import { conflictCount, conflictRows } from '../../src/store/conflicts';
import { toDossierRow } from '../../src/store/dossierRow';
import { receivedPayload } from '../fixtures';

let n = 0;
function dossier(id: string, code: string, conflictTimes: number[]): DossierState {
  const state = deriveDossier([
    { ...receivedPayload({ dueAt: 2_000_000_000_000, code }), id: `r-${id}`, dossierId: id, deviceId: 'desk-1', officerId: 'o1', hlc: `001700000000000:0000${n++ % 10}:desk-1`, at: 1_700_000_000_000 },
  ]);
  const conflicts: DossierConflict[] = conflictTimes.map((at, i) => ({
    eventId: `${id}-c${i}`,
    type: 'returned',
    officerId: 'o2',
    deviceId: 'tablet-2',
    at,
    hlc: `00${at}:00000:tablet-2`,
    code: 'dossier-closed',
    reason: 'Hồ sơ đã trả kết quả nên đã kết thúc; chỉ còn có thể ghi chú',
    conflictsWith: null,
  }));
  return { ...state, conflicts };
}

describe.each([
  ['without the index (schema 6)', (name: string) => new MotcuaDatabase(name, { upTo: 6 })],
  ['with the conflictAt index (schema 7)', (name: string) => new MotcuaDatabase(name)],
])('conflict queue %s', (_label, open) => {
  let database: MotcuaDatabase;
  beforeEach(async () => {
    database = open(`conflicts-queue-${Date.now()}-${n++}`);
    setDatabase(database);
    await database.dossiers.bulkPut([
      toDossierRow(dossier('a', '000.00.53.H48-261120-0001', [1_700_000_100_000])),
      toDossierRow(dossier('b', '000.00.53.H48-261120-0002', [])),
      toDossierRow(dossier('c', '000.00.53.H48-261120-0003', [1_700_000_050_000, 1_700_000_300_000])),
      // Stored before conflicts existed: no conflicts field at all.
      (({ conflicts: _c, resolvedConflicts: _r, ...old }) => toDossierRow(old as DossierState))(dossier('d', '000.00.53.H48-261120-0004', [])),
    ]);
  });

  it('counts and lists the dossiers with open conflicts, the newest conflict first', async () => {
    expect(database.dossiers.schema.indexes.some((i) => i.name === 'conflictAt')).toBe(_label.startsWith('with the'));
    expect(await conflictCount()).toBe(2);
    const rows = await conflictRows();
    expect(rows.map((r) => [r.id, r.conflictAt])).toEqual([
      ['c', 1_700_000_300_000],
      ['a', 1_700_000_100_000],
    ]);
    expect((await conflictRows(1)).map((r) => r.id)).toEqual(['c']);
  });
});
