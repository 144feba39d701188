import { describe, expect, it } from 'vitest';
import {
  DossierCodeError,
  formatDossierCode,
  isValidAgencyId,
  nextSequence,
  parseDossierCode,
  sequenceScope,
  slotRange,
} from '../../src/domain/dossierCode';

const AGENCY = '000.00.53.H48';
/** An instant given in Vietnam local time (UTC+7). */
const vn = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 7, mi);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DossierCodeError ? e.code : 'other';
  }
  return undefined;
}

describe('dossier code', () => {
  it('formats the DOMAIN example', () => {
    expect(formatDossierCode(AGENCY, vn(2022, 9, 21, 10), 99)).toBe('000.00.53.H48-220921-0099');
  });

  it('uses the Vietnam date, whatever the host time zone', () => {
    // 23:30 UTC on 20/09 is already 06:30 on 21/09 in Vietnam.
    expect(formatDossierCode(AGENCY, Date.UTC(2022, 8, 20, 23, 30), 1)).toBe('000.00.53.H48-220921-0001');
    // 16:59:59 UTC is 23:59:59 in Vietnam: still the same day.
    expect(formatDossierCode(AGENCY, Date.UTC(2022, 8, 21, 16, 59, 59), 1)).toBe('000.00.53.H48-220921-0001');
  });

  it('refuses bad agencies and sequences', () => {
    expect(codeOf(() => formatDossierCode('H48', vn(2026, 1, 1), 1))).toBe('invalid-agency');
    expect(codeOf(() => formatDossierCode(AGENCY, vn(2026, 1, 1), 0))).toBe('invalid-sequence');
    expect(codeOf(() => formatDossierCode(AGENCY, vn(2026, 1, 1), 10000))).toBe('invalid-sequence');
    expect(codeOf(() => formatDossierCode(AGENCY, vn(2026, 1, 1), 1.5))).toBe('invalid-sequence');
  });

  it('parses codes as typed, and rejects non-codes', () => {
    expect(parseDossierCode('000.00.53.H48-220921-0099')).toEqual({ agencyId: AGENCY, date: '2022-09-21', seq: 99 });
    expect(parseDossierCode('  000.00.53.h48-261122-1234\n')).toEqual({ agencyId: AGENCY, date: '2026-11-22', seq: 1234 });
    expect(parseDossierCode('000.00.53.H48-220231-0001')).toBeNull(); // 31 February
    expect(parseDossierCode('000.00.53.H48-220921-0000')).toBeNull();
    expect(parseDossierCode('000.00.53.H48-220921-99')).toBeNull();
    expect(parseDossierCode('00.00.53.H48-220921-0099')).toBeNull();
    expect(parseDossierCode('')).toBeNull();
  });

  it('round-trips', () => {
    const at = vn(2026, 11, 22, 14, 5);
    const code = formatDossierCode(AGENCY, at, 421);
    expect(parseDossierCode(code)).toEqual({ agencyId: AGENCY, date: '2026-11-22', seq: 421 });
  });

  it('validates agency identifiers by shape', () => {
    expect(isValidAgencyId('000.00.53.H48')).toBe(true);
    expect(isValidAgencyId('000.00.00.H22')).toBe(true);
    expect(isValidAgencyId('000.00.53.h48')).toBe(false);
    expect(isValidAgencyId('000.0.53.H48')).toBe(false);
    expect(isValidAgencyId('000.00.53.H48 ')).toBe(false);
  });
});

describe('device slots', () => {
  it('splits 1..9999 into equal ranges, the remainder to the last slot', () => {
    expect(slotRange(0, 1)).toEqual({ first: 1, last: 9999 });
    expect(slotRange(0, 10)).toEqual({ first: 1, last: 999 });
    expect(slotRange(1, 10)).toEqual({ first: 1000, last: 1998 });
    expect(slotRange(9, 10)).toEqual({ first: 8992, last: 9999 });
    // No overlaps, no gaps, for any count.
    for (const count of [1, 2, 3, 7, 10, 16, 100]) {
      let expected = 1;
      for (let s = 0; s < count; s++) {
        const r = slotRange(s, count);
        expect(r.first).toBe(expected);
        expect(r.last).toBeGreaterThanOrEqual(r.first);
        expected = r.last + 1;
      }
      expect(expected).toBe(10000);
    }
  });

  it('refuses slots that do not exist', () => {
    expect(codeOf(() => slotRange(10, 10))).toBe('invalid-slot');
    expect(codeOf(() => slotRange(-1, 10))).toBe('invalid-slot');
    expect(codeOf(() => slotRange(0, 0))).toBe('invalid-slot');
  });

  it('counts within the slot and stops at its end', () => {
    expect(nextSequence(1, 10, null)).toBe(1000);
    expect(nextSequence(1, 10, 1000)).toBe(1001);
    expect(nextSequence(1, 10, 1997)).toBe(1998);
    expect(codeOf(() => nextSequence(1, 10, 1998))).toBe('slot-exhausted');
    expect(codeOf(() => nextSequence(1, 10, 999))).toBe('invalid-sequence'); // another slot's counter
    expect(() => nextSequence(0, 10, 999)).toThrow('hết dải số thứ tự hồ sơ hôm nay (0001–0999)');
    expect(() => nextSequence(0, 1, 9999, 'yearly')).toThrow('năm nay');
  });

  it('names the counter of the day or the year in Vietnam time', () => {
    expect(sequenceScope(vn(2026, 11, 22, 8))).toBe('2026-11-22');
    expect(sequenceScope(Date.UTC(2026, 10, 21, 18), 'daily')).toBe('2026-11-22');
    expect(sequenceScope(Date.UTC(2026, 11, 31, 18), 'yearly')).toBe('2027');
  });
});
