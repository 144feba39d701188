import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MotcuaDatabase } from '../../src/store/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA } from '../../src/store/schema';
import type { DossierState } from '../../src/domain/dossier/state';
import type { DossierEvent } from '../../src/domain/dossier/events';

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

  it('derives every row again at version 5: apology deadline, near-due start, result at the desk out of the due queues', async () => {
    const name = `migrate5-${Date.now()}`;
    const v4 = new MotcuaDatabase(name, { upTo: 4 });
    await v4.open();
    const at = (iso: string) => Date.parse(`${iso}+07:00`);
    const terms = {
      procedureVersion: '1.001193@2025-07-01',
      procedureId: '1.001193',
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      fieldCode: null,
      fieldName: 'Hộ tịch',
      timeLimit: { amount: 3, unit: 'working-days' as const },
      formRegime: 'tt03-2025' as const,
    };
    // Events as version 4 wrote them: no apology deadline, no recorded pause decisions.
    const meta = (id: string, dossierId: string, iso: string) => ({ id, dossierId, deviceId: 'dev', officerId: 'o', hlc: `${iso}-${id}`, at: at(iso) });
    const receipt = (dossierId: string, iso: string, dueIso: string, code: string): DossierEvent => ({
      ...meta(`${dossierId}-r`, dossierId, iso),
      type: 'received',
      code,
      terms,
      caseId: null,
      channel: 'desk',
      applicant: { kind: 'person', name: 'Lê Thị A' },
      documents: [],
      sets: 1,
      feeVnd: 0,
      returnMethod: 'desk',
      dueAt: at(dueIso),
    });
    const events: DossierEvent[] = [
      receipt('d1', '2026-11-23T09:00:00', '2026-11-26T17:00:00', '000.00.53.H48-261123-0001'),
      receipt('d2', '2026-11-20T09:00:00', '2026-11-25T17:00:00', '000.00.53.H48-261120-0001'),
      { ...meta('d2-a', 'd2', '2026-11-24T09:00:00'), type: 'approved', signer: 'Chủ tịch' },
      { ...meta('d2-b', 'd2', '2026-11-24T10:00:00'), type: 'result-ready' },
    ];
    await v4.table('events').bulkAdd(events);
    const oldRow = (id: string, code: string, receivedAt: number, dueAt: number, extra: Partial<DossierState> = {}) => {
      const { apologyDueAt: _a, dueSetAt: _s, ...state } = { ...base, id, code, receivedAt, dueAt, originalDueAt: dueAt, ...extra };
      return { ...state, applicantIdNumber: null, searchText: 'le thi a', searchWords: ['le', 'thi', 'a'], openDueAt: dueAt, unapologisedDueAt: dueAt };
    };
    await v4.table('dossiers').bulkAdd([
      oldRow('d1', '000.00.53.H48-261123-0001', at('2026-11-23T09:00:00'), at('2026-11-26T17:00:00')),
      oldRow('d2', '000.00.53.H48-261120-0001', at('2026-11-20T09:00:00'), at('2026-11-25T17:00:00'), { status: 'result-ready', resolvedAt: at('2026-11-24T10:00:00'), timeliness: 'early' }),
    ]);
    v4.close();

    const current = new MotcuaDatabase(name);
    await current.open();
    const d1 = await current.dossiers.get('d1');
    expect(d1).toMatchObject({ apologyDueAt: at('2026-11-25T17:00:00'), dueSetAt: at('2026-11-23T09:00:00'), unapologisedDueAt: at('2026-11-25T17:00:00'), openDueAt: at('2026-11-26T17:00:00') });
    const d2 = await current.dossiers.get('d2');
    expect(d2).toMatchObject({ status: 'result-ready', timeliness: 'early' });
    expect(d2).not.toHaveProperty('openDueAt');
    expect(d2).not.toHaveProperty('unapologisedDueAt');
    expect(await current.dossiers.where('unapologisedDueAt').below(at('2026-11-26T09:00:00')).primaryKeys()).toEqual(['d1']);
    current.close();
  });

  it("builds the figures' monthly blocks from the stored events at version 8", async () => {
    const name = `migrate8-${Date.now()}`;
    const v7 = new MotcuaDatabase(name, { upTo: 7 });
    await v7.open();
    const at = (iso: string) => Date.parse(`${iso}+07:00`);
    const meta = (id: string, dossierId: string, iso: string) => ({ id, dossierId, deviceId: 'dev', officerId: 'o', hlc: `${iso}-${id}`, at: at(iso) });
    const receipt = (dossierId: string, iso: string, dueIso: string): DossierEvent => ({
      ...meta(`${dossierId}-r`, dossierId, iso),
      type: 'received',
      code: `000.00.53.H48-${dossierId}`,
      terms: { procedureVersion: 'v', procedureId: '1.001193', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldCode: null, fieldName: 'Hộ tịch', timeLimit: { amount: 3, unit: 'working-days' }, formRegime: 'tt03-2025' },
      caseId: null,
      channel: 'desk',
      applicant: { kind: 'person', name: 'Lê Thị A' },
      documents: [],
      sets: 1,
      feeVnd: 0,
      returnMethod: 'desk',
      dueAt: at(dueIso),
      apologyDueAt: null,
    });
    await v7.table('events').bulkAdd([
      receipt('d1', '2026-10-30T09:00:00', '2026-11-04T17:00:00'),
      receipt('d2', '2026-11-23T09:00:00', '2026-11-26T17:00:00'),
      { ...meta('d2-a', 'd2', '2026-11-24T09:00:00'), type: 'approved', signer: 'Chủ tịch' },
      { ...meta('d2-b', 'd2', '2026-11-24T10:00:00'), type: 'result-ready' },
    ]);
    await v7.table('dossiers').bulkAdd([{ id: 'd1' }, { id: 'd2' }]);
    v7.close();

    const current = new MotcuaDatabase(name);
    await current.open();
    const blocks = await current.statBlocks.toArray();
    expect(blocks.map((b) => [b.month, b.ids, b.n, b.until])).toEqual([
      ['2026-10', 'd1', 1, Number.MAX_SAFE_INTEGER],
      ['2026-11', 'd2', 1, at('2026-11-24T10:00:00')],
    ]);
    current.close();
  });

  it('creates every table on a new device', async () => {
    const database = new MotcuaDatabase(`new-${Date.now()}`);
    await database.open();
    expect(database.tables.map((t) => t.name).sort()).toEqual(['attachments', 'counters', 'dossiers', 'drafts', 'events', 'outbox', 'procedures', 'settings', 'statBlocks', 'visits']);
    database.close();
  });
});
