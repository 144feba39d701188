import { beforeEach, describe, expect, it } from 'vitest';
import { db, MotcuaDatabase } from '../../src/store/db';
import { visitSearchWords } from '../../src/store/visitRow';
import { CURRENT_SCHEMA_VERSION } from '../../src/store/schema';
import { visitPage, type VisitListFilter } from '../../src/store/visitList';
import { recordVisit, type VisitInput } from '../../src/store/visits';
import { freshDatabase, TEST_PROCEDURE, vn } from './helpers';

const ALL: VisitListFilter = { outcome: null, from: null, to: null, text: '' };

const visit = (at: number, extra: Partial<VisitInput> = {}): VisitInput => ({
  outcome: 'guidance',
  procedureId: TEST_PROCEDURE.id,
  procedureCode: TEST_PROCEDURE.code,
  procedureName: TEST_PROCEDURE.name,
  applicant: { kind: 'person', name: 'Người Thử', idNumber: null },
  missing: [],
  reason: '',
  at,
  ...extra,
});

describe('visits list', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('pages newest first and says when older visits remain, also when a filter skips most rows', async () => {
    // 120 visits, one an hour; every tenth is a refusal.
    for (let i = 0; i < 120; i++) {
      await recordVisit(visit(vn('2026-11-01T08:00:00') + i * 3_600_000, { outcome: i % 10 === 0 ? 'refusal' : 'guidance' }));
    }
    const first = (await visitPage(ALL, 50))!;
    expect(first.rows).toHaveLength(50);
    expect(first.more).toBe(true);
    expect(first.rows[0]!.at).toBe(vn('2026-11-01T08:00:00') + 119 * 3_600_000);
    expect(first.rows.every((v, i) => i === 0 || v.at < first.rows[i - 1]!.at)).toBe(true);

    const refusals = (await visitPage({ ...ALL, outcome: 'refusal' }, 5))!;
    expect(refusals.rows.map((v) => v.outcome)).toEqual(Array(5).fill('refusal'));
    expect(refusals.more).toBe(true);
    const allRefusals = (await visitPage({ ...ALL, outcome: 'refusal' }, 50))!;
    expect(allRefusals.rows).toHaveLength(12);
    expect(allRefusals.more).toBe(false);
  });

  it('finds old visits as well as recent ones, in order, when they are years apart', async () => {
    // 40 visits 20 days apart (over two years), plus two at the same instant.
    const start = vn('2024-01-02T08:00:00');
    for (let i = 0; i < 40; i++) await recordVisit(visit(start + i * 20 * 86_400_000, { applicant: { kind: 'person', name: i % 4 === 0 ? `Lê Văn Bình ${i}` : `Người ${i}` } }));
    await recordVisit(visit(start, { applicant: { kind: 'person', name: 'Lê Văn Bình cùng lúc' } }));
    const all = (await visitPage(ALL, 100))!;
    expect(all.rows).toHaveLength(41);
    expect(all.rows.every((v, i) => i === 0 || v.at <= all.rows[i - 1]!.at)).toBe(true);
    const binh = (await visitPage({ ...ALL, text: 'le van binh' }, 100))!;
    expect(binh.rows.map((v) => v.applicant.name).sort()).toEqual([...[0, 4, 8, 12, 16, 20, 24, 28, 32, 36].map((i) => `Lê Văn Bình ${i}`), 'Lê Văn Bình cùng lúc'].sort());
    const oldest = (await visitPage({ ...ALL, text: 'binh' }, 3))!;
    expect(oldest.rows.map((v) => v.applicant.name)).toEqual(['Lê Văn Bình 36', 'Lê Văn Bình 32', 'Lê Văn Bình 28']);
    expect(oldest.more).toBe(true);
    const firstYear = (await visitPage({ ...ALL, from: '2024-01-02', to: '2024-01-02' }, 100))!;
    expect(firstYear.rows).toHaveLength(2);
  });

  it('walks the time index when a search matches many visits', async () => {
    const start = vn('2026-01-05T08:00:00');
    const rows = Array.from({ length: 700 }, (_, i) => {
      const applicant = { kind: 'person' as const, name: i % 7 === 0 ? `Trần Văn ${i}` : `Nguyễn Văn ${i}` };
      return {
        ...visit(start + i * 3_600_000, { applicant, outcome: i % 2 === 0 ? 'guidance' : 'refusal' }),
        at: start + i * 3_600_000,
        id: `v${String(i).padStart(4, '0')}`,
        officerId: 'o',
        officerName: 'O',
        deviceId: 'd',
        searchWords: visitSearchWords(applicant),
      };
    });
    await db().visits.bulkAdd(rows);
    const nguyen = (await visitPage({ ...ALL, text: 'nguyen van' }, 50))!;
    expect(nguyen.more).toBe(true);
    expect(nguyen.rows.map((v) => v.id)).toEqual(rows.filter((r) => r.applicant.name.startsWith('Nguyễn')).reverse().slice(0, 50).map((r) => r.id));
    const guidedNguyen = (await visitPage({ ...ALL, text: 'nguyen', outcome: 'guidance', from: '2026-01-10', to: '2026-01-31' }, 1000))!;
    expect(guidedNguyen.more).toBe(false);
    expect(guidedNguyen.rows.map((v) => v.id)).toEqual(
      rows
        .filter((r) => r.applicant.name.startsWith('Nguyễn') && r.outcome === 'guidance' && r.at >= vn('2026-01-10T00:00:00') && r.at < vn('2026-02-01T00:00:00'))
        .reverse()
        .map((r) => r.id),
    );
  });

  it('keeps a period of Vietnam days, both ends included', async () => {
    await recordVisit(visit(vn('2026-11-19T23:59:00')));
    await recordVisit(visit(vn('2026-11-20T00:00:00')));
    await recordVisit(visit(vn('2026-11-21T23:59:59')));
    await recordVisit(visit(vn('2026-11-22T00:00:00')));
    const page = (await visitPage({ ...ALL, from: '2026-11-20', to: '2026-11-21' }, 50))!;
    expect(page.rows.map((v) => v.at)).toEqual([vn('2026-11-21T23:59:59'), vn('2026-11-20T00:00:00')]);
    expect(await visitPage({ ...ALL, from: '2026-02-30' }, 50)).toBeNull();
  });

  it('finds an applicant by name without diacritics or by the start of the ID number', async () => {
    await recordVisit(visit(vn('2026-11-20T09:00:00'), { applicant: { kind: 'person', name: 'Đặng Quốc Huy', idNumber: '079090001234' } }));
    await recordVisit(visit(vn('2026-11-20T10:00:00'), { applicant: { kind: 'person', name: 'Trần Thị Lan', idNumber: '001190009999' } }));
    const names = async (text: string) => (await visitPage({ ...ALL, text }, 50))!.rows.map((v) => v.applicant.name);
    expect(await names('dang quoc huy')).toEqual(['Đặng Quốc Huy']);
    expect(await names('huy dang')).toEqual(['Đặng Quốc Huy']);
    expect(await names('079090')).toEqual(['Đặng Quốc Huy']);
    expect(await names('0011')).toEqual(['Trần Thị Lan']);
    expect(await names('001190009999')).toEqual(['Trần Thị Lan']);
    expect(await names('nguyen')).toEqual([]);
  });

  it('counts the guidance an applicant had for the same procedure', async () => {
    const huy = { kind: 'person' as const, name: 'Đặng Quốc Huy', idNumber: '079090001234' };
    const first = await recordVisit(visit(vn('2026-11-02T09:00:00'), { applicant: huy }));
    const second = await recordVisit(visit(vn('2026-11-10T09:00:00'), { applicant: huy }));
    const otherProcedure = await recordVisit(visit(vn('2026-11-11T09:00:00'), { applicant: huy, procedureId: '1.000894', procedureName: 'Đăng ký kết hôn' }));
    const refusal = await recordVisit(visit(vn('2026-11-12T09:00:00'), { applicant: huy, outcome: 'refusal' }));
    const noId = await recordVisit(visit(vn('2026-11-13T09:00:00')));
    // Only the newest row is on the page: the count still reads the older visits.
    const top = (await visitPage(ALL, 1))!;
    expect(top.rows[0]!.id).toBe(noId.id);
    expect(top.guidanceCount).toEqual({});
    const page = (await visitPage(ALL, 50))!;
    expect(page.guidanceCount).toEqual({ [first.id]: 2, [second.id]: 2, [otherProcedure.id]: 1, [refusal.id]: 2 });
  });
});

describe('schema version 6', () => {
  it('indexes visits stored before it by ID number and by the words of the name', async () => {
    const name = `visits-migrate-${Date.now()}`;
    const v4 = new MotcuaDatabase(name, { upTo: 4 });
    await v4.open();
    await v4.visits.add({ ...visit(1_000, { applicant: { kind: 'person', name: 'Trần Thị A', idNumber: '001190000001' } }), at: 1_000, id: 'v1', officerId: 'o', officerName: 'O', deviceId: 'd' });
    v4.close();
    const current = new MotcuaDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.visits.where('applicant.idNumber').equals('001190000001').primaryKeys()).toEqual(['v1']);
    // The name's words are computed for visits written before the search index existed.
    expect(await current.visits.where('searchWords').startsWith('tran').primaryKeys()).toEqual(['v1']);
    current.close();
  });
});
