/**
 * The citizen's ID card — DOMAIN.md §7: the 12-digit personal identification number (số định
 * danh cá nhân) and the QR code printed on the chip card.
 *
 * The number has no check digit, so only its length is an error; its structure (province of
 * birth registration, gender/century, year of birth) is checked against what the officer entered
 * and only ever produces warnings: data entry mistakes are likelier than a wrong card, and
 * blocking a receipt because of a structural oddity would stop the desk.
 */

/**
 * Province (or centrally-run city) codes of birth registration — Appendix I of Thông tư
 * 07/2016/TT-BCA (the 63 provinces of 2016). The 2025 merger into 34 provinces did not renumber
 * existing cards; this list is what existing numbers carry. Codes in 001–096 that are missing
 * here were never assigned to a province.
 */
export const BIRTH_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'TP Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export type Gender = 'male' | 'female';

export interface CitizenIdCheck {
  valid: boolean;
  error?: string;
  warnings: string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Digit 4: gender and century of birth (Thông tư 07/2016/TT-BCA, Art. 7): even = male, odd =
 * female; 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 2300s. (The circular gives
 * 8/9 to the 24th century, not to the 1800s.)
 */
export function decodeGenderCentury(digit: number): { gender: Gender; centuryStart: number } {
  return { gender: digit % 2 === 0 ? 'male' : 'female', centuryStart: 1900 + Math.floor(digit / 2) * 100 };
}

const GENDER_VI: Record<Gender, string> = { male: 'nam', female: 'nữ' };

export function validateCitizenId(
  id: string,
  entered: { dateOfBirth?: string | null; gender?: Gender | null } = {},
): CitizenIdCheck {
  const n = id.trim();
  if (!/^\d{12}$/.test(n)) {
    return { valid: false, error: 'Số định danh cá nhân phải gồm đúng 12 chữ số', warnings: [] };
  }
  const warnings: string[] = [];

  const province = n.slice(0, 3);
  const provinceNo = Number(province);
  if (provinceNo < 1 || provinceNo > 96) {
    // Citizens registered abroad may carry a country code here, so this is only a warning.
    warnings.push(`Ba số đầu (${province}) không thuộc mã tỉnh nơi đăng ký khai sinh (001–096); hãy kiểm tra lại số định danh`);
  } else if (!(province in BIRTH_PROVINCE_CODES)) {
    warnings.push(`Ba số đầu (${province}) không phải mã của tỉnh, thành phố nào; hãy kiểm tra lại số định danh`);
  }

  const { gender, centuryStart } = decodeGenderCentury(Number(n[3]));
  const yy = Number(n.slice(4, 6));
  if (entered.gender && entered.gender !== gender) {
    warnings.push(`Số định danh là của công dân ${GENDER_VI[gender]}, nhưng giới tính đã nhập là ${GENDER_VI[entered.gender]}`);
  }
  // An unparseable birth date is the date field's own error, not this number's.
  const dob = entered.dateOfBirth ? ISO_DATE.exec(entered.dateOfBirth) : null;
  if (dob) {
    const year = Number(dob[1]);
    const idYear = centuryStart + yy;
    if (year !== idYear) {
      warnings.push(`Số định danh cho năm sinh ${idYear}, nhưng ngày sinh đã nhập là năm ${year}`);
    }
  }
  return { valid: true, warnings };
}

// ---------------------------------------------------------------------------------------------
// QR code of the chip ID card
// ---------------------------------------------------------------------------------------------

export interface IdCardQr {
  idNumber: string;
  oldIdNumber: string | null;
  fullName: string;
  dateOfBirth: string;
  gender: Gender | null;
  address: string;
  issueDate: string | null;
  warnings: string[];
}

export interface IdCardQrFailure {
  error: string;
}

export function isIdCardQrFailure(r: IdCardQr | IdCardQrFailure): r is IdCardQrFailure {
  return 'error' in r;
}

/** Zero-width characters an IME or a copy from a web page can slip into scanned text. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/**
 * The soft hyphen is invisible too, but U+00AD is also the second byte of "í" in UTF-8 read as
 * Latin-1, so it is removed only after the mojibake repair.
 */
const SOFT_HYPHEN = /\u00AD/g;
/**
 * '|' arrives as '¦' (broken bar) on some keyboard layouts / scanner code pages, and as the
 * full-width '｜' from an East-Asian IME.
 */
const SEPARATORS = /[¦｜]/g;
/**
 * Cards are seen whose QR stops after the address (no issue date): 6 fields are read, with no
 * issue date, rather than refusing the scan.
 */
const MIN_FIELDS = 6;

/**
 * Scanners set to a Latin-1 / Windows-1252 code page type UTF-8 bytes one by one ("Nguyá»…n"
 * for "Nguyễn"). When every character fits in a byte and the bytes decode as strict UTF-8, the
 * text was mojibake and the decoded text is the real one; otherwise the text is left alone.
 */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

function repairMojibake(s: string): string | null {
  // Typical lead bytes of Vietnamese letters in UTF-8 read as Latin-1: Ã, Ä, Æ, á, â.
  if (!/[ÃÄÆáâ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/.test(s)) return null;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = ch.charCodeAt(0);
    const b = code <= 0xff ? code : CP1252_HIGH[ch];
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return decoded !== s ? decoded : null;
  } catch {
    return null;
  }
}

/** Clean scanned text: zero-width chars, encoding slips, separators, trailing Enter. */
function cleanScan(text: string): { text: string; repaired: boolean } {
  let s = text.replace(ZERO_WIDTH, '');
  const fixed = repairMojibake(s);
  if (fixed !== null) s = fixed;
  s = s.replace(SOFT_HYPHEN, '').normalize('NFC').replace(SEPARATORS, '|').trim();
  return { text: s, repaired: fixed !== null };
}

/** ddMMyyyy → "YYYY-MM-DD", or null when it is not a real calendar date. */
function parseDdMmYyyy(s: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (!m) return null;
  const [, dd, mm, yyyy] = m as unknown as [string, string, string, string];
  const y = Number(yyyy);
  const month = Number(mm);
  const day = Number(dd);
  const probe = new Date(Date.UTC(y, month - 1, day));
  if (y < 1800 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return `${yyyy}-${mm}-${dd}`;
}

function parseGender(s: string): Gender | null {
  // Folded so that "NỮ", "Nu" (scanner dropped the diacritics) and "Nữ" all read as female.
  const f = s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  if (f === 'nam') return 'male';
  if (f === 'nu') return 'female';
  return null;
}

/**
 * Whether text typed into any field looks like a chip-card QR scan, so the UI can intercept it
 * and fill the applicant instead. Cheap enough to run on every input event.
 */
export function looksLikeIdCardQr(text: string): boolean {
  if (text.length < 30) return false;
  const fields = cleanScan(text).text.split('|');
  return fields.length >= MIN_FIELDS && /^\d{12}$/.test(fields[0]?.trim() ?? '') && /^\d{8}$/.test(fields[3]?.trim() ?? '');
}

/**
 * Parse the QR text of a chip ID card:
 * `id (12) | old ID (9, may be empty) | full name | dob ddMMyyyy | Nam/Nữ | address | issue ddMMyyyy`.
 * The issue date may be missing (6 fields). Extra fields after the seventh (newer cards) are ignored. The scanner's keyboard artefacts that
 * can be undone safely are undone (see cleanScan); letters already transformed by a Telex/VNI
 * input method cannot be, so the officer must still read the name back.
 */
export function parseIdCardQr(text: string): IdCardQr | IdCardQrFailure {
  const { text: s, repaired } = cleanScan(text);
  if (!s) return { error: 'Không đọc được mã QR: nội dung trống' };
  const fields = s.split('|').map((f) => f.trim());
  if (fields.length < MIN_FIELDS) {
    return { error: `Mã QR không phải của thẻ căn cước: cần ít nhất ${MIN_FIELDS} trường ngăn cách bởi "|", chỉ có ${fields.length}` };
  }
  const [idNumber, oldId, rawName, rawDob, rawGender, rawSixth] = fields as [string, string, string, string, string, string];
  let rawAddress = rawSixth;
  let rawIssue = fields[6] ?? '';
  // Six fields whose last is a date, not an address: the address is what is missing, not the date.
  if (fields.length === 6 && /^\d{8}$/.test(rawSixth) && parseDdMmYyyy(rawSixth)) {
    rawAddress = '';
    rawIssue = rawSixth;
  }
  const warnings: string[] = [];
  if (repaired) warnings.push('Máy quét gửi sai bảng mã ký tự; đã tự sửa, hãy đối chiếu họ tên và địa chỉ với thẻ');

  if (!/^\d{12}$/.test(idNumber)) return { error: 'Mã QR không hợp lệ: số định danh cá nhân phải gồm đúng 12 chữ số' };

  const fullName = rawName.replace(/\s+/g, ' ');
  if (!fullName) return { error: 'Mã QR không hợp lệ: thiếu họ và tên' };

  const dateOfBirth = parseDdMmYyyy(rawDob);
  if (!dateOfBirth) return { error: `Mã QR không hợp lệ: ngày sinh "${rawDob}" không đúng dạng ngàythángnăm (ddMMyyyy)` };

  let oldIdNumber: string | null = null;
  if (oldId) {
    oldIdNumber = oldId;
    // 9 digits = CMND; 12 digits appear when a căn cước replaces an older 12-digit card.
    if (!/^(\d{9}|\d{12})$/.test(oldId)) warnings.push(`Số CMND cũ "${oldId}" không phải 9 hoặc 12 chữ số`);
  }

  const gender = parseGender(rawGender);
  if (!gender) warnings.push(`Không đọc được giới tính "${rawGender}" (cần "Nam" hoặc "Nữ")`);

  const address = rawAddress.replace(/\s+/g, ' ');
  if (!address) warnings.push('Mã QR không có địa chỉ thường trú');

  let issueDate: string | null = null;
  if (rawIssue) {
    issueDate = parseDdMmYyyy(rawIssue);
    if (!issueDate) warnings.push(`Ngày cấp "${rawIssue}" không hợp lệ; đã bỏ qua`);
    else if (issueDate < dateOfBirth) warnings.push('Ngày cấp thẻ trước ngày sinh; hãy kiểm tra lại');
  }

  warnings.push(...validateCitizenId(idNumber, { dateOfBirth, gender }).warnings);
  return { idNumber, oldIdNumber, fullName, dateOfBirth, gender, address, issueDate, warnings };
}
