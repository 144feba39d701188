/**
 * Mẫu 02: what the citizen must supply — at intake (a visit that ended with guidance, no dossier)
 * or during processing (a supplement-requested event of a dossier). Both print the same form.
 */
import type { Applicant, SupplementItem } from '../../../domain/dossier/events';
import { Line, RequestLines, Sheet, Signatures, type SheetSettings } from './Sheet';
import type { FormTitle } from './titles';
import { count2, deskName, honorific, nfc, sentence, usefulNote } from './wording';

export interface GuidanceFormProps {
  settings: SheetSettings;
  form: FormTitle;
  at: number;
  applicant: Applicant;
  procedureName: string | null;
  items: SupplementItem[];
  reason: string;
  officerName: string | null | undefined;
  /** During processing: the dossier the supplement is for. */
  dossier?: { code: string; receivedAt: number };
}

export function GuidanceForm({ settings, form, at, applicant, procedureName, items, reason, officerName, dossier }: GuidanceFormProps) {
  const agency = nfc(settings.agencyName);
  const you = honorific(applicant);
  const officer = nfc(officerName) || nfc(settings.officerName);
  const phone = nfc(settings.deskPhone);
  // A note that only repeats the document's name ("Mẫu: Tờ khai …") is no note; without any
  // note worth printing the column is left out.
  const notes = items.map((item) => usefulNote(item.name, item.note));
  const noteColumn = notes.some(Boolean);
  return (
    <Sheet settings={settings} form={form} date={at}>
      <RequestLines agency={agency} applicant={applicant} procedureName={procedureName} dossier={dossier} />
      <p>
        Sau khi xem xét, đối chiếu thành phần hồ sơ, hồ sơ của {you} chưa đầy đủ, hợp lệ. Đề nghị {you} bổ sung, hoàn thiện hồ sơ
        gồm những nội dung sau:
      </p>
      <table className="form-table" data-testid="supplement-items">
        <thead>
          <tr>
            <th scope="col" className="col-no">STT</th>
            <th scope="col">Tên giấy tờ cần bổ sung, hoàn thiện</th>
            <th scope="col" className="col-num">Bản chính</th>
            <th scope="col" className="col-num">Bản sao chứng thực</th>
            <th scope="col" className="col-num">Bản chụp</th>
            {noteColumn && <th scope="col">Ghi chú</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i}>
              <td className="col-no">{i + 1}</td>
              <td>{sentence(item.name)}</td>
              <td className="col-num">{item.originals > 0 ? count2(item.originals) : ''}</td>
              <td className="col-num">{item.copies > 0 ? count2(item.copies) : ''}</td>
              <td className="col-num">{item.photocopies ? count2(item.photocopies) : ''}</td>
              {noteColumn && <td>{notes[i]}</td>}
            </tr>
          ))}
          {items.length === 0 && (
            <tr>
              <td colSpan={noteColumn ? 6 : 5} className="col-empty">
                (Xem lý do dưới đây)
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Line label="Lý do">{sentence(reason)}</Line>
      <p>
        Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, {you} liên hệ với {officer ? `ông/bà ${officer}, ` : ''}
        {deskName(agency)}
        {phone ? (
          <>
            , số điện thoại <span className="nowrap" data-testid="desk-phone">{phone}</span>,
          </>
        ) : null}{' '}
        để được hướng dẫn.
      </p>
      <Signatures right={{ role: 'Người hướng dẫn', name: officer }} />
    </Sheet>
  );
}
