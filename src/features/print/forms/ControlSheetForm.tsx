/**
 * Mẫu 06 (Mẫu 05 under Circular 01/2018): the processing control sheet that travels with the
 * dossier. One row per hand-off, from the receipt (citizen → desk) to the return (desk → citizen):
 * the rows are derived in controlRows.ts.
 */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import type { DossierRecord } from '../printData';
import { controlRows, type Party } from './controlRows';
import { Line, Sheet, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, deskName, nfc, sentence, TIMELINESS_WORDS } from './wording';

/** "09 giờ 05 phút, ngày 20 tháng 11 năm 2026", the date part never split over two lines. */
function TimeWords({ at }: { at: number }) {
  const [time, date] = formatTimeWordsVi(at).split(', ');
  return (
    <>
      {time}, <span className="nowrap">{date}</span>
    </>
  );
}

function PartyCell({ party }: { party: Party }) {
  return (
    <td className="col-party">
      <span className="party-unit">{party.unit}</span>
      {party.person && (
        <>
          : <span className="party-person">{party.person}</span>
        </>
      )}
    </td>
  );
}

export function ControlSheetForm({ settings, dossier }: { settings: SheetSettings; dossier: DossierRecord }) {
  const r = dossier.received;
  const s = dossier.state;
  // In the table the desk is named without the agency: the header already names it.
  const rows = controlRows(dossier.events, dossier.ctx, deskName(''));
  const handler = [...s.handOffs].reverse().find((h) => h.to.kind !== 'desk')?.to;
  return (
    <Sheet
      settings={settings}
      form={formTitle('controlSheet', r.terms.formRegime)}
      date={r.at}
      className="sheet-control"
      subtitle={<p className="sheet-subtitle">(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)</p>}
    >
      <Line label="Mã hồ sơ">
        <strong className="dossier-code" data-testid="dossier-code">{nfc(r.code)}</strong>
      </Line>
      <Line label="Người nộp hồ sơ">
        <strong>{addressee(r.applicant)}</strong>
        {r.applicant.address ? `; địa chỉ: ${nfc(r.applicant.address)}` : ''}
        {r.applicant.phone ? `; điện thoại: ${nfc(r.applicant.phone)}` : ''}
      </Line>
      <Line label="Tên thủ tục">{sentence(r.terms.procedureName)}</Line>
      <Line label="Cơ quan, đơn vị giải quyết">{handler ? nfc(handler.name) : ''}</Line>
      <Line label="Thời gian tiếp nhận">{formatTimeWordsVi(r.at)}</Line>
      <Line label="Thời gian hẹn trả kết quả">
        <span data-testid="appointment">{formatTimeWordsVi(r.dueAt)}</span>
      </Line>
      {s.dueAt !== r.dueAt && <Line label="Thời gian hẹn trả kết quả đã điều chỉnh">{formatTimeWordsVi(s.dueAt)}</Line>}
      <table className="form-table control-table" data-testid="hand-offs">
        <thead>
          <tr>
            <th scope="col" className="col-no">STT</th>
            <th scope="col" className="col-party">Bên giao</th>
            <th scope="col" className="col-party">Bên nhận</th>
            <th scope="col" className="col-time">Thời gian giao, nhận hồ sơ</th>
            <th scope="col" className="col-result">
              Kết quả <span className="th-hint">(trước hạn, đúng hạn, quá hạn)</span>
            </th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <td className="col-no">{i + 1}</td>
              <PartyCell party={row.from} />
              <PartyCell party={row.to} />
              <td className="col-time">
                <TimeWords at={row.at} />
              </td>
              <td className="col-result">{row.result ? TIMELINESS_WORDS[row.result] : ''}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}
