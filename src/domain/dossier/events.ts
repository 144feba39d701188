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
}

export interface SupplementSuppliedPayload {
  type: 'supplement-supplied';
  /** Items handed in; all requested items must be in for the clock to resume. */
  items: SupplementItem[];
  note?: string | null;
}

export interface RefusedPayload {
  type: 'refused';
  reasons: string;
}

export interface ApprovedPayload {
  type: 'approved';
  signer: string;
  note?: string | null;
}

export interface ResultReadyPayload {
  type: 'result-ready';
  /** Number of the issued result document, when it has one. */
  resultNumber?: string | null;
  note?: string | null;
}

export interface ReturnedPayload {
  type: 'returned';
  method: ReturnMethod;
  recipient: string;
  postalTracking?: string | null;
  feeCollectedVnd?: number | null;
}

export interface WithdrawnPayload {
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
  | NotedPayload;

export type DossierEventType = DossierEventPayload['type'];

export type DossierEvent = EventMeta & DossierEventPayload;

export type EventOf<T extends DossierEventType> = EventMeta & Extract<DossierEventPayload, { type: T }>;
