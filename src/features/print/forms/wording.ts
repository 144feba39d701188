/**
 * The Vietnamese wording shared by the printed forms. Forms are legal documents handed to the
 * citizen, so they are always in Vietnamese whatever the screen's language.
 */
import type { Applicant, ReturnMethod } from '../../../domain/dossier/events';
import type { Timeliness } from '../../../domain/dossier/state';
import type { TimeLimit } from '../../../domain/procedure';

/**
 * Text as it must print: NFC (a name typed or pasted in decomposed form — "e" + combining marks —
 * prints with marks floating apart in some fonts and defeats copy and search in the PDF).
 */
export function nfc(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').trim();
}

/** How the citizen is addressed: Ông / Bà when the gender is known, Ông/Bà otherwise. */
export function honorific(applicant: Applicant): string {
  if (applicant.kind === 'organisation') return 'Quý cơ quan, tổ chức';
  if (applicant.gender === 'male') return 'Ông';
  if (applicant.gender === 'female') return 'Bà';
  return 'Ông/Bà';
}

/** "Ông Nguyễn Văn An", "Bà …", "Công ty …" (an organisation is named as it is). */
export function addressee(applicant: Applicant): string {
  const name = nfc(applicant.name);
  return applicant.kind === 'organisation' ? name : `${honorific(applicant)} ${name}`;
}

/** Two digits for counts below 10, as forms write them ("01 bộ", "02 bản"). */
export function count2(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

const UNIT_WORDS: Record<Exclude<TimeLimit['unit'], 'within-day'>, string> = {
  'working-days': 'ngày làm việc',
  'calendar-days': 'ngày',
  'working-hours': 'giờ làm việc',
};

/** "3 ngày làm việc", "Trong ngày (nhận sau 15 giờ 00 thì trả vào ngày làm việc tiếp theo)". */
export function timeLimitWords(limit: TimeLimit | null): string {
  if (!limit) return '';
  let text: string;
  if (limit.unit === 'within-day') text = 'Trong ngày';
  else if (limit.amount === null) text = nfc(limit.text);
  else text = `${limit.amount} ${UNIT_WORDS[limit.unit]}`;
  if (limit.cutOff) text += ` (nhận sau ${limit.cutOff.replace(':', ' giờ ')} thì trả vào ngày làm việc tiếp theo)`;
  return text;
}

export const TIMELINESS_WORDS: Record<Timeliness, string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Quá hạn',
};

/** Where the citizen collects the result (Mẫu 01 item "Đăng ký nhận kết quả tại"). */
export function returnPlaceWords(method: ReturnMethod, agencyName: string, postalAddress: string | null | undefined): string {
  switch (method) {
    case 'desk':
      return `Bộ phận tiếp nhận và trả kết quả${agencyName ? ` – ${agencyName}` : ''}`;
    case 'postal':
      return `Qua dịch vụ bưu chính công ích${postalAddress ? `, địa chỉ: ${nfc(postalAddress)}` : ''}`;
    case 'online':
      return 'Trực tuyến (kết quả điện tử gửi qua tài khoản trên Cổng Dịch vụ công)';
  }
}

/** The desk's full name on a form: "Bộ phận tiếp nhận và trả kết quả UBND xã …". */
export function deskName(agencyName: string): string {
  return `Bộ phận tiếp nhận và trả kết quả${agencyName ? ` ${agencyName}` : ''}`;
}

/** A dotted blank, printed where a fact is unknown so it can be written in by hand. */
export const BLANK = '……………………';

/**
 * A name or reason that the form follows with a full stop, without its own closing punctuation:
 * catalogue names and typed reasons often end with "." already ("…trích lục." + "." = "..").
 * An ellipsis, "?" or "!" is kept.
 */
export function sentence(text: string | null | undefined): string {
  const t = nfc(text);
  if (/(\.\.\.|…|[?!])$/.test(t)) return t;
  return t.replace(/[\s.;,:]+$/, '');
}

/**
 * The words that start a place's name in an agency's name. The place ("TỈNH ĐIỆN BIÊN", "XÃ MƯỜNG
 * PHĂNG") must never be split over two lines of the header, nor the body's name before it: the
 * header prints the two parts as unbreakable pieces ("ỦY BAN NHÂN DÂN" / "TỈNH ĐIỆN BIÊN").
 */
const PLACE_WORDS = /(^|\s)((?:tỉnh|thành phố|xã|phường|đặc khu|thị trấn|huyện|quận|thị xã)\s.+)$/iu;

/** An agency's name in the parts a line may break between: [body, place], or [name]. */
export function nameParts(name: string): string[] {
  const text = nfc(name).replace(/\s+/g, ' ');
  const m = PLACE_WORDS.exec(text);
  if (!m || m.index + (m[1] as string).length === 0) return text ? [text] : [];
  const place = m[2] as string;
  return [text.slice(0, text.length - place.length).trim(), place];
}

/**
 * The head's signature block of a letter from `agency` (Decree 30/2020: "TM." when signing for a
 * collective body, then the signer's title): "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a People's
 * Committee, "GIÁM ĐỐC" for a department or centre, else the generic "THỦ TRƯỞNG CƠ QUAN".
 */
export function headSigner(agency: string): string[] {
  const a = nfc(agency).toLocaleLowerCase('vi');
  // (?=\s|$), not \b: \b only knows ASCII letters, and "sở" ends with one that is not.
  if (/^(ủy ban nhân dân|ubnd)(?=\s|$)/u.test(a)) return ['TM. Ủy ban nhân dân', 'Chủ tịch'];
  if (/^(sở|trung tâm|chi nhánh văn phòng đăng ký đất đai|văn phòng đăng ký đất đai)(?=\s|$)/u.test(a)) return ['Giám đốc'];
  if (/^chi cục(?=\s|$)/u.test(a)) return ['Chi cục trưởng'];
  return ['Thủ trưởng cơ quan'];
}

/** Letters only, without marks or case: to compare a note with a document's name. */
const fold = (text: string) =>
  nfc(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A note worth printing beside a document: not one that only repeats the document's name (the
 * catalogue's "Mẫu: Tờ khai … theo mẫu" beside "Tờ khai … theo mẫu").
 */
export function usefulNote(documentName: string, note: string | null | undefined): string {
  const text = nfc(note);
  const bare = fold(text.replace(/^mẫu\s*(số)?\s*:?/iu, ''));
  if (!bare) return '';
  const name = fold(documentName);
  return name.includes(bare) ? '' : text;
}
