/**
 * Mẫu 06 (Mẫu 05 under Circular 01/2018): the processing control sheet that travels with the
 * dossier. One row per hand-off, framed like real sheets by the receipt (citizen → desk) as the
 * first row and the return (desk → citizen) as the last.
 */
import { formatTimeWordsVi } from '../../../domain/calendar/vnTime';
import type { ReturnMethod, Unit } from '../../../domain/dossier/events';
import { timelinessOf } from '../../../domain/dossier/lifecycle';
import type { Timeliness } from '../../../domain/dossier/state';
import { dueBefore, type DossierRecord } from '../printData';
import { Line, Sheet, type SheetSettings } from './Sheet';
import { formTitle } from './titles';
import { addressee, deskName, nfc, TIMELINESS_WORDS } from './wording';

interface Party {
  unit: string;
  person: string;
}

interface ControlRow {
  key: string;
  from: Party;
  to: Party;
  at: number;
  /** Null on the receipt row: the clock only starts there. */
  result: Timeliness | null;
  note: string;
}

const RETURN_NOTES: Record<ReturnMethod, string> = {
  desk: 'Trả kết quả tại bộ phận một cửa',
  postal: 'Gửi kết quả qua dịch vụ bưu chính',
  online: 'Trả kết quả trực tuyến',
};

function controlRows(dossier: DossierRecord, desk: string): ControlRow[] {
  const r = dossier.received;
  // The desk's own name instead of the generic unit the events carry (lifecycle DESK_UNIT).
  const party = (unit: Unit, person?: string | null): Party => ({
    unit: unit.kind === 'desk' ? desk : nfc(unit.name),
    person: nfc(unit.person ?? person),
  });
  const rows: ControlRow[] = [
    {
      key: r.id,
      from: { unit: 'Người nộp hồ sơ', person: addressee(r.applicant) },
      to: { unit: desk, person: nfc(r.officerName) },
      at: r.at,
      result: null,
      note: 'Tiếp nhận hồ sơ',
    },
  ];
  dossier.events.forEach((e, index) => {
    if (e.type === 'transferred') {
      rows.push({
        key: e.id,
        from: party(e.from),
        to: party(e.to),
        at: e.at,
        result: timelinessOf(e.at, dueBefore(dossier, index)),
        note: nfc(e.note),
      });
    } else if (e.type === 'returned') {
      const tracking = e.method === 'postal' && e.postalTracking ? `, số hiệu bưu gửi ${nfc(e.postalTracking)}` : '';
      rows.push({
        key: e.id,
        from: { unit: desk, person: nfc(e.officerName) },
        to: { unit: 'Người nhận kết quả', person: nfc(e.recipient) },
        at: e.at,
        // The outcome counted for the dossier (when the result was ready), not the day the
        // citizen chose to come for it.
        result: dossier.state.timeliness ?? timelinessOf(e.at, dueBefore(dossier, index)),
        note: `${RETURN_NOTES[e.method]}${tracking}`,
      });
    }
  });
  return rows;
}

function PartyCell({ party }: { party: Party }) {
  return (
    <td className="col-party">
      <span className="party-unit">{party.unit}</span>
      {party.person && <span className="party-person">{party.person}</span>}
    </td>
  );
}

export function ControlSheetForm({ settings, dossier }: { settings: SheetSettings; dossier: DossierRecord }) {
  const r = dossier.received;
  const s = dossier.state;
  const desk = deskName(nfc(settings.agencyName));
  const rows = controlRows(dossier, desk);
  const handler = [...s.handOffs].reverse().find((h) => h.to.kind !== 'desk')?.to;
  return (
    <Sheet
      settings={settings}
      form={formTitle('controlSheet', r.terms.formRegime)}
      date={r.at}
      subtitle={<p className="sheet-subtitle">(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)</p>}
    >
      <Line label="Mã hồ sơ">
        <strong data-testid="dossier-code">{nfc(r.code)}</strong>
      </Line>
      <Line label="Người nộp hồ sơ">
        <strong>{addressee(r.applicant)}</strong>
        {r.applicant.address ? `; địa chỉ: ${nfc(r.applicant.address)}` : ''}
        {r.applicant.phone ? `; điện thoại: ${nfc(r.applicant.phone)}` : ''}
      </Line>
      <Line label="Tên thủ tục">{nfc(r.terms.procedureName)}</Line>
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
              <td className="col-time">{formatTimeWordsVi(row.at)}</td>
              <td>{row.result ? TIMELINESS_WORDS[row.result] : ''}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}
