import { describe, expect, it } from 'vitest';
import {
  BIRTH_PROVINCE_CODES,
  decodeGenderCentury,
  isIdCardQrFailure,
  looksLikeIdCardQr,
  parseIdCardQr,
  validateCitizenId,
  type IdCardQr,
} from '../../src/domain/citizenId';

// Made-up numbers with a real structure: 048 Đà Nẵng, 0 = male born 19xx, 90 = 1990.
const MALE_1990 = '048090001234';
// 079 TP HCM, 3 = female born 20xx, 05 = 2005.
const FEMALE_2005 = '079305004321';

function ok(r: ReturnType<typeof parseIdCardQr>): IdCardQr {
  if (isIdCardQrFailure(r)) throw new Error(`unexpected failure: ${r.error}`);
  return r;
}

describe('validateCitizenId', () => {
  it('requires exactly 12 digits', () => {
    for (const bad of ['04809000123', '0480900012345', '04809000123a', '048 090 001234', '']) {
      expect(validateCitizenId(bad)).toEqual({ valid: false, error: 'Số định danh cá nhân phải gồm đúng 12 chữ số', warnings: [] });
    }
    expect(validateCitizenId(` ${MALE_1990} `)).toEqual({ valid: true, warnings: [] });
  });

  it('is silent when the structure agrees with what was entered', () => {
    expect(validateCitizenId(MALE_1990, { dateOfBirth: '1990-05-17', gender: 'male' })).toEqual({ valid: true, warnings: [] });
    expect(validateCitizenId(FEMALE_2005, { dateOfBirth: '2005-01-02', gender: 'female' })).toEqual({ valid: true, warnings: [] });
  });

  it('warns, never blocks, on a gender or birth year that disagrees', () => {
    const r = validateCitizenId(MALE_1990, { dateOfBirth: '1991-05-17', gender: 'female' });
    expect(r.valid).toBe(true);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings.join('\n')).toMatch(/công dân nam/);
    expect(r.warnings.join('\n')).toMatch(/năm sinh 1990/);
    // Right last two digits, wrong century.
    expect(validateCitizenId(MALE_1990, { dateOfBirth: '2090-01-01' }).warnings).toHaveLength(1);
  });

  it('warns on province codes that are out of range or unassigned', () => {
    expect(validateCitizenId('097090001234').warnings[0]).toMatch(/001–096/);
    expect(validateCitizenId('000090001234').warnings[0]).toMatch(/001–096/);
    expect(validateCitizenId('003090001234').warnings[0]).toMatch(/không phải mã của tỉnh/); // 003 was never assigned
    expect(validateCitizenId('096090001234').warnings).toEqual([]); // Cà Mau
  });

  it('knows the 63 birth-registration codes of Circular 07/2016', () => {
    expect(Object.keys(BIRTH_PROVINCE_CODES)).toHaveLength(63);
    expect(BIRTH_PROVINCE_CODES['001']).toBe('Hà Nội');
    expect(BIRTH_PROVINCE_CODES['079']).toBe('TP Hồ Chí Minh');
    expect(BIRTH_PROVINCE_CODES['048']).toBe('Đà Nẵng');
  });

  it('decodes gender and century per the circular', () => {
    expect(decodeGenderCentury(0)).toEqual({ gender: 'male', centuryStart: 1900 });
    expect(decodeGenderCentury(3)).toEqual({ gender: 'female', centuryStart: 2000 });
    expect(decodeGenderCentury(9)).toEqual({ gender: 'female', centuryStart: 2300 });
  });
});

