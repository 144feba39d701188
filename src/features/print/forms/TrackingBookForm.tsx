/** Mẫu 07 (Mẫu 06 under Circular 01/2018): the tracking book of a period, printed landscape. */
import { formatDateVi } from '../../../domain/calendar/vnTime';
import type { DossierEvent } from '../../../domain/dossier/events';
import { parseBookEntry } from '../../../domain/trackingBook';
import type { TrackingBookEntry } from '../../../store/trackingBook';
import { Sheet, type SheetSettings } from './Sheet';
import { formTitle, regimeOn } from './titles';
import { nfc, sentence, TIMELINESS_WORDS } from './wording';

const dateOf = (e: DossierEvent | undefined) => (e ? formatDateVi(e.at) : '');

function BookRow({ no, entry }: { no: number; entry: TrackingBookEntry }) {
  const { row, events } = entry;
  const a = row.applicant;
  const received = events.find((e) => e.type === 'received');
  const handler = [...row.handOffs].reverse().find((h) => h.to.kind !== 'desk')?.to;
  const notes: string[] = [];
  if (received?.type === 'received' && received.bookEntry) {
    const book = parseBookEntry(received.bookEntry);
    notes.push(book ? `Vào sổ: quyển ${book.volume}, số ${book.entry}` : `Vào sổ: ${nfc(received.bookEntry)}`);
  }
  if (row.apologisedAt !== null) notes.push(`Đã xin lỗi, hẹn lại ${formatDateVi(row.dueAt)}`);
  if (row.status === 'refused') notes.push('Từ chối giải quyết');
  if (row.status === 'withdrawn') {
    const w = events.find((e) => e.type === 'withdrawn');
    notes.push(w?.type === 'withdrawn' && w.kind === 'stopped' ? 'Dừng giải quyết theo đề nghị' : 'Công dân rút hồ sơ');
  }
  if (row.timeliness && row.status !== 'refused') notes.push(TIMELINESS_WORDS[row.timeliness]);
  const contact = [nfc(a.address), nfc(a.phone)].filter(Boolean).join('; ');
  return (
    <tr>
      <td className="col-no">{no}</td>
      <td className="col-code">{nfc(row.code)}</td>
      <td>{sentence(row.procedureName)}</td>
      <td>
        <span className="party-unit">{nfc(a.name)}</span>
        {contact && <span className="party-person">{contact}</span>}
      </td>
      <td>{handler ? nfc(handler.name) : ''}</td>
      <td className="col-date">{formatDateVi(row.receivedAt)}</td>
      <td className="col-date">{formatDateVi(row.originalDueAt)}</td>
      <td className="col-date">{dateOf(events.find((e) => e.type === 'transferred'))}</td>
      <td className="col-date">{dateOf(events.find((e) => e.type === 'result-ready' || e.type === 'refused'))}</td>
      <td className="col-date">{dateOf(events.find((e) => e.type === 'returned'))}</td>
      <td>{notes.join('; ')}</td>
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
