/**
 * Writing dossiers: receiving a new one and adding an event to one. Each write is a single
 * transaction over the dossier's derived row, its event history, the outbox and (at receipt) the
 * code counter — so a crash or a full disk leaves either all of it or none of it.
 */
import type { DossierEvent, DossierEventPayload, EventMeta, ReceivedPayload, ReceiptTerms } from '../domain/dossier/events';
import { checkTransition, deriveDossier, DossierRuleError, mergeDossier, mergeDossierWith, recordDecisions, sortEvents } from '../domain/dossier/lifecycle';
import { countedReceiptAt } from '../domain/deadline';
import type { DossierState } from '../domain/dossier/state';
import { formatDossierCode, nextSequence, sequenceScope } from '../domain/dossierCode';
import { rulesFor, type DeskSettings } from '../domain/deskSettings';
import { procedureVersion, termsForChannel, type Procedure } from '../domain/procedure';
import { bookCounterKey, bookVolume, formatBookEntry } from '../domain/trackingBook';
import { ambientDb, db, type MotcuaDatabase } from './db';
import { toDossierRow } from './dossierRow';
import { dossierFacts } from '../domain/statistics/facts';
import { putStatFacts } from './statBlocks';
import { correctedNow, stamp } from './deviceClock';
import { nextSequenceInRange } from '../domain/codeSlots';
import { readCodeRange } from './syncState';
import { loadSettings } from './settings';
import { guardQuota } from './storage';

/** The 1 July 2025 reform changed the forms (Circular 03/2025 replaced 01/2018). */
const TT03_2025_FROM = Date.UTC(2025, 5, 30, 17); // 2025-07-01 00:00 in Vietnam (UTC+7)

/** What the intake form gives; the store adds the code, the terms and the appointment. */
export interface ReceiveInput
  extends Pick<ReceivedPayload, 'caseId' | 'channel' | 'applicant' | 'documents' | 'sets' | 'feeVnd' | 'returnMethod' | 'returnAddress' | 'note'> {
  procedure: Procedure;
  /** When the dossier was received; now by default. */
  at?: number;
  /** Id made by the form when it opened, so a double submit creates one dossier. */
  dossierId?: string;
  /** Scans and photos, already downscaled; stored apart from the dossier, in the same transaction. */
  attachments?: NewAttachment[];
  /** The intake draft this came from: deleted in the same transaction. */
  draftId?: string;
}

export interface NewAttachment {
  /** Index into `documents` of the paper this is a scan of; null for other files. */
  documentIndex: number | null;
  name: string;
  mime: string;
  blob: Blob;
}

/** Who made an event, where and when: a fresh id, this device and officer, and a clock stamp. */
async function newEventMeta(settings: DeskSettings, dossierId: string, at: number): Promise<EventMeta> {
  return {
    id: crypto.randomUUID(),
    dossierId,
    deviceId: settings.deviceId,
    officerId: settings.officerId,
    officerName: settings.officerName,
    hlc: await stamp(settings.deviceId, ambientDb()),
    at,
  };
}

export class DeskNotConfiguredError extends Error {
  readonly code = 'desk-not-configured';
  constructor() {
    super('Chưa khai báo mã định danh của cơ quan: vào Cài đặt để khai báo trước khi tiếp nhận hồ sơ.');
  }
}