describe('parseIdCardQr', () => {
  const QR = `${MALE_1990}|201234567|Nguyễn Văn An|17051990|Nam|Số 12 Lê Duẩn, Phường Hải Châu, Thành phố Đà Nẵng|01082021`;

  it('reads a card with an old ID number', () => {
    expect(parseIdCardQr(QR)).toEqual({
      idNumber: MALE_1990,
      oldIdNumber: '201234567',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-05-17',
      gender: 'male',
      address: 'Số 12 Lê Duẩn, Phường Hải Châu, Thành phố Đà Nẵng',
      issueDate: '2021-08-01',
      warnings: [],
    });
  });

  it('reads a card without an old ID number', () => {
    const r = ok(parseIdCardQr(`${FEMALE_2005}||Trần Thị Bích Ngọc|02012005|Nữ|Ấp 3, Xã Tân Phú, TP Hồ Chí Minh|15032022`));
    expect(r.oldIdNumber).toBeNull();
    expect(r.gender).toBe('female');
    expect(r.warnings).toEqual([]);
  });

  it('drops the scanner\'s trailing Enter and surrounding spaces', () => {
    expect(ok(parseIdCardQr(`${QR}\r\n`))).toEqual(ok(parseIdCardQr(QR)));
    expect(ok(parseIdCardQr(`  ${QR}\n`)).issueDate).toBe('2021-08-01');
  });

  it('tolerates artefacts of typing scanners', () => {
    // Zero-width joiners, decomposed (NFD) letters, a broken bar and a full-width bar.
    const messy = `\u200B${MALE_1990}¦201234567｜${'Nguyễn Văn An'.normalize('NFD')}|1705\u200D1990|Nam|Đà Nẵng|01082021\r`;
    const r = ok(parseIdCardQr(messy));
    expect(r.fullName).toBe('Nguyễn Văn An');
    expect(r.fullName).toBe(r.fullName.normalize('NFC'));
    expect(r.dateOfBirth).toBe('1990-05-17');
  });

  it('repairs UTF-8 read as Windows-1252 and says so', () => {
    const bytes = new TextEncoder().encode(QR);
    const cp1252 = new TextDecoder('windows-1252').decode(bytes); // what a mis-set scanner types
    expect(cp1252).not.toBe(QR);
    const r = ok(parseIdCardQr(cp1252));
    expect(r.fullName).toBe('Nguyễn Văn An');
    expect(r.address).toContain('Đà Nẵng');
    expect(r.warnings).toHaveLength(1);
  });

  it('reads a card whose QR has no issue date (6 fields), with or without the old ID and a trailing Enter', () => {
    const six = `${MALE_1990}|201234567|Nguyễn Văn An|17051990|Nam|Số 12 Lê Duẩn, Phường Hải Châu, Thành phố Đà Nẵng`;
    expect(parseIdCardQr(six)).toEqual({ ...ok(parseIdCardQr(QR)), issueDate: null });
    for (const ending of ['\r\n', '\r', '\n', '|', '|\r\n']) {
      const r = ok(parseIdCardQr(`${six}${ending}`));
      expect(r.address).toBe('Số 12 Lê Duẩn, Phường Hải Châu, Thành phố Đà Nẵng');
      expect(r.issueDate).toBeNull();
      expect(r.warnings).toEqual([]);
    }
    const noOldId = ok(parseIdCardQr(`${FEMALE_2005}||Trần Thị Bích Ngọc|02012005|Nữ|Ấp 3, Xã Tân Phú\r\n`));
    expect(noOldId).toMatchObject({ oldIdNumber: null, fullName: 'Trần Thị Bích Ngọc', dateOfBirth: '2005-01-02', address: 'Ấp 3, Xã Tân Phú', issueDate: null, warnings: [] });
    expect(looksLikeIdCardQr(`${six}\r\n`)).toBe(true);
  });

  it('reads 7 fields with an empty old ID and a trailing CR/LF the same as without them', () => {
    const seven = `${FEMALE_2005}||Trần Thị Bích Ngọc|02012005|Nữ|Ấp 3, Xã Tân Phú|15032022`;
    for (const ending of ['\r\n', '\r', '\n']) expect(parseIdCardQr(`${seven}${ending}`)).toEqual(parseIdCardQr(seven));
    expect(ok(parseIdCardQr(seven))).toMatchObject({ oldIdNumber: null, issueDate: '2022-03-15', address: 'Ấp 3, Xã Tân Phú' });
  });

  it('takes a sixth field that is a date for the issue date, the address being the missing one', () => {
    const r = ok(parseIdCardQr(`${MALE_1990}||Nguyễn Văn An|17051990|Nam|01082021`));
    expect(r.issueDate).toBe('2021-08-01');
    expect(r.address).toBe('');
    expect(r.warnings).toEqual(['Mã QR không có địa chỉ thường trú']);
  });

  it('ignores extra trailing fields of newer cards', () => {
    const r = ok(parseIdCardQr(`${QR}|something|else`));
    expect(r.issueDate).toBe('2021-08-01');
  });

  it('reports structural disagreements as warnings', () => {
    // Digit 4 says male but the card says Nữ; birth year 1991 against "90" in the number.
    const r = ok(parseIdCardQr(`${MALE_1990}||Lê Thị Hoa|03031991|Nữ|Huế|01012022`));
    expect(r.warnings).toHaveLength(2);
    // Odd old ID, unreadable gender, missing address, bad issue date: all warnings, still parsed.
    const odd = ok(parseIdCardQr(`${MALE_1990}|12345|Lê Văn B|17051990|X|| 31022022`));
    expect(odd.gender).toBeNull();
    expect(odd.issueDate).toBeNull();
    expect(odd.address).toBe('');
    expect(odd.warnings).toHaveLength(4);
  });

  it('fails clearly on malformed input', () => {
    const failure = (text: string) => {
      const r = parseIdCardQr(text);
      expect(isIdCardQrFailure(r)).toBe(true);
      return isIdCardQrFailure(r) ? r.error : '';
    };
    expect(failure('')).toMatch(/trống/);
    expect(failure('\r\n')).toMatch(/trống/);
    expect(failure('https://example.com/qr')).toMatch(/ít nhất 6 trường/);
    expect(failure(`${MALE_1990}|201234567|Nguyễn Văn An|17051990|Nam`)).toMatch(/chỉ có 5/);
    expect(failure(`04809000123|201234567|Nguyễn Văn An|17051990|Nam|Đà Nẵng|01082021`)).toMatch(/12 chữ số/);
    expect(failure(`${MALE_1990}|201234567|Nguyễn Văn An|1990-05-17|Nam|Đà Nẵng|01082021`)).toMatch(/ngày sinh/);
    expect(failure(`${MALE_1990}|201234567|Nguyễn Văn An|31021990|Nam|Đà Nẵng|01082021`)).toMatch(/ngày sinh/);
    expect(failure(`${MALE_1990}|201234567|  |17051990|Nam|Đà Nẵng|01082021`)).toMatch(/họ và tên/);
  });
});

describe('looksLikeIdCardQr', () => {
  it('spots a scan typed into any field', () => {
    expect(looksLikeIdCardQr(`${MALE_1990}|201234567|Nguyễn Văn An|17051990|Nam|Đà Nẵng|01082021\r\n`)).toBe(true);
    expect(looksLikeIdCardQr(`${MALE_1990}¦¦Nguyễn Văn An¦17051990¦Nam¦Đà Nẵng¦01082021`)).toBe(true);
  });

  it('leaves ordinary input alone', () => {
    expect(looksLikeIdCardQr(MALE_1990)).toBe(false);
    expect(looksLikeIdCardQr('Nguyễn Văn An')).toBe(false);
    expect(looksLikeIdCardQr('Số 12 | Lê Duẩn | Hải Châu | Đà Nẵng | Việt Nam | x | y')).toBe(false);
  });
});
