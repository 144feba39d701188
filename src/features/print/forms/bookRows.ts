/**
 * One line of the tracking book (Mẫu 07) from a dossier's row and history: what the printed book
 * and its .xlsx/CSV export both show, so the two never disagree.
 */
import { formatDateVi } from '../../../domain/calendar/vnTime';
import type { DossierEvent } from '../../../domain/dossier/events';
import { parseBookEntry } from '../../../domain/trackingBook';
import type { TrackingBookEntry } from '../../../store/trackingBook';
import { nfc, sentence, TIMELINESS_WORDS } from './wording';

export interface BookLine {
  code: string;
  procedure: string;
  applicantName: string;
  /** Address and phone, "; "-separated; empty when neither is known. */
  contact: string;
  /** The unit that handled it (the last hand-off away from the desk); empty when none. */
  handler: string;
  receivedAt: number;
  /** The appointment given at receipt. */
  dueAt: number;
  transferredAt: number | null;
  /** The result (or the refusal) came back to the desk. */
  resultAt: number | null;
  returnedAt: number | null;
  note: string;
}

const at = (e: DossierEvent | undefined) => (e ? e.at : null);

export function bookLine({ row, events }: TrackingBookEntry): BookLine {
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
  return {
    code: nfc(row.code),
    procedure: sentence(row.procedureName),
    applicantName: nfc(a.name),
    contact: [nfc(a.address), nfc(a.phone)].filter(Boolean).join('; '),
    handler: handler ? nfc(handler.name) : '',
    receivedAt: row.receivedAt,
    dueAt: row.originalDueAt,
    transferredAt: at(events.find((e) => e.type === 'transferred')),
    resultAt: at(events.find((e) => e.type === 'result-ready' || e.type === 'refused')),
    returnedAt: at(events.find((e) => e.type === 'returned')),
    note: notes.join('; '),
  };
}
