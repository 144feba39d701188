import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MotcuaDatabase } from '../../src/store/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA } from '../../src/store/schema';
import type { DossierState } from '../../src/domain/dossier/state';

const base: DossierState = {
  id: 'd1',
  code: '000.00.53.H48-261120-0001',
  status: 'received',
  procedureId: '1.001193',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  procedureVersion: '1.001193@2025-07-01',
  fieldCode: null,
  fieldName: 'Hộ tịch',
  channel: 'desk',
  applicant: { kind: 'person', name: 'Lê Thị A', idNumber: '001190000001' },
  receivedAt: 1_000,
  originalDueAt: 5_000,
  dueAt: 5_000,
  apologyDueAt: null,
  dueSetAt: 1_000,
  pausedSince: null,
  apologisedAt: null,
  resolvedAt: null,
  timeliness: null,
  returnMethod: 'desk',
  currentUnit: { kind: 'desk', name: 'Bộ phận một cửa' },
  handOffs: [],
  rating: null,
  eventCount: 1,
  lastHlc: 'x',
  updatedAt: 1_000,
};

describe('schema migrations', () => {
  it('lists versions in increasing order', () => {
    const versions = SCHEMA.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('upgrades dossiers stored under version 1 so the queue indexes find them', async () => {
    const name = `migrate-${Date.now()}`;
    const v1 = new MotcuaDatabase(name, { upTo: 1 });
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('dossiers').bulkAdd([
      { ...base, applicantIdNumber: '001190000001', searchText: 'x' },
      { ...base, id: 'd2', code: '000.00.53.H48-261120-0002', status: 'returned', resolvedAt: 4_000, applicantIdNumber: null, searchText: 'y' },
      { ...base, id: 'd3', code: '000.00.53.H48-261120-0003', apologisedAt: 3_000, dueAt: 9_000, applicantIdNumber: null, searchText: 'z' },
    ]);
    v1.close();

    const current = new MotcuaDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    // Open dossiers are in the due-date queue; the finished one is not.
    expect((await current.dossiers.where('openDueAt').below(Infinity).primaryKeys()).sort()).toEqual(['d1', 'd3']);
    // The apologised one has left the "no apology yet" queue.
    expect(await current.dossiers.where('unapologisedDueAt').below(Infinity).primaryKeys()).toEqual(['d1']);
    // The list's compound index (version 4) covers the upgraded records, in receipt order.
    expect(await current.dossiers.where('[status+receivedAt]').between(['received', Dexie.minKey], ['received', Dexie.maxKey]).primaryKeys()).toEqual(['d1', 'd3']);
    // Nothing else about the records changed.
    expect((await current.dossiers.get('d2'))?.status).toBe('returned');
    expect((await current.dossiers.get('d1'))?.applicant.name).toBe('Lê Thị A');
    current.close();
  });

  it('creates every table on a new device', async () => {
    const database = new MotcuaDatabase(`new-${Date.now()}`);
    await database.open();
    expect(database.tables.map((t) => t.name).sort()).toEqual(['attachments', 'counters', 'dossiers', 'drafts', 'events', 'outbox', 'procedures', 'settings', 'visits']);
    database.close();
  });
});
