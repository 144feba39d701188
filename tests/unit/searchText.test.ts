import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  foldVietnamese,
  indexWords,
  matchesQuery,
  NO_MATCH,
  prepareQuery,
  rankMatch,
  searchRanked,
  searchTokens,
} from '../../src/domain/searchText';

const PROCEDURES = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch' },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', field: 'Chứng thực' },
  { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch', field: 'Hộ tịch' },
  { code: '2.000908', name: 'Cấp bản sao từ sổ gốc', field: 'Chứng thực' },
  { code: '1.004746', name: 'Đăng ký khai sinh có yếu tố nước ngoài', field: 'Hộ tịch' },
].map((p) => ({ ...p, searchText: buildSearchText(p.code, p.name, p.field) }));

const names = (query: string) => searchRanked(PROCEDURES, query).map((p) => p.name);

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
  const hay = buildSearchText('1.001193', 'Đăng ký khai sinh', 'Hộ tịch');

  it('finds a name typed with or without diacritics, in any word order', () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', 'ĐĂNG KÝ', 'sinh khai', 'd k k s', 'ho tich']) {
      expect(matchesQuery(hay, q)).toBe(true);
    }
  });

  it('finds by code, whole or in part', () => {
    expect(matchesQuery(hay, '1.001193')).toBe(true);
    expect(matchesQuery(hay, '001193')).toBe(true);
    expect(matchesQuery(hay, '1.0011')).toBe(true);
  });

  it('requires every token, and short tokens only at word starts', () => {
    expect(matchesQuery(hay, 'khai tu')).toBe(false);
    expect(matchesQuery(hay, 'ai')).toBe(false); // inside "khai" only
    expect(matchesQuery(hay, 'hai')).toBe(true); // 3+ characters: substring allowed
    expect(matchesQuery(hay, '')).toBe(true);
  });

  it('accepts a prepared query', () => {
    expect(matchesQuery(hay, prepareQuery('Khai Sinh'))).toBe(true);
  });
});

describe('rankMatch', () => {
  it('puts an exact code first, then name prefix, word prefix, substring', () => {
    const item = PROCEDURES[0]!;
    const exact = rankMatch(item, '1.001193');
    const namePrefix = rankMatch(item, 'dang ky khai');
    const wordPrefix = rankMatch(item, 'khai sinh');
    const fieldWord = rankMatch(item, 'ho tich');
    const substring = rankMatch(item, 'hai sinh');
    expect(exact).toBeLessThan(namePrefix);
    expect(namePrefix).toBeLessThan(wordPrefix);
    expect(wordPrefix).toBeLessThan(fieldWord);
    expect(fieldWord).toBeLessThan(substring);
    expect(rankMatch(item, 'ket hon')).toBe(NO_MATCH);
  });

  it('orders results: code, then shorter names first within a tier', () => {
    expect(names('khai sinh')).toEqual(['Đăng ký khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài']);
    expect(names('1.001193')).toEqual(['Đăng ký khai sinh']);
    expect(names('ban sao')[0]).toBe('Cấp bản sao từ sổ gốc');
    expect(names('dang ky')).toEqual(['Đăng ký kết hôn', 'Đăng ký khai sinh', 'Đăng ký khai sinh có yếu tố nước ngoài']);
    expect(names('')).toHaveLength(PROCEDURES.length);
  });

  it('works the way the catalogue store calls it (folded query, ascending rank)', () => {
    const folded = foldVietnamese('Khai sinh');
    const hits = PROCEDURES.filter((p) => matchesQuery(p.searchText, folded))
      .map((p) => ({ p, rank: rankMatch(p, folded) }))
      .sort((a, b) => a.rank - b.rank);
    expect(hits.map((h) => h.p.code)).toEqual(['1.001193', '1.004746']);
  });
});

describe('performance', () => {
  it('searches 2,000 procedures per keystroke well under a frame (16 ms)', () => {
    const words = ['đăng', 'ký', 'cấp', 'giấy', 'phép', 'xây', 'dựng', 'chứng', 'thực', 'hộ', 'tịch', 'đất', 'đai', 'thay', 'đổi', 'bổ', 'sung', 'trích', 'lục', 'kinh', 'doanh'];
    const catalogue = Array.from({ length: 2000 }, (_, i) => {
      const name = Array.from({ length: 6 + (i % 8) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
      const code = `${1 + (i % 2)}.${String(i * 37).padStart(6, '0')}`;
      return { code, name, searchText: buildSearchText(code, name, 'Lĩnh vực thử') };
    });
    const keystrokes = ['d', 'da', 'dan', 'dang', 'dang ', 'dang k', 'dang ky', 'dang ky g', 'dang ky gi', 'dang ky giay'];
    searchRanked(catalogue, 'warm up');
    const t0 = performance.now();
    for (const q of keystrokes) searchRanked(catalogue, q, 100);
    const perKeystroke = (performance.now() - t0) / keystrokes.length;
    expect(perKeystroke).toBeLessThan(16);
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
