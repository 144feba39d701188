import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS } from '../../src/domain/deskSettings';
import type { Procedure } from '../../src/domain/procedure';
import { db } from '../../src/store/db';
import { dossierListIds, dossierProcedures, dossierRows, type ListClock } from '../../src/store/dossierList';
import { toDossierRow, type DossierRow } from '../../src/store/dossierRow';
import { rulesFor } from '../../src/domain/deskSettings';
import { addDossierEvent, receiveDossier, type ReceiveInput } from '../../src/store/dossiers';
import { queueRows } from '../../src/store/queues';
import { freshDatabase, TEST_PROCEDURE, vn } from './helpers';

const CERTIFY: Procedure = {
  ...TEST_PROCEDURE,
  id: '2.000815',
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  field: { code: null, name: 'Chứng thực' },
};

const input = (at: number, name: string, idNumber: string | null = null, procedure = TEST_PROCEDURE): ReceiveInput => ({
  procedure,
  caseId: 'c1',
  channel: 'desk',
  applicant: { kind: 'person', name, idNumber },
  documents: [],
  sets: 1,
  feeVnd: 0,
  returnMethod: 'desk',
  at,
});

const rules = rulesFor(DEFAULT_DESK_SETTINGS);
// Thursday 26 Nov 2026, 10:00.
const clock: ListClock = { now: vn('2026-11-26T10:00:00'), rules, nearDueWorkingDays: 1 };

describe('dossier list queries (few dossiers)', () => {
  let hoa: DossierRow, binh: DossierRow, cuong: DossierRow, dung: DossierRow;

  beforeEach(async () => {
    await freshDatabase();
    // Due Wed 25 Nov (overdue on the 26th), due Thu 26, due Tue 1 Dec, and a certification.
    const a = await receiveDossier(input(vn('2026-11-20T09:00:00'), 'Nguyễn Thị Hoà', '001190012345'));
    const b = await receiveDossier(input(vn('2026-11-23T09:00:00'), 'Trần Văn Bình'));
    const c = await receiveDossier(input(vn('2026-11-26T08:00:00'), 'Lê Văn Cường'));
    const d = await receiveDossier(input(vn('2026-11-24T09:00:00'), 'Phạm Thị Dung', null, CERTIFY));
    await addDossierEvent(b.id, { type: 'supplement-requested', items: [{ name: 'Giấy chứng sinh', originals: 1, copies: 0 }], reason: 'Thiếu', requestedBy: 'desk' }, vn('2026-11-24T09:00:00'));
    [hoa, binh, cuong, dung] = (await dossierRows([a.id, b.id, c.id, d.id])) as [DossierRow, DossierRow, DossierRow, DossierRow];
  });

  it('lists every dossier, newest received first', async () => {
    expect(await dossierListIds({}, clock)).toEqual([cuong.id, dung.id, binh.id, hoa.id]);
  });

  it('filters by status, procedure, field and period', async () => {
    expect(await dossierListIds({ status: 'awaiting-supplement' }, clock)).toEqual([binh.id]);
    expect(await dossierListIds({ procedureId: CERTIFY.id }, clock)).toEqual([dung.id]);
    expect(await dossierListIds({ fieldName: 'Hộ tịch' }, clock)).toEqual([cuong.id, binh.id, hoa.id]);
    expect(await dossierListIds({ from: '2026-11-23', to: '2026-11-24' }, clock)).toEqual([dung.id, binh.id]);
    expect(await dossierListIds({ from: '2026-11-24' }, clock)).toEqual([cuong.id, dung.id]);
    // A period that ends before it starts matches nothing, rather than being ignored.
    expect(await dossierListIds({ from: '2026-11-25', to: '2026-11-24' }, clock)).toEqual([]);
  });

  it('finds a name typed without diacritics, an ID number and a whole code', async () => {
    expect(await dossierListIds({ text: 'nguyen thi hoa' }, clock)).toEqual([hoa.id]);
    expect(await dossierListIds({ text: 'thi' }, clock)).toEqual([dung.id, hoa.id]);
    expect(await dossierListIds({ text: '001190012345' }, clock)).toEqual([hoa.id]);
    expect(await dossierListIds({ text: cuong.code.toLowerCase() }, clock)).toEqual([cuong.id]);
    expect(await dossierListIds({ text: 'khong co ai' }, clock)).toEqual([]);
  });

  it('finds a scanned code, whole or any tail of it, and only that dossier', async () => {
    // Each day's sequence restarts: every dossier here is -0001 of its day.
    const code = cuong.code; // e.g. 000.00.53.H48-261126-0001
    const tail = code.slice(code.indexOf('-') + 1); // 261126-0001
    expect(tail).toBe('261126-0001');
    expect(await dossierListIds({ text: code }, clock)).toEqual([cuong.id]);
    expect(await dossierListIds({ text: `  ${code}  ` }, clock)).toEqual([cuong.id]);
    expect(await dossierListIds({ text: tail }, clock)).toEqual([cuong.id]);
    // A tail that starts inside the agency's identifier ("H48-261126-0001", "48-261126-0001").
    for (const cut of [code.lastIndexOf('.') + 1, code.indexOf('-') - 2]) {
      expect(await dossierListIds({ text: code.slice(cut) }, clock), code.slice(cut)).toEqual([cuong.id]);
    }
    // Another day's code with the same sequence is another dossier.
    expect(await dossierListIds({ text: dung.code.slice(dung.code.indexOf('-') + 1) }, clock)).toEqual([dung.id]);
    expect(await dossierListIds({ text: code.replace('-0001', '-0002') }, clock)).toEqual([]);
  });

  it('finds a dossier received after an earlier search (the search texts are kept in memory)', async () => {
    expect(await dossierListIds({ text: 'hoa' }, clock)).toEqual([hoa.id]);
    const second = await receiveDossier(input(vn('2026-11-26T09:00:00'), 'Đặng Văn Hoà'));
    expect(await dossierListIds({ text: 'hoa' }, clock)).toEqual([second.id, hoa.id]);
  });

  it('answers the queues as the home screen counts them', async () => {
    expect(await dossierListIds({ queue: 'overdue' }, clock)).toEqual([hoa.id]);
    expect(await dossierListIds({ queue: 'overdueWithoutApology' }, clock)).toEqual(
      (await queueRows('overdueWithoutApology', clock.now, rules, 1)).map((r) => r.id),
    );
    expect(await dossierListIds({ queue: 'receivedToday' }, clock)).toEqual([cuong.id]);
    expect(await dossierListIds({ queue: 'awaitingSupplement' }, clock)).toEqual([binh.id]);
    // Near due: by the close of Fri 27 Nov: the certification (received Tue 24, due Fri 27).
    expect(await dossierListIds({ queue: 'nearDue' }, clock)).toEqual([dung.id]);
    // Queues combine with the other filters.
    expect(await dossierListIds({ queue: 'overdue', text: 'binh' }, clock)).toEqual([]);
  });

  it('offers the procedures and fields the device holds dossiers of', async () => {
    const options = await dossierProcedures();
    expect(options.map((p) => [p.name, p.fieldName])).toEqual([
      ['Chứng thực bản sao từ bản chính', 'Chứng thực'],
      ['Đăng ký khai sinh', 'Hộ tịch'],
    ]);
  });
});

