/**
 * The parts every form shares (Decree 30/2020 layout): the agency and the national motto at the
 * top, the place-and-date line, the title, and the signature blocks at the bottom.
 */
import type { ReactNode } from 'react';
import { formatDateWordsVi, vnDate } from '../../../domain/calendar/vnTime';
import type { DeskSettings } from '../../../domain/deskSettings';
import type { FormTitle } from './titles';
import type { Applicant } from '../../../domain/dossier/events';
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import { addressee, BLANK, deskName, nameParts, nfc, sentence } from './wording';

const upper = (text: string) => nfc(text).toLocaleUpperCase('vi');

export type SheetSettings = Pick<DeskSettings, 'agencyName' | 'parentAgencyName' | 'placeName' | 'officerName'> & Partial<Pick<DeskSettings, 'deskPhone'>>;

interface SheetProps {
  settings: SheetSettings;
  form: FormTitle;
  /** The document's date, printed as "Tân Phú, ngày … tháng … năm …"; null: no date line. */
  date: number | null;
  landscape?: boolean;
  /** A class of the sheet, for a form's own layout (e.g. "sheet-receipt"). */
  className?: string;
  /** Lines right under the title (dossier code, period…). */
  subtitle?: ReactNode;
  children: ReactNode;
}

export function Sheet({ settings, form, date, landscape = false, className, subtitle, children }: SheetProps) {
  return (
    <article className={['sheet', landscape && 'sheet-landscape', className].filter(Boolean).join(' ')} lang="vi" aria-labelledby="sheet-title" data-testid="print-sheet">
      <p className="sheet-form-no">Mẫu số {form.number}</p>
      <SheetHead settings={settings} date={date} />
      <h1 id="sheet-title" className="sheet-title">
        {upper(form.title)}
      </h1>
      {subtitle}
      <div className="sheet-body">{children}</div>
    </article>
  );
}

/**
 * The head of an administrative document (Decree 30/2020): the agency top left, the national
 * motto top right, then "Tân Phú, ngày … tháng … năm …" (no date line when `date` is null).
 * Shared by the forms and the printed report.
 */
export function SheetHead({ settings, date }: { settings: Pick<SheetSettings, 'agencyName' | 'parentAgencyName' | 'placeName'>; date: number | null }) {
  const parent = upper(settings.parentAgencyName);
  const agency = upper(settings.agencyName);
  return (
    <>
      <header className="sheet-head">
        <div className="sheet-head-col">
          {parent && (
            <p className="sheet-parent">
              <HeaderName name={parent} />
            </p>
          )}
          <p className="sheet-agency">{agency ? <HeaderName name={agency} /> : BLANK}</p>
          <hr className="sheet-rule" />
        </div>
        <div className="sheet-head-col">
          <p className="sheet-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="sheet-motto">Độc lập - Tự do - Hạnh phúc</p>
          <hr className="sheet-rule" />
        </div>
      </header>
      {date !== null && (
        <p className="sheet-date">
          {nfc(settings.placeName) || '……………'}, {formatDateWordsVi(vnDate(date))}
        </p>
      )}
    </>
  );
}

/** An agency's name that wraps only between its body and its place ("ỦY BAN NHÂN DÂN" / "TỈNH ĐIỆN BIÊN"). */
function HeaderName({ name }: { name: string }) {
  return nameParts(name).map((part, i) => (
    <span key={i}>
      {i > 0 && ' '}
      <span className="name-part">{part}</span>
    </span>
  ));
}

export interface Signer {
  /**
   * Who signs, printed in upper case, one line each, as offices print it: "Người tiếp nhận", or
   * ["TM. Ủy ban nhân dân", "Chủ tịch"].
   */
  role: string | string[];
  hint?: string;
  /** Printed under the space left for the signature, when known. */
  name?: string | null;
}

export function SignatureBlock({ signer }: { signer: Signer }) {
  return (
    <div className="signature">
      {(typeof signer.role === 'string' ? [signer.role] : signer.role).map((line) => (
        <p key={line} className="signature-role">
          {upper(line)}
        </p>
      ))}
      <p className="signature-hint">({signer.hint ?? 'Ký và ghi rõ họ tên'})</p>
      <div className="signature-space" />
      <p className="signature-name">{nfc(signer.name)}</p>
    </div>
  );
}

/** Two columns at the foot of the form: the left holds another signer or a "Nơi nhận" list. */
export function Signatures({ left, right }: { left?: ReactNode; right: Signer }) {
  return (
    <div className="signatures">
      <div className="signatures-col">{left}</div>
      <div className="signatures-col">
        <SignatureBlock signer={right} />
      </div>
    </div>
  );
}

/** The "Nơi nhận" list of a letter (apology, stop notice). */
export function Recipients({ to }: { to: string }) {
  return (
    <div className="recipients">
      <p className="recipients-title">Nơi nhận:</p>
      <p>- {nfc(to)};</p>
      <p>- Lưu: VT.</p>
    </div>
  );
}

/** "Label: value" on its own line; a missing value leaves a dotted blank to fill by hand. */
export function Line({ label, children }: { label: string; children?: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <p className="sheet-line">
      {label}: {empty ? BLANK : children}
    </p>
  );
}

/**
 * Who asked for what, as Mẫu 02 and Mẫu 03 both open: the applicant and their contact, the
 * request, and for a dossier already received its code and time of receipt.
 */
export function RequestLines({ agency, applicant, procedureName, dossier }: { agency: string; applicant: Applicant; procedureName: string | null; dossier?: { code: string; receivedAt: number } | undefined }) {
  return (
    <>
      <Line label={`${deskName(agency)} tiếp nhận hồ sơ của`}>
        <strong>{addressee(applicant)}</strong>
      </Line>
      <Line label="Địa chỉ">{nfc(applicant.address)}</Line>
      <Line label="Số điện thoại">{nfc(applicant.phone)}</Line>
      <Line label="Thư điện tử">{nfc(applicant.email)}</Line>
      <Line label="Nội dung yêu cầu giải quyết">{sentence(procedureName)}</Line>
      {dossier && (
        <Line label="Mã hồ sơ">
          <span className="dossier-code">{nfc(dossier.code)}</span>, tiếp nhận lúc {formatTimeWordsVi(dossier.receivedAt)}
        </Line>
      )}
    </>
  );
}