export async function receiveDossier(input: ReceiveInput, database: MotcuaDatabase = db()): Promise<DossierState> {
  const at = input.at ?? correctedNow(database);
  const terms = termsForChannel(input.procedure, input.channel);
  const receiptTerms: ReceiptTerms = {
    procedureVersion: procedureVersion(input.procedure),
    procedureId: input.procedure.id,
    procedureCode: input.procedure.code,
    procedureName: input.procedure.name,
    fieldCode: input.procedure.field.code,
    fieldName: input.procedure.field.name,
    timeLimit: terms?.timeLimit ?? null,
    formRegime: at >= TT03_2025_FROM ? 'tt03-2025' : 'tt01-2018',
  };
  if (!receiptTerms.timeLimit || receiptTerms.timeLimit.amount === null && receiptTerms.timeLimit.unit !== 'within-day') {
    throw new DossierRuleError(
      'no-time-limit',
      'Thủ tục này chưa có thời hạn giải quyết được xác nhận trong danh mục, nên chưa tính được ngày hẹn trả.',
    );
  }
  const limit = receiptTerms.timeLimit;
  const d = database;
  return guardQuota(() =>
    d.transaction('rw', [d.dossiers, d.events, d.outbox, d.counters, d.settings, d.attachments, d.drafts, d.statBlocks], async () => {
      const settings = await loadSettings(d);
      if (!settings.agencyId) throw new DeskNotConfiguredError();
      const rules = rulesFor(settings);
      const dossierId = input.dossierId ?? crypto.randomUUID();
      const existing = await d.dossiers.get(dossierId);
      if (existing) return existing;

      const counterKey = `code:${sequenceScope(at, settings.sequenceScope)}`;
      const last = (await d.counters.get(counterKey))?.value ?? null;
      // Enrolled: the range the hub gave this device; otherwise the manual slot of Settings.
      const range = await readCodeRange(d);
      const next = (prev: number | null) =>
        range ? nextSequenceInRange(range, prev, settings.sequenceScope) : nextSequence(settings.deviceSlot, settings.slotCount, prev);
      let seq = next(last);
      let code = formatDossierCode(settings.agencyId, at, seq);
      // The counter may lag behind the stored dossiers (a restored backup, this slot's dossiers
      // coming back from the hub): a code is never given twice, so skip the ones already taken.
      while ((await d.dossiers.where('code').equals(code).count()) > 0) {
        seq = next(seq);
        code = formatDossierCode(settings.agencyId, at, seq);
      }
      await d.counters.put({ key: counterKey, value: seq });
      // The tracking book: one volume a year (per device slot), entries in order of receipt.
      const year = Number(sequenceScope(at, 'yearly'));
      const volume = range ? `${year}-${range.number}` : bookVolume(year, settings.deviceSlot, settings.slotCount);
      const entry = ((await d.counters.get(bookCounterKey(volume)))?.value ?? 0) + 1;
      await d.counters.put({ key: bookCounterKey(volume), value: entry });

      const documents = input.documents.map((doc) => ({ ...doc, attachmentIds: [...(doc.attachmentIds ?? [])] }));
      for (const file of input.attachments ?? []) {
        const id = crypto.randomUUID();
        await d.attachments.add({ id, dossierId, name: file.name, mime: file.mime, size: file.blob.size, blob: file.blob, createdAt: at });
        if (file.documentIndex !== null) documents[file.documentIndex]?.attachmentIds.push(id);
      }

      const dueAt = rules.dueAt(at, limit);
      const event: DossierEvent = {
        ...(await newEventMeta(settings, dossierId, at)),
        type: 'received',
        code,
        terms: receiptTerms,
        caseId: input.caseId,
        channel: input.channel,
        applicant: input.applicant,
        documents,
        sets: input.sets,
        feeVnd: input.feeVnd,
        returnMethod: input.returnMethod,
        returnAddress: input.returnAddress ?? null,
        dueAt,
        apologyDueAt: rules.apologyDueAt(dueAt, countedReceiptAt(at, limit.cutOff, rules.calendar)),
        bookEntry: formatBookEntry({ volume, entry }),
        note: input.note ?? null,
      };
      const state = deriveDossier([event], { dueRules: rules.dueRules });
      await d.dossiers.add(toDossierRow(state));
      await putStatFacts(d.statBlocks, [dossierFacts([event], { dueRules: rules.dueRules })]);
      await d.events.add(event);
      await d.outbox.add({ eventId: event.id, dossierId, createdAt: at, attempts: 0 });
      if (input.draftId) await d.drafts.delete(input.draftId);
      return state;
    }),
  );
}

/** The dossier's history in order. */
export async function dossierHistory(dossierId: string, database: MotcuaDatabase = ambientDb()): Promise<DossierEvent[]> {
  return sortEvents(await database.events.where('dossierId').equals(dossierId).toArray());
}

/**
 * Adds one event to a dossier after checking the rules against its current state. The state is
 * recomputed from the whole history, so the stored row can never drift from the events.
 */
export async function addDossierEvent(dossierId: string, payload: DossierEventPayload, at?: number, database: MotcuaDatabase = db()): Promise<DossierState> {
  at ??= correctedNow(database);
  const d = database;
  return guardQuota(() =>
    d.transaction('rw', [d.dossiers, d.events, d.outbox, d.settings, d.statBlocks], async () => {
      const settings = await loadSettings(d);
      const rules = rulesFor(settings);
      const history = await dossierHistory(dossierId);
      if (history.length === 0) throw new DossierRuleError('unknown-dossier', 'Không tìm thấy hồ sơ này trên thiết bị.');
      const ctx = { dueRules: rules.dueRules };
      // Merged: after a sync the history may hold conflicts, and a `conflict-resolved` closes one.
      const before = mergeDossier(history, ctx);
      // The apology deadline is the one recorded on the dossier's events (before.apologyDueAt).
      const verdict = checkTransition(before, payload, at);
      if (!verdict.ok) throw new DossierRuleError(verdict.code, verdict.reason);
      // What the rules decide now is recorded on the event, so replay never needs them again.
      const event = recordDecisions(history, { ...payload, ...(await newEventMeta(settings, dossierId, at)) } as DossierEvent, rules.dueRules);
      const state = mergeDossierWith(history, event, ctx);
      await d.dossiers.put(toDossierRow(state));
      await putStatFacts(d.statBlocks, [dossierFacts([...history, event], ctx)]);
      await d.events.add(event);
      await d.outbox.add({ eventId: event.id, dossierId, createdAt: at, attempts: 0 });
      return state;
    }),
  );
}
