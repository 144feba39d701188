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
