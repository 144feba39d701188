/** Mẫu 07 (Mẫu 06 under Circular 01/2018): the tracking book of a period, printed landscape. */
import { formatDateVi } from '../../../domain/calendar/vnTime';
import type { TrackingBookEntry } from '../../../store/trackingBook';
import { bookLine } from './bookRows';
import { Sheet, type SheetSettings } from './Sheet';
import { formTitle, regimeOn } from './titles';

const dateOf = (ms: number | null) => (ms === null ? '' : formatDateVi(ms));

function BookRow({ no, entry }: { no: number; entry: TrackingBookEntry }) {
  const line = bookLine(entry);
  return (
    <tr>
      <td className="col-no">{no}</td>
      <td className="col-code">{line.code}</td>
      <td>{line.procedure}</td>
      <td>
        <span className="party-unit">{line.applicantName}</span>
        {line.contact && <span className="party-person">{line.contact}</span>}
      </td>
      <td>{line.handler}</td>
      <td className="col-date">{formatDateVi(line.receivedAt)}</td>
      <td className="col-date">{formatDateVi(line.dueAt)}</td>
      <td className="col-date">{dateOf(line.transferredAt)}</td>
      <td className="col-date">{dateOf(line.resultAt)}</td>
      <td className="col-date">{dateOf(line.returnedAt)}</td>
      <td>{line.note}</td>
    </tr>
  );
}

export function TrackingBookForm({
  settings,
  from,
  to,
  entries,
}: {
  settings: SheetSettings;
  from: string;
  to: string;
  entries: TrackingBookEntry[];
}) {
  return (
    <Sheet
      settings={settings}
      form={formTitle('trackingBook', regimeOn(to))}
      date={null}
      landscape
      subtitle={
        <p className="sheet-subtitle">
          Từ ngày {formatDateVi(from)} đến ngày {formatDateVi(to)}
        </p>
      }
    >
      <table className="form-table book-table" data-testid="tracking-book">
        {/* Fixed widths (A4 landscape, 272 mm): the code on one line, dates on one line, the
            texts wide enough to read as lines, not one word per line. */}
        <colgroup>
          <col style={{ width: '3%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '14.5%' }} />
          <col style={{ width: '18.5%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '6.4%' }} span={5} />
          <col style={{ width: '8%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="col-no">STT</th>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Tên thủ tục hành chính</th>
            <th scope="col">Tên, địa chỉ, số điện thoại người nộp</th>
            <th scope="col">Cơ quan chủ trì giải quyết</th>
            <th scope="col">Ngày nhận hồ sơ</th>
            <th scope="col">Ngày hẹn trả kết quả</th>
            <th scope="col">Ngày chuyển hồ sơ đến cơ quan giải quyết</th>
            <th scope="col">Ngày nhận kết quả từ cơ quan giải quyết</th>
            <th scope="col">Ngày trả kết quả</th>
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, i) => (
            <BookRow key={entry.row.id} no={i + 1} entry={entry} />
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={11} className="col-empty">
                Không có hồ sơ nào được tiếp nhận trong kỳ này.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </Sheet>
  );
}
