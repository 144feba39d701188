/**
 * The intake form's state and the rules it is checked against, kept apart from React so they can
 * be tested directly. The whole state is plain data (plus the attachment Blobs) so that it can be
 * saved as a draft on every pause in typing and given back after a reload.
 */
import type { Translate } from '../../app/i18n';
import { validateCitizenId, type IdCardQr } from '../../domain/citizenId';
import type { Applicant, ApplicantKind, ReceivedDocument, ReturnMethod, SupplementItem } from '../../domain/dossier/events';
import { CHANNELS, type Channel, type DocumentCase, type Procedure, type RequiredDocument } from '../../domain/procedure';
import { foldVietnamese } from '../../domain/searchText';
import type { VisitFormSnapshot, VisitRow } from '../../store/db';
import type { NewAttachment } from '../../store/dossiers';

export interface ApplicantForm {
  kind: ApplicantKind;
  name: string;
  idNumber: string;
  oldIdNumber: string;
  /** "YYYY-MM-DD" as the date input gives it; '' when not entered. */
  dateOfBirth: string;
  gender: '' | 'male' | 'female';
  address: string;
  phone: string;
  email: string;
  taxCode: string;
  representative: string;
}

/** The officer's check of one document of the case's list, matched by the document's name. */
export interface DocumentCheck {
  name: string;
  received: boolean;
  originals: number;
  copies: number;
}

/** A scan or photo, already downscaled, kept with the draft until the dossier is saved. */
export interface DraftAttachment {
  id: string;
  /** Name of the document it belongs to; null (or a name no longer in the case) = other files. */
  documentName: string | null;
  name: string;
  mime: string;
  size: number;
  blob: Blob;
}

export interface ReceiveFormData {
  version: 1;
  /** Made when the form opened: a double submit or a retry saves one dossier. */
  dossierId: string;
  procedureId: string | null;
  /** Kept for the list of drafts, which does not load procedures. */
  procedureName: string | null;
  caseId: string | null;
  applicant: ApplicantForm;
  documents: DocumentCheck[];
  attachments: DraftAttachment[];
  channel: Channel;
  sets: string;
  /** Digits as typed; only used once the officer edited the fee (else the catalogue's total). */
  fee: string;
  feeEdited: boolean;
  returnMethod: ReturnMethod;
  returnAddress: string;
  note: string;
  guidanceNote: string;
  refusalReasons: string;
  redirectTo: string;
  /** The visit (guidance, refusal, redirect) this intake was started again from, if any. */
  fromVisit?: string | null;
}

export const EMPTY_APPLICANT: ApplicantForm = {
  kind: 'person',
  name: '',
  idNumber: '',
  oldIdNumber: '',
  dateOfBirth: '',
  gender: '',
  address: '',
  phone: '',
  email: '',
  taxCode: '',
  representative: '',
};

export function emptyForm(dossierId: string, procedureId: string | null = null): ReceiveFormData {
  return {
    version: 1,
    dossierId,
    procedureId,
    procedureName: null,
    caseId: null,
    applicant: { ...EMPTY_APPLICANT },
    documents: [],
    attachments: [],
    channel: 'desk',
    sets: '1',
    fee: '',
    feeEdited: false,
    returnMethod: 'desk',
    returnAddress: '',
    note: '',
    guidanceNote: '',
    refusalReasons: '',
    redirectTo: '',
  };
}

/** A stored draft, completed with defaults for anything an older version of the form did not save. */
export function restoreForm(data: unknown, dossierId: string): ReceiveFormData {
  const base = emptyForm(dossierId);
  if (!data || typeof data !== 'object') return base;
  const d = data as Partial<ReceiveFormData>;
  return {
    ...base,
    ...d,
    version: 1,
    dossierId: typeof d.dossierId === 'string' && d.dossierId ? d.dossierId : dossierId,
    applicant: { ...EMPTY_APPLICANT, ...d.applicant },
    documents: Array.isArray(d.documents) ? d.documents : [],
    attachments: Array.isArray(d.attachments) ? d.attachments : [],
  };
}

/** What a visit keeps of the form, to start the intake again from it. */
export function visitSnapshot(form: ReceiveFormData, docCase: DocumentCase | null, channel: Channel): VisitFormSnapshot {
  return {
    caseId: docCase?.id ?? form.caseId,
    channel,
    documents: checksFor(docCase, form.documents),
    returnMethod: form.returnMethod,
    returnAddress: form.returnAddress,
    note: form.note,
  };
}

export function fromApplicant(a: Applicant): ApplicantForm {
  const text = (v: string | null | undefined) => v ?? '';
  const common = { ...EMPTY_APPLICANT, name: a.name, address: text(a.address), phone: text(a.phone), email: text(a.email) };
  if (a.kind === 'organisation') return { ...common, kind: 'organisation', taxCode: text(a.taxCode), representative: text(a.representative) };
  return { ...common, kind: 'person', idNumber: text(a.idNumber), oldIdNumber: text(a.oldIdNumber), dateOfBirth: text(a.dateOfBirth), gender: a.gender ?? '' };
}

