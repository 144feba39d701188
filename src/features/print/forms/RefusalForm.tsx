/**
 * Mẫu 03: refusal with its reasons — at intake (a visit, no dossier) or during processing (the
 * dossier's refused event).
 */
import type { Applicant } from '../../../domain/dossier/events';
import { RequestLines, Sheet, Signatures, type SheetSettings } from './Sheet';
import type { FormTitle } from './titles';
import { headSigner, honorific, nfc } from './wording';

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
      <RequestLines agency={agency} applicant={applicant} procedureName={procedureName} dossier={dossier} />
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
              { role: headSigner(agency), hint: 'Ký, ghi rõ họ tên và đóng dấu' }
            : { role: 'Người tiếp nhận', name: nfc(officerName) || nfc(settings.officerName) }
        }
      />
    </Sheet>
  );
}
