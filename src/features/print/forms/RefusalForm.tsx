/**
 * Mẫu 03: refusal with its reasons — at intake (a visit, no dossier) or during processing (the
 * dossier's refused event).
 */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import type { Applicant } from '../../../domain/dossier/events';
import { Line, Sheet, Signatures, type SheetSettings } from './Sheet';
import type { FormTitle } from './titles';
import { addressee, deskName, honorific, nfc } from './wording';

export interface RefusalFormProps {
  settings: SheetSettings;
  form: FormTitle;
  at: number;
  applicant: Applicant;
  procedureName: string | null;
  reasons: string;
  officerName: string | null | undefined;
  dossier?: { code: string; receivedAt: number };
}

export function RefusalForm({ settings, form, at, applicant, procedureName, reasons, officerName, dossier }: RefusalFormProps) {
  const agency = nfc(settings.agencyName);
  const you = honorific(applicant);
  return (
    <Sheet settings={settings} form={form} date={at}>
      <Line label={`${deskName(agency)} tiếp nhận hồ sơ của`}>
        <strong>{addressee(applicant)}</strong>
      </Line>
      <Line label="Địa chỉ">{nfc(applicant.address)}</Line>
      <Line label="Số điện thoại">{nfc(applicant.phone)}</Line>
      <Line label="Thư điện tử">{nfc(applicant.email)}</Line>
      <Line label="Nội dung yêu cầu giải quyết">{nfc(procedureName)}</Line>
      {dossier && (
        <Line label="Mã hồ sơ">
          {nfc(dossier.code)}, tiếp nhận lúc {formatTimeWordsVi(dossier.receivedAt)}
        </Line>
      )}
      <p>
        Qua xem xét, {agency || 'cơ quan'} thông báo không {dossier ? 'giải quyết' : 'tiếp nhận, giải quyết'} hồ sơ này với lý do cụ thể
        như sau:
      </p>
      <p className="sheet-reasons" data-testid="reasons">
        {nfc(reasons)}
      </p>
      <p>Xin thông báo để {you} được biết và thực hiện./.</p>
      <Signatures
        right={
          dossier
            ? // A refusal during processing is the handling agency's decision, signed by its head.
              { role: 'Thủ trưởng cơ quan giải quyết', hint: 'Ký, ghi rõ họ tên và đóng dấu' }
            : { role: 'Người tiếp nhận hồ sơ', name: nfc(officerName) || nfc(settings.officerName) }
        }
      />
    </Sheet>
  );
}
