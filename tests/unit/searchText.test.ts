import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  compareMatches,
  foldVietnamese,
  indexWords,
  matchesQuery,
  matchQuality,
  prepareQuery,
  searchRanked,
  searchTokens,
  withoutStopPhrases,
} from '../../src/domain/searchText';

const PROCEDURES = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch' },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', field: 'Chứng thực' },
  { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch', field: 'Hộ tịch' },
  { code: '2.000908', name: 'Cấp bản sao từ sổ gốc', field: 'Chứng thực' },
  { code: '1.004746', name: 'Đăng ký khai sinh có yếu tố nước ngoài', field: 'Hộ tịch' },
].map((p) => ({ ...p, searchText: buildSearchText(p.code, p.name, p.field) }));

const names = (query: string) => searchRanked(PROCEDURES, query).results.map((p) => p.name);

describe('foldVietnamese', () => {
  it('drops marks, folds đ, lower-cases and collapses spaces', () => {
    expect(foldVietnamese('  Đăng   ký\tKHAI SINH ')).toBe('dang ky khai sinh');
    expect(foldVietnamese('Trường Sơn Ưng Ơi Đỗ Ð')).toBe('truong son ung oi do d');
    // Composed and decomposed input fold alike.
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'.normalize('NFC')));
  });

  it('splits words but keeps codes whole', () => {
    expect(searchTokens('Đăng ký khai sinh (có yếu tố nước ngoài).')).toEqual(['dang', 'ky', 'khai', 'sinh', 'co', 'yeu', 'to', 'nuoc', 'ngoai']);
    expect(searchTokens('Mã 1.001193; lĩnh vực G03-GD10')).toEqual(['ma', '1.001193', 'linh', 'vuc', 'g03', 'gd10']);
  });
});

describe('matchesQuery', () => {
  const item = PROCEDURES[0]!;

  it('finds a name typed with or without diacritics, in any word order', () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', 'ĐĂNG KÝ', 'sinh khai', 'd k k s', 'ho tich']) {
      expect(matchesQuery(item, q), q).toBe(true);
    }
  });

  it('finds by code, whole or in part', () => {
    expect(matchesQuery(item, '1.001193')).toBe(true);
    expect(matchesQuery(item, '001193')).toBe(true);
    expect(matchesQuery(item, '1.0011')).toBe(true);
  });

  it('requires every token, and short tokens only at word starts', () => {
    expect(matchesQuery(item, 'khai tu')).toBe(false);
    expect(matchesQuery(item, 'ai')).toBe(false); // inside "khai" only
    expect(matchesQuery(item, 'hai')).toBe(true); // 3+ characters: substring allowed
    expect(matchesQuery(item, '')).toBe(true);
  });

  it('ignores "thủ tục": "tu" does not match the "tục" of "Thủ tục đăng ký khai sinh"', () => {
    const named = { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', searchText: buildSearchText('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch') };
    expect(matchesQuery(named, 'khai tu')).toBe(false);
    expect(matchesQuery(named, 'thu tuc dang ky khai sinh')).toBe(true);
    // A query of nothing but the stop phrase still finds the names that carry it.
    expect(matchesQuery(named, 'thủ tục')).toBe(true);
    expect(matchesQuery(PROCEDURES[0]!, 'thủ tục')).toBe(false);
  });

  it('accepts a prepared query', () => {
    expect(matchesQuery(item, prepareQuery('Khai Sinh'))).toBe(true);
  });
});

describe('stop phrases', () => {
  it('drops "thu tuc" as a phrase only', () => {
    expect(withoutStopPhrases(['thu', 'tuc', 'dang', 'ky'])).toEqual(['dang', 'ky']);
    expect(withoutStopPhrases(['thu', 'tu'])).toEqual(['thu', 'tu']);
    expect(prepareQuery('Thủ tục khai tử').tokens).toEqual(['khai', 'tu']);
    expect(prepareQuery('thủ tục').tokens).toEqual(['thu', 'tuc']);
  });
});

describe('matchQuality and searchRanked', () => {
  it('puts the code first, then whole words, word starts, the field, inside a word', () => {
    const item = PROCEDURES[0]!;
    const q = (query: string) => matchQuality(item, query)!;
    const ordered = [q('1.001193'), q('1.0011'), q('001193'), q('khai sinh'), q('khai si'), q('ho tich'), q('hai sinh')];
    for (let i = 1; i < ordered.length; i++) expect(compareMatches(ordered[i - 1]!, ordered[i]!), `step ${i}`).toBeLessThan(0);
    expect(matchQuality(item, 'ket hon')).toBeNull();
  });

  it('prefers a phrase, then fewer unexplained words, then the shorter name', () => {
    expect(names('khai sinh')).toEqual(['Đăng ký khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài']);
    expect(names('1.001193')).toEqual(['Đăng ký khai sinh']);
    expect(names('ban sao')[0]).toBe('Cấp bản sao từ sổ gốc');
    expect(names('dang ky')).toEqual(['Đăng ký kết hôn', 'Đăng ký khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài']);
    expect(names('')).toHaveLength(PROCEDURES.length);
  });

  it('lets recent use order equally good matches only', () => {
    const uses = (name: string) => (item: { name: string }) => (item.name === name ? 10 : 0);
    // "dang ky": the two three-word names are equally good; the used one goes first.
    expect(searchRanked(PROCEDURES, 'dang ky', { useCount: uses('Đăng ký khai sinh') }).results[0]?.name).toBe('Đăng ký khai sinh');
    // "khai sinh": the longer name is a worse match, and stays second however often it is used.
    expect(searchRanked(PROCEDURES, 'khai sinh', { useCount: uses('Đăng ký khai sinh có yếu tố nước ngoài') }).results.map((p) => p.name)).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký khai sinh có yếu tố nước ngoài',
    ]);
  });

  it('counts every match and returns at most the limit', () => {
    const found = searchRanked(PROCEDURES, 'dang ky', { limit: 1 });
    expect(found.total).toBe(3);
    expect(found.results).toHaveLength(1);
  });
});

describe('indexWords', () => {
  it('indexes folded words, and parts of a dossier code from each separator on', () => {
    const words = indexWords('000.00.53.H48-261123-0001 Trần Thị Bích Ngọc 079190012345');
    expect(words).toEqual(expect.arrayContaining(['tran', 'thi', 'bich', 'ngoc', '079190012345', '261123', '0001', '000.00.53.h48', '53.h48', 'h48']));
    // Each word once, so the multi-entry index holds one entry per word.
    expect(new Set(words).size).toBe(words.length);
  });
});
