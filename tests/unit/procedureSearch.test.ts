/**
 * Procedure search on the real starting catalogue, as an officer types it: the right procedure is
 * listed first, whatever the desk received lately. The catalogue screen and the intake picker
 * must agree (one ranking, src/domain/searchText.ts).
 */
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/data/catalogue/procedures';
import { rankProcedures } from '../../src/features/receive/procedureSearch';
import { searchCatalogue, toProcedureRow, type CatalogueEntry } from '../../src/store/catalogue';
import type { ProcedureUse } from '../../src/store/recentProcedures';

/** As catalogueIndex() builds it: the stored rows' search fields, in Vietnamese alphabetical order. */
const entries: CatalogueEntry[] = procedures
  .map(toProcedureRow)
  .map(({ id, code, name, fieldName, searchText }) => ({ id, code, name, fieldName, searchText }))
  .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

const nameOf = (id: string) => entries.find((e) => e.id === id)?.name;

/** A desk that received many dossiers of these procedures lately (most first). */
function usesOf(...ids: string[]): ProcedureUse[] {
  return ids.map((procedureId, i) => ({ procedureId, count: 50 - i, lastAt: 1_000 - i }));
}

/** Both screens' order for a query, the picker's with the desk's recent use. */
function both(query: string, uses: ProcedureUse[]): { picker: string[]; catalogue: string[] } {
  const counts = new Map(uses.map((u) => [u.procedureId, u.count]));
  return {
    picker: rankProcedures(entries, query, uses).results.map((e) => e.id),
    catalogue: searchCatalogue(entries, query, 100, (e) => counts.get(e.id) ?? 0).results.map((e) => e.id),
  };
}

describe('procedure search on the starting catalogue', () => {
  it('has the procedures the cases below name', () => {
    for (const id of ['1.000656', '1.001193', '1.005461', '2.000884', '2.001008', '1.000894', '1.000593', '2.000635', '2.000815', '2.000908'])
      expect(nameOf(id), id).toBeTruthy();
  });

  // [query, the procedure it must list first, procedures the desk used a lot lately (worse matches)]
  const cases: [string, string, string[]][] = [
    // "tu" must not match the "tục" of "Thủ tục đăng ký khai sinh", the desk's most frequent one.
    ['khai tu', '1.000656', ['1.001193', '1.005461']],
    ['khai tử', '1.000656', ['1.001193', '1.005461']],
    ['dang ky khai tu', '1.000656', ['1.001193', '1.005461', '1.000419']],
    ['Đăng ký khai tử', '1.000656', ['1.005461']],
    ['thu tuc dang ky khai tu', '1.000656', ['1.001193']],
    // The plain signature certification, not the translator's.
    ['chung thuc chu ky', '2.000884', ['2.001008']],
    ['chứng thực chữ ký', '2.000884', ['2.001008']],
    ['chung thuc chu ky nguoi dich', '2.001008', ['2.000884']],
    ['ket hon', '1.000894', ['1.000593', '1.004746']],
    ['dang ky ket hon', '1.000894', ['1.000593']],
    ['ban sao trich luc', '2.000635', ['2.000908', '2.000815']],
    ['trich luc khai sinh', '2.000635', ['1.001193']],
    ['khai sinh', '1.001193', ['1.003583', '1.004884', '2.000635']],
    ['dang ky khai sinh', '1.001193', ['1.004884']],
    ['khai sinh luu dong', '1.003583', ['1.001193']],
    ['chung thuc ban sao', '2.000815', ['2.000908']],
    ['ban sao so goc', '2.000908', ['2.000815']],
    ['giam ho', '1.004837', ['1.004845']],
    ['xac nhan tinh trang hon nhan', '1.004873', ['1.000894']],
    ['thanh lap ho kinh doanh', '1.001612', ['2.000720']],
    // A national code, whole or in part, finds its procedure first.
    ['1.001193', '1.001193', ['1.000656']],
    ['001193', '1.001193', ['1.000656']],
    ['1.000656', '1.000656', ['1.001193']],
    ['2.000884', '2.000884', ['2.001008']],
  ];

  for (const [query, expected, used] of cases) {
    it(`"${query}" lists ${expected} first, though the desk often receives ${used.join(', ')}`, () => {
      const { picker, catalogue } = both(query, usesOf(...used));
      expect(picker[0], nameOf(picker[0] ?? '')).toBe(expected);
      expect(catalogue[0]).toBe(expected);
      expect(catalogue.slice(0, picker.length)).toEqual(picker);
    });
  }

  it('lists only death registrations for "khai tu", plain ones first', () => {
    expect(both('khai tu', []).catalogue).toEqual(['1.000656', '1.005461', '1.000419', '1.001766']);
  });

  it('lets recent use order equally good matches', () => {
    // "dang ky": the three-word names (giám hộ, kết hôn, khai tử, khai sinh…) are equally good.
    expect(both('dang ky', usesOf('1.001193')).picker[0]).toBe('1.001193');
    expect(both('dang ky', usesOf('1.000894')).picker[0]).toBe('1.000894');
    // "kh": any name with a word starting so; the desk's usual one first.
    expect(both('kh', usesOf('1.001193')).picker[0]).toBe('1.001193');
    expect(both('kh', usesOf('1.000656')).picker[0]).toBe('1.000656');
  });

  it('orders the same without recent use', () => {
    for (const [query, expected] of cases) expect(both(query, []).catalogue[0], query).toBe(expected);
  });
});
