/**
 * Numbers and titles of the desk's forms, per legal regime (DOMAIN.md §1 and §3). DOMAIN.md marks
 * the titles "to confirm against the official text": this table is the one place to correct them.
 *
 * A dossier keeps the regime it was received under (terms.formRegime): one received before
 * 1 July 2025 prints the Circular 01/2018/TT-VPCP templates, one received since then the Circular
 * 03/2025/TT-VPCP templates. The numbering differs: under 01/2018 the control sheet is Mẫu 05 and
 * the tracking book Mẫu 06; 03/2025 inserted the stop notice as Mẫu 05.
 */
import type { DossierEvent, ReceiptTerms } from '../../../domain/dossier/events';

export type FormRegime = ReceiptTerms['formRegime'];

export type FormKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'stop' | 'controlSheet' | 'trackingBook';

export interface FormTitle {
  /** "01" … "07", printed as "Mẫu số 01". */
  number: string;
  title: string;
  circular: string;
}

const TT01 = 'Thông tư số 01/2018/TT-VPCP';
const TT03 = 'Thông tư số 03/2025/TT-VPCP';

export const FORM_TITLES: Readonly<Record<FormRegime, Readonly<Record<FormKind, FormTitle | null>>>> = {
  'tt01-2018': {
    receipt: { number: '01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', circular: TT01 },
    supplement: { number: '02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', circular: TT01 },
    refusal: { number: '03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', circular: TT01 },
    apology: { number: '04', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', circular: TT01 },
    // The stop notice did not exist before 2025: such a dossier prints the 03/2025 one.
    stop: null,
    controlSheet: { number: '05', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', circular: TT01 },
    trackingBook: { number: '06', title: 'Sổ theo dõi hồ sơ', circular: TT01 },
  },
  'tt03-2025': {
    receipt: { number: '01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', circular: TT03 },
    supplement: { number: '02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', circular: TT03 },
    refusal: { number: '03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', circular: TT03 },
    apology: { number: '04', title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', circular: TT03 },
    stop: { number: '05', title: 'Thông báo dừng giải quyết hồ sơ', circular: TT03 },
    controlSheet: { number: '06', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', circular: TT03 },
    trackingBook: { number: '07', title: 'Sổ theo dõi hồ sơ', circular: TT03 },
  },
};

/** 1 July 2025, the first day of Circular 03/2025 (DOMAIN.md §1). */
export const TT03_2025_FIRST_DAY = '2025-07-01';

/** The form of a kind under a regime, falling back to the current regime where the old had none. */
export function formTitle(kind: FormKind, regime: FormRegime): FormTitle {
  return FORM_TITLES[regime][kind] ?? (FORM_TITLES['tt03-2025'][kind] as FormTitle);
}

/** Visits (no dossier) and the tracking book follow the regime in force on their date. */
export function regimeOn(date: string): FormRegime {
  return date < TT03_2025_FIRST_DAY ? 'tt01-2018' : 'tt03-2025';
}

/**
 * The number and title a dossier's form prints with, for links to it on screen, so a link never
 * names a form differently from the paper ("Văn bản xin lỗi và đề nghị gia hạn…" since 2025,
 * "Phiếu xin lỗi và hẹn lại…" before): { number: "04", title, lowerTitle }.
 */
export function formTitleVars(kind: FormKind, history: readonly DossierEvent[]): { number: string; title: string; lowerTitle: string } {
  const received = history.find((e) => e.type === 'received');
  const regime = received?.type === 'received' ? received.terms.formRegime : 'tt03-2025';
  const { number, title } = formTitle(kind, regime);
  return { number, title, lowerTitle: title.charAt(0).toLocaleLowerCase('vi') + title.slice(1) };
}