describe('dossier list queries (many dossiers)', () => {
  // More than the list reads as whole rows (every set below is larger), so the key-set path runs.
  const N = 8000;

  beforeAll(async () => {
    await freshDatabase();
    const template = toDossierRow(await receiveDossier(input(vn('2026-01-05T09:00:00'), 'Mẫu')));
    await db().dossiers.clear();
    const rows: DossierRow[] = [];
    for (let i = 0; i < N; i++) {
      const receivedAt = vn('2026-01-05T09:00:00') + i * 3_600_000;
      rows.push(
        toDossierRow({
          ...template,
          id: `d-${String(i).padStart(5, '0')}`,
          code: `000.00.53.H48-260105-${String(i).padStart(4, '0')}`,
          status: i % 2 === 0 ? 'processing' : 'returned',
          applicant: { kind: 'person', name: i % 10 === 7 || i % 10 === 8 ? `Đỗ Thị Hằng ${i}` : `Nguyễn Văn ${i}` },
          receivedAt,
          dueAt: receivedAt + 5 * 86_400_000,
        }),
      );
    }
    await db().dossiers.bulkAdd(rows);
  });

  it('filters by status from the index, newest first', async () => {
    const ids = await dossierListIds({ status: 'processing' }, clock);
    expect(ids).toHaveLength(N / 2);
    expect(ids[0]).toBe('d-07998');
    expect(ids.at(-1)).toBe('d-00000');
  });

  it('searches the folded text over all rows, and within a status', async () => {
    const all = await dossierListIds({ text: 'do thi hang' }, clock);
    expect(all).toHaveLength(N / 5);
    expect(all.slice(0, 3)).toEqual(['d-07998', 'd-07997', 'd-07988']);
    const returned = await dossierListIds({ text: 'hang', status: 'returned' }, clock);
    expect(returned).toHaveLength(N / 10);
    expect(returned.every((id) => Number(id.slice(2)) % 10 === 7)).toBe(true);
  });

  it('combines a period with a status on large sets', async () => {
    const ids = await dossierListIds({ from: '2026-01-05', to: '2026-06-30', status: 'returned' }, clock);
    const rows = (await dossierRows(ids)) as DossierRow[];
    expect(rows.length).toBeGreaterThan(2000);
    expect(rows.every((r) => r.status === 'returned' && r.receivedAt < vn('2026-07-01T00:00:00'))).toBe(true);
    expect(rows.map((r) => r.receivedAt)).toEqual([...rows.map((r) => r.receivedAt)].sort((a, b) => b - a));
  });
});
