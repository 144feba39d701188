/**
 * Mẫu 04: the apology for a late dossier with its new appointment (DOMAIN.md §2: sent no later
 * than one working day before the due date; the date may be re-set only once).
 */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import type { EventOf } from '../../../domain/dossier/events';
import { dueBefore, type DossierRecord } from '../printData';
import { Line, Recipients, Sheet, Signatures, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, deskName, headSigner, honorific, nfc, sentence } from './wording';

export function ApologyForm({
  settings,
  dossier,
  apology,
}: {
  settings: SheetSettings;
  dossier: DossierRecord;
  apology: EventOf<'apologised'>;
}) {
  const r = dossier.received;
  const regime = r.terms.formRegime;
  const agency = nfc(settings.agencyName);
  const late = nfc(apology.by) || agency || 'Cơ quan';
  const you = honorific(r.applicant);
  const previousDue = dueBefore(dossier, dossier.events.indexOf(apology));
  return (
    <Sheet settings={settings} form={formTitle('apology', regime)} date={apology.at}>
      <p className="sheet-to">
        Kính gửi: <strong>{addressee(r.applicant)}</strong>
      </p>
      <Line label="Địa chỉ">{nfc(r.applicant.address)}</Line>
      <p>
        {deskName(agency)} đã tiếp nhận hồ sơ của {you} vào lúc {formatTimeWordsVi(r.at)}, mã hồ sơ{' '}
        <strong className="dossier-code">{nfc(r.code)}</strong>, đề nghị giải quyết thủ tục: {sentence(r.terms.procedureName)}.
      </p>
      <p>
        Thời gian hẹn trả kết quả giải quyết hồ sơ: <span data-testid="previous-due">{formatTimeWordsVi(previousDue)}</span>.
      </p>
      <p>
        Tuy nhiên, đến nay {late} chưa giải quyết xong hồ sơ của {you}. Lý do: <span data-testid="apology-reason">{sentence(apology.reason)}</span>.
      </p>
      <p>
        Sự chậm trễ này đã gây phiền hà cho {you}. {late} xin lỗi {you} và{' '}
        {regime === 'tt01-2018' ? 'xin hẹn lại thời gian trả kết quả' : 'đề nghị gia hạn thời gian giải quyết hồ sơ đến'}:{' '}
        <strong data-testid="new-due">{formatTimeWordsVi(apology.newDueAt)}</strong>.
      </p>
      <p>Kính mong {you} thông cảm./.</p>
      <Signatures
        left={<Recipients to={addressee(r.applicant)} />}
        // Signed by the head of the agency that is late (a unit inside the commune: the commune's).
        right={{ role: headSigner(/^(ủy ban|ubnd|sở|chi cục|trung tâm|văn phòng|chi nhánh)/iu.test(late) ? late : agency), hint: 'Ký, ghi rõ họ tên và đóng dấu' }}
      />
    </Sheet>
  );
}