/**
 * A new intake filled from a visit that ended without a dossier: the procedure, the applicant,
 * and (when the visit kept them) the case, channel and the documents handed in then.
 */
export function formFromVisit(visit: VisitRow, dossierId: string): ReceiveFormData {
  const base = emptyForm(dossierId, visit.procedureId);
  const kept = visit.form;
  return {
    ...base,
    procedureName: visit.procedureName,
    applicant: fromApplicant(visit.applicant),
    fromVisit: visit.id,
    ...(kept && {
      caseId: kept.caseId,
      channel: kept.channel,
      documents: kept.documents.map((d) => ({ ...d })),
      returnMethod: kept.returnMethod,
      returnAddress: kept.returnAddress,
      note: kept.note,
    }),
  };
}

/**
 * Whether the form holds anything the officer would miss: typed text, a ticked document, a file,
 * an edited fee. Choices alone (procedure, case, channel, return method) are quickly made again,
 * so a form with nothing else is not kept as a draft.
 */
export function worthKeeping(form: ReceiveFormData): boolean {
  const { kind: _kind, gender: _gender, ...texts } = form.applicant;
  return (
    Object.values(texts).some((v) => v.trim() !== '') ||
    form.documents.some((d) => d.received) ||
    form.attachments.length > 0 ||
    form.feeEdited ||
    [form.note, form.guidanceNote, form.refusalReasons, form.redirectTo, form.returnAddress].some((v) => v.trim() !== '')
  );
}

/** Text fields of the form, by the key the form's setters use. */
export type ApplicantTextKey = Exclude<keyof ApplicantForm, 'kind' | 'gender'>;
export type OtherTextKey = 'returnAddress' | 'note' | 'guidanceNote' | 'refusalReasons' | 'redirectTo' | 'sets' | 'fee';
export type TextKey = ApplicantTextKey | OtherTextKey;

const OTHER_TEXT_KEYS: readonly string[] = ['returnAddress', 'note', 'guidanceNote', 'refusalReasons', 'redirectTo', 'sets', 'fee'];

export function isOtherTextKey(key: TextKey): key is OtherTextKey {
  return OTHER_TEXT_KEYS.includes(key);
}

export function textValue(form: ReceiveFormData, key: TextKey): string {
  return isOtherTextKey(key) ? form[key] : form.applicant[key];
}

export function withText(form: ReceiveFormData, key: TextKey, value: string): ReceiveFormData {
  if (key === 'fee') return { ...form, fee: value, feeEdited: true };
  if (isOtherTextKey(key)) return { ...form, [key]: value };
  return { ...form, applicant: { ...form.applicant, [key]: value } };
}

// ---------------------------------------------------------------------------------------------
// Procedure, case and documents
// ---------------------------------------------------------------------------------------------

/**
 * The channels a case is for, read from its name as the catalogue publishes it ("Nộp hồ sơ trực
 * tiếp hoặc qua hệ thống bưu chính" → desk and postal); null when the name says nothing of them.
 */
export function caseChannels(docCase: DocumentCase): Channel[] | null {
  const name = foldVietnamese(docCase.name);
  const found = CHANNELS.filter((c) => CHANNEL_WORDS[c].test(name));
  return found.length > 0 ? found : null;
}

const CHANNEL_WORDS: Record<Channel, RegExp> = { desk: /\btruc tiep\b/, online: /\btruc tuyen\b/, postal: /\bbuu chinh\b/ };

/**
 * When every case of a procedure is a way of submitting ("Nộp trực tiếp…", "Nộp trực tuyến…"),
 * the case and the channel mean the same thing and are one choice: the channels the cases cover,
 * each with its case. Null when the cases are about something else (then both are chosen apart).
 */
export function channelCases(procedure: Procedure | null | undefined): { channel: Channel; docCase: DocumentCase }[] | null {
  if (!procedure || procedure.cases.length === 0) return null;
  const covers = procedure.cases.map((c) => ({ docCase: c, channels: caseChannels(c) }));
  if (covers.some((c) => c.channels === null)) return null;
  return CHANNELS.flatMap((channel) => {
    const found = covers.find((c) => c.channels?.includes(channel));
    return found ? [{ channel, docCase: found.docCase }] : [];
  });
}

/** The channel the dossier is received through: the one chosen, unless the procedure's cases do not cover it. */
export function effectiveChannel(procedure: Procedure | null | undefined, channel: Channel): Channel {
  const byChannel = channelCases(procedure);
  if (!byChannel || byChannel.length === 0 || byChannel.some((c) => c.channel === channel)) return channel;
  return byChannel[0]!.channel;
}

