/** Mẫu 01: the receipt with the appointment, handed to the citizen at intake. */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import type { DossierRecord } from '../printData';
import { QrCode } from './QrCode';
import { Line, Sheet, SignatureBlock, Signatures, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, count2, deskName, nfc, returnPlaceWords, timeLimitWords } from './wording';

export function ReceiptForm({ settings, dossier }: { settings: SheetSettings; dossier: DossierRecord }) {
  const r = dossier.received;
  const a = r.applicant;
  const agency = nfc(settings.agencyName);
  const documents = r.documents.filter((d) => d.received);
  const code = nfc(r.code);
  return (
    <Sheet
      settings={settings}
      form={formTitle('receipt', r.terms.formRegime)}
      date={r.at}
      subtitle={
        <div className="sheet-code-row">
          <p className="sheet-code">
            Mã hồ sơ: <strong data-testid="dossier-code">{code}</strong>
          </p>
          <div className="sheet-qr">
            <QrCode value={code} label={`Mã QR của mã hồ sơ ${code}`} />
            <p className="sheet-qr-hint">Quét mã để tra cứu tình trạng hồ sơ</p>
          </div>
        </div>
      }
    >
      <p>{deskName(agency)}</p>
      <Line label="Tiếp nhận hồ sơ của">
        <strong>{addressee(a)}</strong>
      </Line>
      {a.kind === 'person' && a.idNumber && <Line label="Số định danh cá nhân">{a.idNumber}</Line>}
      {a.kind === 'organisation' && a.representative && <Line label="Người đại diện">{nfc(a.representative)}</Line>}
      {a.kind === 'organisation' && a.taxCode && <Line label="Mã số thuế">{a.taxCode}</Line>}
      <Line label="Địa chỉ">{nfc(a.address)}</Line>
      <Line label="Số điện thoại">{nfc(a.phone)}</Line>
      <Line label="Thư điện tử">{nfc(a.email)}</Line>
      <Line label="Nội dung yêu cầu giải quyết">{nfc(r.terms.procedureName)}</Line>

      <p className="sheet-item">1. Thành phần hồ sơ nộp gồm:</p>
      <table className="form-table" data-testid="documents">
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
              <td>{nfc(d.name)}</td>
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
      <p className="sheet-item">2. Số lượng hồ sơ: {count2(r.sets)} bộ</p>
      <p className="sheet-item">3. Thời gian giải quyết hồ sơ theo quy định: {timeLimitWords(r.terms.timeLimit)}</p>
      <p className="sheet-item">4. Thời gian nhận hồ sơ: {formatTimeWordsVi(r.at)}</p>
      <p className="sheet-item">
        5. Thời gian trả kết quả giải quyết hồ sơ: <strong data-testid="appointment">{formatTimeWordsVi(r.dueAt)}</strong>
      </p>
      <p className="sheet-item">6. Đăng ký nhận kết quả tại: {returnPlaceWords(r.returnMethod, agency, r.returnAddress)}</p>
      {r.feeVnd !== null && r.feeVnd > 0 && (
        <p className="sheet-item">7. Phí, lệ phí: {new Intl.NumberFormat('vi-VN').format(r.feeVnd)} đồng</p>
      )}
      {r.bookEntry && <p className="sheet-item">Vào Sổ theo dõi hồ sơ: {nfc(r.bookEntry)}</p>}
      <Signatures
        left={<SignatureBlock signer={{ role: 'Người nộp hồ sơ' }} />}
        right={{ role: 'Người tiếp nhận hồ sơ', name: r.officerName || settings.officerName }}
      />
    </Sheet>
  );
}
