/** Mẫu 05 (Circular 03/2025): processing stopped at the citizen's request. */
import { formatDateWordsVi, formatTimeWordsVi, vnDate } from '../../../domain/calendar/vnTime';
import type { EventOf } from '../../../domain/dossier/events';
import type { DossierRecord } from '../printData';
import { Line, Recipients, Sheet, Signatures, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, deskName, headSigner, honorific, nfc, sentence } from './wording';

export function StopForm({ settings, dossier, stop }: { settings: SheetSettings; dossier: DossierRecord; stop: EventOf<'withdrawn'> }) {
  const r = dossier.received;
  const agency = nfc(settings.agencyName);
  const you = honorific(r.applicant);
  return (
    <Sheet settings={settings} form={formTitle('stop', r.terms.formRegime)} date={stop.at}>
      <p className="sheet-to">
        Kính gửi: <strong>{addressee(r.applicant)}</strong>
      </p>
      <Line label="Địa chỉ">{nfc(r.applicant.address)}</Line>
      <p>
        {deskName(agency)} đã tiếp nhận hồ sơ của {you} vào lúc {formatTimeWordsVi(r.at)}, mã hồ sơ{' '}
        <strong className="dossier-code">{nfc(r.code)}</strong>, đề nghị giải quyết thủ tục: {sentence(r.terms.procedureName)}.
      </p>
      <p>
        {formatDateWordsVi(vnDate(stop.at)).replace(/^n/, 'N')}, {you} đề nghị dừng giải quyết hồ sơ nêu trên. Lý do:{' '}
        <span data-testid="stop-reason">{sentence(stop.reason)}</span>.
      </p>
      <p>
        {agency || 'Cơ quan'} thông báo dừng giải quyết hồ sơ mã số <span className="dossier-code">{nfc(r.code)}</span> kể từ {formatTimeWordsVi(stop.at)}. {you} nhận lại
        giấy tờ đã nộp (nếu có) tại {deskName(agency)}.
      </p>
      <p>Xin thông báo để {you} được biết./.</p>
      <Signatures
        left={<Recipients to={addressee(r.applicant)} />}
        right={{ role: headSigner(agency), hint: 'Ký, ghi rõ họ tên và đóng dấu' }}
      />
    </Sheet>
  );
}