/**
 * The case the documents follow: the one of the channel when the cases are ways of submitting,
 * else the chosen one, or the only one when there is no choice.
 */
export function currentCase(procedure: Procedure | null | undefined, caseId: string | null, channel: Channel = 'desk'): DocumentCase | null {
  if (!procedure) return null;
  const byChannel = channelCases(procedure);
  if (byChannel) {
    const chosen = effectiveChannel(procedure, channel);
    return byChannel.find((c) => c.channel === chosen)?.docCase ?? null;
  }
  if (caseId) return procedure.cases.find((c) => c.id === caseId) ?? null;
  return procedure.cases.length === 1 ? (procedure.cases[0] ?? null) : null;
}

/** A document the officer does not keep (only shown) or may do without never blocks receipt. */
export function isRequired(doc: RequiredDocument): boolean {
  return !doc.optional && !doc.showOnly;
}

/** The officer's check of each document of the case, defaults where nothing was ticked yet. */
export function checksFor(docCase: DocumentCase | null, checks: DocumentCheck[]): DocumentCheck[] {
  if (!docCase) return [];
  return docCase.documents.map(
    (doc) => checks.find((c) => c.name === doc.name) ?? { name: doc.name, received: false, originals: doc.originals ?? 0, copies: doc.copies ?? 0 },
  );
}

export function withCheck(form: ReceiveFormData, check: DocumentCheck): ReceiveFormData {
  const others = form.documents.filter((c) => c.name !== check.name);
  return { ...form, documents: [...others, check] };
}

/**
 * What the citizen must still bring: the required documents of the case not handed in, with the
 * counts the catalogue publishes. Only the published list is used (asking for any other paper is
 * forbidden, DOMAIN.md §2).
 */
export function missingDocuments(docCase: DocumentCase | null, checks: DocumentCheck[]): SupplementItem[] {
  if (!docCase) return [];
  const current = checksFor(docCase, checks);
  return docCase.documents
    .filter((doc, i) => isRequired(doc) && !current[i]?.received)
    .map((doc) => ({ name: doc.name, originals: doc.originals ?? 0, copies: doc.copies ?? 0, note: doc.form ? `Mẫu: ${doc.form}` : null }));
}

/**
 * The documents as the dossier records them. A paper only shown for checking (the ID card) is
 * handed back: it is recorded `shownOnly` with no counts, and `received` says whether it was shown
 * (ticked); it is never counted or printed as a received paper (domain/dossier/documents.ts).
 */
export function receivedDocuments(docCase: DocumentCase | null, checks: DocumentCheck[]): ReceivedDocument[] {
  const docs = docCase?.documents ?? [];
  return checksFor(docCase, checks).map(({ name, received, originals, copies }, i) =>
    docs[i]?.showOnly ? { name, received, shownOnly: true, originals: 0, copies: 0 } : { name, received, originals, copies },
  );
}

/** Attachments for the store, each linked to its document's index in the case (null: other files). */
export function newAttachments(docCase: DocumentCase | null, attachments: DraftAttachment[]): NewAttachment[] {
  return attachments.map((a) => {
    const index = docCase && a.documentName !== null ? docCase.documents.findIndex((d) => d.name === a.documentName) : -1;
    return { documentIndex: index >= 0 ? index : null, name: a.name, mime: a.mime, blob: a.blob };
  });
}

// ---------------------------------------------------------------------------------------------
// Applicant
// ---------------------------------------------------------------------------------------------

function orNull(s: string): string | null {
  const v = s.trim();
  return v ? v : null;
}

export function toApplicant(a: ApplicantForm): Applicant {
  const common = { name: a.name.trim().replace(/\s+/g, ' '), address: orNull(a.address), phone: orNull(a.phone), email: orNull(a.email) };
  if (a.kind === 'organisation') {
    return { kind: 'organisation', ...common, taxCode: orNull(a.taxCode), representative: orNull(a.representative) };
  }
  return {
    kind: 'person',
    ...common,
    idNumber: orNull(a.idNumber),
    oldIdNumber: orNull(a.oldIdNumber),
    dateOfBirth: orNull(a.dateOfBirth),
    gender: a.gender || null,
  };
}

/** Which applicant fields a scan filled, to show the officer what to read back. */
export type FilledField = 'name' | 'idNumber' | 'oldIdNumber' | 'dateOfBirth' | 'gender' | 'address' | 'representative';

/**
 * Fills the applicant from a chip card. For an organisation the card is its representative's, so
 * only the representative's name is taken (the card's address is a person's, not the seat's).
 */
