/**
 * The rows of the processing control sheet (Mẫu 06; Mẫu 05 before 2025), derived from the
 * dossier's history in one pure function (DOMAIN.md §2 step 3 and §3): every hand-off of the
 * dossier is a row — from whom, to whom, when, and whether it was early, on time or late.
 *
 * Hand-offs the history records as events of their own (a transfer) are rows as they are. Others
 * are implied by what happened, and the sheet must show them too:
 *  - the receipt: citizen → desk;
 *  - a supplement request from the handling unit: that unit → desk (the request comes back through
 *    the desk), then desk → citizen (Mẫu 02 handed out); from the desk itself only the second;
 *  - the supplement handed in: citizen → desk, and, when a handling unit asked for it and the
 *    officer does not record the forward as a transfer, desk → that unit at the same time;
 *  - the result ready (or a refusal) while a unit holds the dossier: that unit → desk;
 *  - the return: desk → the person who collects it; a withdrawal: desk → citizen.
 * Each row is judged against the appointment in force just before it (a later apology or pause
 * does not rewrite an earlier row). The citizen's own hand-ins (receipt, supplement) are not judged.
 */
import type { DossierEvent, ReturnMethod, Unit } from '../../../domain/dossier/events';
import { deriveDossier, type DeriveContext } from '../../../domain/dossier/lifecycle';
import type { Timeliness } from '../../../domain/dossier/state';
import { classifyResolution } from '../../../domain/timeliness';
import { addressee, nfc } from './wording';

export interface Party {
  unit: string;
  person: string;
}

export interface ControlRow {
  key: string;
  from: Party;
  to: Party;
  at: number;
  /** Null where nothing is judged (the citizen's own hand-ins). */
  result: Timeliness | null;
  note: string;
}

const RETURN_NOTES: Record<ReturnMethod, string> = {
  desk: 'Trả kết quả tại bộ phận một cửa',
  postal: 'Gửi kết quả qua dịch vụ bưu chính',
  online: 'Trả kết quả trực tuyến',
};

/**
 * @param events the history in replay order (the received event first)
 * @param desk the desk's printed name ("Bộ phận tiếp nhận và trả kết quả Ủy ban nhân dân xã …")
 */
export function controlRows(events: readonly DossierEvent[], ctx: DeriveContext, desk: string): ControlRow[] {
  const received = events[0];
  if (!received || received.type !== 'received') return [];
  const citizen: Party = { unit: 'Người nộp hồ sơ', person: addressee(received.applicant) };
  const party = (unit: Unit, person?: string | null): Party => ({
    // The desk's own name instead of the generic unit the events carry (lifecycle DESK_UNIT).
    unit: unit.kind === 'desk' ? desk : nfc(unit.name),
    person: nfc(unit.person ?? person),
  });
  const deskParty = (officer?: string | null): Party => ({ unit: desk, person: nfc(officer) });
  /** The appointment in force just before the event at `index`. */
  const dueBefore = (index: number) => deriveDossier(events.slice(0, Math.max(1, index)), ctx).dueAt;
  const judge = (at: number, index: number) => classifyResolution(at, dueBefore(index));

  const rows: ControlRow[] = [
    { key: received.id, from: citizen, to: deskParty(received.officerName), at: received.at, result: null, note: 'Tiếp nhận hồ sơ' },
  ];
  /** Who holds the dossier now (the desk until a transfer). */
  let holder: Unit = { kind: 'desk', name: desk };
  /** The unit that asked for the pending supplement, when it was not the desk. */
  let askedBy: Unit | null = null;

  events.forEach((e, index) => {
    if (index === 0) return;
    switch (e.type) {
      case 'transferred':
        rows.push({ key: e.id, from: party(e.from, e.from.kind === 'desk' ? e.officerName : null), to: party(e.to), at: e.at, result: judge(e.at, index), note: nfc(e.note) });
        holder = e.to;
        break;
      case 'supplement-requested': {
        const result = judge(e.at, index);
        if (holder.kind !== 'desk') {
          rows.push({ key: `${e.id}:back`, from: party(holder), to: deskParty(e.officerName), at: e.at, result, note: 'Chuyển yêu cầu bổ sung hồ sơ' });
          askedBy = holder;
          holder = { kind: 'desk', name: desk };
        } else askedBy = null;
        rows.push({ key: `${e.id}:out`, from: deskParty(e.officerName), to: citizen, at: e.at, result, note: 'Yêu cầu bổ sung, hoàn thiện hồ sơ' });
        break;
      }
      case 'supplement-supplied': {
        rows.push({ key: `${e.id}:in`, from: citizen, to: deskParty(e.officerName), at: e.at, result: null, note: 'Nộp hồ sơ bổ sung' });
        const next = events.slice(index + 1).find((x) => x.type === 'transferred' || x.type === 'supplement-supplied');
        const recordedForward = next?.type === 'transferred' && next.from.kind === 'desk';
        if (askedBy && !recordedForward) {
          rows.push({ key: `${e.id}:fwd`, from: deskParty(e.officerName), to: party(askedBy), at: e.at, result: judge(e.at, index + 1), note: 'Chuyển hồ sơ đã bổ sung' });
          holder = askedBy;
        }
        askedBy = null;
        break;
      }
      case 'result-ready':
        if (holder.kind !== 'desk') {
          const number = nfc(e.resultNumber);
          rows.push({ key: e.id, from: party(holder), to: deskParty(e.officerName), at: e.at, result: judge(e.at, index), note: `Chuyển kết quả giải quyết${number ? ` (số ${number})` : ''}` });
          holder = { kind: 'desk', name: desk };
        }
        break;
      case 'refused':
        if (holder.kind !== 'desk') {
          rows.push({ key: e.id, from: party(holder), to: deskParty(e.officerName), at: e.at, result: judge(e.at, index), note: 'Trả hồ sơ, từ chối giải quyết' });
          holder = { kind: 'desk', name: desk };
        }
        break;
      case 'returned': {
        const tracking = e.method === 'postal' && e.postalTracking ? `, số hiệu bưu gửi ${nfc(e.postalTracking)}` : '';
        // The outcome counted for the dossier is when the result was ready, not the day the
        // citizen chose to come for it.
        const ready = events.slice(0, index).findLast((x) => x.type === 'result-ready');
        rows.push({
          key: e.id,
          from: deskParty(e.officerName),
          to: { unit: 'Người nhận kết quả', person: nfc(e.recipient) },
          at: e.at,
          result: ready ? judge(ready.at, events.indexOf(ready)) : judge(e.at, index),
          note: `${RETURN_NOTES[e.method]}${tracking}`,
        });
        break;
      }
      case 'withdrawn':
        rows.push({
          key: e.id,
          from: deskParty(e.officerName),
          to: citizen,
          at: e.at,
          result: null,
          note: e.kind === 'stopped' ? 'Dừng giải quyết theo đề nghị' : 'Công dân rút hồ sơ',
        });
        break;
      default:
        break;
    }
  });
  return rows;
}
