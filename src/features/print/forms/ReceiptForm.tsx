/**
 * Mẫu 01: the receipt with the appointment, handed to the citizen at intake. Up to 8 documents it
 * fits one A4 sheet (tests/e2e/print-pages.e2e.test.ts); the closing items and the signatures
 * never leave each other, so no signature block stands alone on a second sheet.
 */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import { parseBookEntry } from '../../../domain/trackingBook';
import { keptDocuments, shownDocuments } from '../../../domain/dossier/documents';
import type { DossierRecord } from '../printData';
import { QrCode } from './QrCode';
import { Line, Sheet, SignatureBlock, Signatures, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, BLANK, count2, deskName, nfc, returnPlaceWords, sentence, timeLimitWords } from './wording';

/** "Quyển số: 2026, Số thứ tự: 1234" (blanks to fill by hand when the desk gave none). */
function BookEntryLine({ no, text }: { no: number; text: string | null | undefined }) {
  const parsed = parseBookEntry(text);
  return (
    <p className="sheet-item" data-testid="book-entry">
      {no}. Vào Sổ theo dõi hồ sơ: {parsed ? <>Quyển số: {parsed.volume}, Số thứ tự: {parsed.entry}</> : nfc(text) || `Quyển số: ${BLANK}, Số thứ tự: ${BLANK}`}
    </p>
  );
}

export function ReceiptForm({ settings, dossier }: { settings: SheetSettings; dossier: DossierRecord }) {
  const r = dossier.received;
  const a = r.applicant;
  const agency = nfc(settings.agencyName);
  const documents = keptDocuments(r.documents);
  const shown = shownDocuments(r.documents);
  const code = nfc(r.code);
  const fee = r.feeVnd !== null && r.feeVnd > 0;
  let no = 1;
  return (
    <Sheet
      settings={settings}
      form={formTitle('receipt', r.terms.formRegime)}
      date={r.at}
      className="sheet-receipt"
      subtitle={
        <div className="sheet-code-row">
          <div className="sheet-qr">
            <QrCode value={code} label={`Mã QR của mã hồ sơ ${code}`} />
            <p className="sheet-qr-hint">Quét mã để tra cứu</p>
          </div>
          <p className="sheet-code">
            Mã hồ sơ: <strong className="dossier-code" data-testid="dossier-code">{code}</strong>
          </p>
        </div>
      }
    >
      <Line label={`${deskName(agency)} tiếp nhận hồ sơ của`}>
        <strong>{addressee(a)}</strong>
        {a.kind === 'person' && a.idNumber && <>; số định danh cá nhân: {a.idNumber}</>}
      </Line>
      {a.kind === 'organisation' && a.representative && <Line label="Người đại diện">{nfc(a.representative)}</Line>}
      {a.kind === 'organisation' && a.taxCode && <Line label="Mã số thuế">{a.taxCode}</Line>}
      <Line label="Địa chỉ">{nfc(a.address)}</Line>
      <p className="sheet-line sheet-pair">
        <span>Số điện thoại: {nfc(a.phone) || BLANK}</span>
        <span>Thư điện tử: {nfc(a.email) || BLANK}</span>
      </p>
      <Line label="Nội dung yêu cầu giải quyết">{sentence(r.terms.procedureName)}</Line>

      <p className="sheet-item">{no++}. Thành phần hồ sơ nộp gồm:</p>
      <table className="form-table receipt-table" data-testid="documents">
        <thead>
          <tr>
            <th scope="col" className="col-no">STT</th>
            <th scope="col">Tên giấy tờ</th>
            <th scope="col" className="col-num">Bản chính</th>
            <th scope="col" className="col-num">Bản sao</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d, i) => (
            <tr key={i}>
              <td className="col-no">{i + 1}</td>
              <td>{sentence(d.name)}</td>
              <td className="col-num">{d.originals > 0 ? count2(d.originals) : ''}</td>
              <td className="col-num">{d.copies > 0 ? count2(d.copies) : ''}</td>
            </tr>
          ))}
          {documents.length === 0 && (
            <tr>
              <td colSpan={4} className="col-empty">
                (Không có giấy tờ kèm theo)
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {shown.length > 0 && (
        <p className="sheet-line" data-testid="shown-documents">
          Giấy tờ xuất trình để đối chiếu (đã trả lại): {shown.map((d) => sentence(d.name)).join('; ')}
        </p>
      )}
      {/* The closing items and the signatures print together: never a signature alone on a sheet. */}
      <div className="sheet-closing">
        <p className="sheet-item">
          {no++}. Số lượng hồ sơ: {count2(r.sets)} bộ
        </p>
        <p className="sheet-item">
          {no++}. Thời gian giải quyết hồ sơ theo quy định: {timeLimitWords(r.terms.timeLimit)}
        </p>
        <p className="sheet-item">
          {no++}. Thời gian nhận hồ sơ: {formatTimeWordsVi(r.at)}
        </p>
        <p className="sheet-item">
          {no++}. Thời gian trả kết quả giải quyết hồ sơ: <strong data-testid="appointment">{formatTimeWordsVi(r.dueAt)}</strong>
        </p>
        <p className="sheet-item">
          {no++}. Đăng ký nhận kết quả tại: {returnPlaceWords(r.returnMethod, agency, r.returnAddress)}
        </p>
        {fee && (
          <p className="sheet-item">
            {no++}. Phí, lệ phí: {new Intl.NumberFormat('vi-VN').format(r.feeVnd ?? 0)} đồng
          </p>
        )}
        <BookEntryLine no={no++} text={r.bookEntry} />
        <Signatures
          left={<SignatureBlock signer={{ role: 'Người nộp hồ sơ' }} />}
          right={{ role: 'Người tiếp nhận', name: r.officerName || settings.officerName }}
        />
      </div>
    </Sheet>
  );
}
