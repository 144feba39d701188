/**
 * A dossier (hồ sơ) is an append-only history of events — DOMAIN.md §2. Its current state is
 * derived from the events (see lifecycle.ts); nothing edits a past event.
 *
 * Every event is made on a device, may be made while offline, and is later merged with events
 * made on other devices of the commune and at the province. So each carries:
 *  - `id`: a UUID made on the device (a resend is harmless: the hub stores an id once);
 *  - `deviceId` and `officerId`: who made it, where;
 *  - `hlc`: a hybrid logical clock stamp (clock.ts) that orders events across devices;
 *  - `at`: the wall-clock instant of the action as the officer saw it (epoch ms).
 *
 * Instants are epoch milliseconds; calendar dates are "YYYY-MM-DD" in Vietnam time (UTC+7).
 */
import type { Channel, TimeLimit } from '../procedure';

export interface EventMeta {
  id: string;
  dossierId: string;
  deviceId: string;
  officerId: string;
  /** Display name of the officer at the time, for printed forms and timelines. */
  officerName?: string;
  hlc: string;
  at: number;
}

export type ApplicantKind = 'person' | 'organisation';

export interface Applicant {
  kind: ApplicantKind;
  /** Full name of the person, or the organisation's name. */
  name: string;
  /** 12-digit personal identification number (persons), when given. */
  idNumber?: string | null;
  /** Old 9-digit ID number, when read from the card. */
  oldIdNumber?: string | null;
  /** Date of birth "YYYY-MM-DD" (persons). */
  dateOfBirth?: string | null;
  gender?: 'male' | 'female' | null;
  /** Tax or enterprise code (organisations). */
  taxCode?: string | null;
  /** Representative's name (organisations). */
  representative?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface ReceivedDocument {
  name: string;
  originals: number;
  copies: number;
  /** Whether the document was handed in at receipt. */
  received: boolean;
  /** Only shown for checking and handed back (ID card): never counted or printed as received. */
  shownOnly?: boolean;
  /** Attachment ids (attachments table) of the scans of this document. */
  attachmentIds?: string[];
}

export type ReturnMethod = 'desk' | 'postal' | 'online';

/** Where a transfer sends the dossier (DOMAIN.md §2 step 3). */
export type UnitKind = 'desk' | 'commune-specialist' | 'provincial-agency' | 'vertical-sector' | 'other-commune' | 'leader';

export interface Unit {
  kind: UnitKind;
  name: string;
  /** Person in the unit, when known. */
  person?: string | null;
}

/** What the rules of the day said at receipt; the dossier keeps them for life (DOMAIN.md §1). */
export interface ReceiptTerms {
  /** Procedure version key (procedureVersion()). */
  procedureVersion: string;
  procedureId: string;
  procedureCode: string;
  procedureName: string;
  fieldCode: string | null;
  fieldName: string;
  /** The time limit that applied to the channel, as in the catalogue at receipt. */
  timeLimit: TimeLimit | null;
  /** Which legal regime the forms follow: before or since 1 July 2025. */
  formRegime: 'tt01-2018' | 'tt03-2025';
}

export interface ReceivedPayload {
  type: 'received';
  /** Dossier code (mã hồ sơ), final at receipt. */
  code: string;
  terms: ReceiptTerms;
  caseId: string | null;
  channel: Channel;
  applicant: Applicant;
  documents: ReceivedDocument[];
  /** Number of sets (số lượng hồ sơ, bộ). */
  sets: number;
  feeVnd: number | null;
  returnMethod: ReturnMethod;
  /** Postal address when the result is returned by post. */
  returnAddress?: string | null;
  /** Appointment (ngày hẹn trả), computed from the calendar at receipt. */
  dueAt: number;
  /**
   * The last instant the apology (Mẫu 04) may be sent: the closing of the working day before the
   * due date, computed from the calendar at receipt; null when that day is not after the receipt
   * day (within-day and 1-working-day limits), so an apology is owed only once overdue. Absent in
   * events recorded before it existed: replay then computes it from the calendar (lifecycle.ts).
   */
  apologyDueAt?: number | null;
  /** Tracking book volume and entry number (Mẫu 01/07), when the commune keeps them. */
  bookEntry?: string | null;
  note?: string | null;
}

export interface TransferredPayload {
  type: 'transferred';
  from: Unit;
  to: Unit;
  note?: string | null;
}

export interface AppraisedPayload {
  type: 'appraised';
  /** Conclusion of the appraisal: fit to approve, or the handler proposes supplement/refusal. */
  conclusion: 'eligible' | 'needs-supplement' | 'not-eligible';
  note?: string | null;
  /** Who appraised (the handling unit and person); absent in older events: the unit holding the dossier. */
  by?: Unit | null;
}

export interface SupplementItem {
  name: string;
  originals: number;
  /** Copies that must be certified or issued from the original register (bản sao). */
  copies: number;
  /** Plain photocopies (bản chụp); Mẫu 02 lists them apart. Absent in older events: none. */
  photocopies?: number;
  note?: string | null;
}

export interface SupplementRequestedPayload {
  type: 'supplement-requested';
  items: SupplementItem[];
  reason: string;
  /** Who asked: the desk at intake review or the handling unit during processing. */
  requestedBy: 'desk' | 'handler';
  /**
   * Whether the clock stopped for this request: the desk's pause rule then in force (DOMAIN.md §2,
   * a setting). Absent in events recorded before it existed: replay then uses the rule it is given.
   */
  clockPaused?: boolean;
  /** The handling unit that asked (requestedBy 'handler'); absent: the unit holding the dossier. */
  by?: Unit | null;
}

/**
 * What an event that ends a supplement pause (the supplement complete, or a refusal or
 * withdrawal while waiting) decided, recorded when it was made so that replay needs no calendar:
 * the due instant and the apology deadline from then on. Absent when the event ended no pause,
 * and in events recorded before these existed (replay then computes them from the calendar).
 */
export interface PauseEnd {
  resumedDueAt?: number;
  resumedApologyDueAt?: number | null;
}

export interface SupplementSuppliedPayload extends PauseEnd {
  type: 'supplement-supplied';
  /** Items handed in; all requested items must be in for the clock to resume. */
  items: SupplementItem[];
  note?: string | null;
}

export interface RefusedPayload extends PauseEnd {
  type: 'refused';
  reasons: string;
}

export interface ApprovedPayload {
  type: 'approved';
  signer: string;
  /** The signer's title, e.g. "Chủ tịch", "Phó Chủ tịch", when known. */
  signerTitle?: string | null;
  note?: string | null;
}

export interface ResultReadyPayload {
  type: 'result-ready';
  /** Number of the issued result document, when it has one. */
  resultNumber?: string | null;
  note?: string | null;
  /** The unit that sent the result back to the desk; absent: the unit holding the dossier. */
  by?: Unit | null;
}

export interface ReturnedPayload {
  type: 'returned';
  method: ReturnMethod;
  recipient: string;
  postalTracking?: string | null;
  feeCollectedVnd?: number | null;
}

export interface WithdrawnPayload extends PauseEnd {
  type: 'withdrawn';
  /** `withdrawn`: the citizen takes the dossier back; `stopped`: asks to stop processing (Mẫu 05, 2025). */
  kind: 'withdrawn' | 'stopped';
  reason: string;
}

export interface ApologisedPayload {
  type: 'apologised';
  reason: string;
  /** The new appointment (may be set only once). */
  newDueAt: number;
  /** The unit that is late and apologises. */
  by?: string | null;
}

export type SatisfactionLevel = 'very-satisfied' | 'satisfied' | 'acceptable' | 'not-satisfied';

export interface RatedPayload {
  type: 'rated';
  level: SatisfactionLevel;
  comment?: string | null;
}

export interface NotedPayload {
  type: 'noted';
  text: string;
}

/**
 * An officer closes a conflict: an event of this dossier that the rules forbade in the merged
 * (HLC) order of events made apart on several devices (lifecycle.ts `mergeDossier`). The forbidden
 * event stays in the history, never applied; this records who looked at it, when, and what was
 * done about it (e.g. "trả kết quả hai lần: đã gọi công dân xác nhận, chỉ trả một bản"). It
 * changes nothing else in the dossier and is allowed in any status, even a final one.
 */
export interface ConflictResolvedPayload {
  type: 'conflict-resolved';
  /** The forbidden event this closes. */
  eventId: string;
  note: string;
}

export type DossierEventPayload =
  | ReceivedPayload
  | TransferredPayload
  | AppraisedPayload
  | SupplementRequestedPayload
  | SupplementSuppliedPayload
  | RefusedPayload
  | ApprovedPayload
  | ResultReadyPayload
  | ReturnedPayload
  | WithdrawnPayload
  | ApologisedPayload
  | RatedPayload
  | NotedPayload
  | ConflictResolvedPayload;

export type DossierEventType = DossierEventPayload['type'];

export type DossierEvent = EventMeta & DossierEventPayload;

export type EventOf<T extends DossierEventType> = EventMeta & Extract<DossierEventPayload, { type: T }>;