export function fillFromIdCard(a: ApplicantForm, card: IdCardQr): { applicant: ApplicantForm; filled: FilledField[] } {
  if (a.kind === 'organisation') return { applicant: { ...a, representative: card.fullName }, filled: ['representative'] };
  const filled: FilledField[] = ['name', 'idNumber'];
  const next: ApplicantForm = { ...a, name: card.fullName, idNumber: card.idNumber, dateOfBirth: card.dateOfBirth, oldIdNumber: card.oldIdNumber ?? '' };
  filled.push('dateOfBirth');
  if (card.oldIdNumber) filled.push('oldIdNumber');
  if (card.gender) {
    next.gender = card.gender;
    filled.push('gender');
  }
  if (card.address) {
    next.address = card.address;
    filled.push('address');
  }
  return { applicant: next, filled };
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/** "20.000", "20 000 đ" → 20000; '' → null (not known). */
export function parseVnd(text: string): number | null {
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : null;
}

/** Whole number of sets, at least 1; null when the text is not one. */
export function parseSets(text: string): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 ? n : null;
}

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

/** Fields errors can point at; the form gives each input the id `rc-<field>`. */
export type FieldId =
  | 'procedure'
  | 'case'
  | 'name'
  | 'idNumber'
  | 'dateOfBirth'
  | 'taxCode'
  | 'phone'
  | 'email'
  | 'sets'
  | 'returnAddress'
  | 'refusalReasons'
  | 'redirectTo';

export interface FieldError {
  field: FieldId;
  message: string;
}

const PHONE = /^\+?[\d\s.-]{8,15}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** Format errors of the applicant's fields (empty fields are not errors here). */
export function applicantErrors(a: ApplicantForm, t: Translate, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (a.kind === 'person') {
    if (a.idNumber.trim()) {
      const check = validateCitizenId(a.idNumber);
      if (check.error) errors.push({ field: 'idNumber', message: check.error });
    }
    if (a.dateOfBirth && a.dateOfBirth > today) errors.push({ field: 'dateOfBirth', message: t('receive.errors.dateOfBirthFuture') });
  } else if (a.taxCode.trim() && !TAX_CODE.test(a.taxCode.trim())) {
    errors.push({ field: 'taxCode', message: t('receive.errors.taxCode') });
  }
  if (a.phone.trim() && (!PHONE.test(a.phone.trim()) || a.phone.replace(/\D/g, '').length < 8)) {
    errors.push({ field: 'phone', message: t('receive.errors.phone') });
  }
  if (a.email.trim() && !EMAIL.test(a.email.trim())) errors.push({ field: 'email', message: t('receive.errors.email') });
  return errors;
}

/** Structural warnings of the ID number against the date of birth and gender: never blocking. */
export function idWarnings(a: ApplicantForm): string[] {
  if (a.kind !== 'person' || !a.idNumber.trim()) return [];
  return validateCitizenId(a.idNumber, { dateOfBirth: a.dateOfBirth || null, gender: a.gender || null }).warnings;
}

function nameError(form: ReceiveFormData, t: Translate): FieldError[] {
  if (form.applicant.name.trim()) return [];
  return [{ field: 'name', message: t(form.applicant.kind === 'organisation' ? 'receive.errors.organisationRequired' : 'receive.errors.nameRequired') }];
}

/** Everything that stops "Tiếp nhận" other than missing documents and the desk's configuration. */
export function receiptErrors(form: ReceiveFormData, procedure: Procedure | null, t: Translate, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!procedure) errors.push({ field: 'procedure', message: t('receive.errors.procedureRequired') });
  else if (!currentCase(procedure, form.caseId, form.channel)) errors.push({ field: 'case', message: t('receive.errors.caseRequired') });
  errors.push(...nameError(form, t), ...applicantErrors(form.applicant, t, today));
  if (parseSets(form.sets) === null) errors.push({ field: 'sets', message: t('receive.errors.sets') });
  if (form.returnMethod === 'postal' && !form.returnAddress.trim()) {
    errors.push({ field: 'returnAddress', message: t('receive.errors.returnAddressRequired') });
  }
  return errors;
}

/** What a written guidance (Mẫu 02) or refusal (Mẫu 03) needs: whom it is addressed to. */
export function visitErrors(form: ReceiveFormData, outcome: 'guidance' | 'refusal' | 'redirect', procedure: Procedure | null, t: Translate, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (outcome === 'guidance' && !procedure) errors.push({ field: 'procedure', message: t('receive.errors.procedureRequired') });
  if (outcome !== 'redirect') errors.push(...nameError(form, t));
  errors.push(...applicantErrors(form.applicant, t, today));
  if (outcome === 'refusal' && !form.refusalReasons.trim()) errors.push({ field: 'refusalReasons', message: t('receive.errors.refusalReasonsRequired') });
  if (outcome === 'redirect' && !form.redirectTo.trim()) errors.push({ field: 'redirectTo', message: t('receive.errors.redirectToRequired') });
  return errors;
}
