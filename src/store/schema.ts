/**
 * The IndexedDB schema, as a list of versions. Each entry is one Dexie version: the index
 * declarations it adds or changes and, where stored records must change shape, an upgrade that
 * rewrites them. Nothing is ever removed from this list: a device that last opened the app
 * months ago upgrades through every step in order (tests/store/migrations.test.ts).
 */
import type { Transaction } from 'dexie';
import { normaliseCalendarSettings } from '../domain/calendar/workCalendar';
import { createDeskRules, DEFAULT_DESK_SETTINGS, type DeskSettings } from '../domain/deskSettings';
import type { DossierEvent } from '../domain/dossier/events';
import { deriveDossier } from '../domain/dossier/lifecycle';
import { indexWords } from '../domain/searchText';
import type { VisitRow } from './db';
import { queueKeys, toDossierRow, type DossierRow } from './dossierRow';
import { visitSearchWords } from './visitRow';
import { dossierFacts } from '../domain/statistics/facts';
import type { DossierFacts } from '../domain/statistics/types';
import { putStatFacts } from './statBlocks';

export interface SchemaVersion {
  version: number;
  /** Dexie index declarations: primary key first, then indexes ('' for an out-of-line key). */
  stores: Record<string, string | null>;
  /** Rewrites records stored under the previous version. Runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Why this version exists. */
  why: string;
}

export const SCHEMA: SchemaVersion[] = [
  {
    version: 1,
    why: 'First schema: catalogue, dossiers with their event history, attachments, outbox, settings.',
    stores: {
      procedures: 'id, code, fieldName',
      dossiers: 'id, &code, status, receivedAt, dueAt, procedureId, fieldCode, applicantIdNumber',
      events: 'id, dossierId, hlc',
      attachments: 'id, dossierId',
      outbox: '++seq, eventId',
      settings: 'key',
      counters: 'key',
    },
  },
  {
    version: 2,
    why:
      'Queues: the overdue and near-due lists need open dossiers by due date only. A sparse index ' +
      '(set only while a dossier is open and its clock runs) answers "first 50 overdue" without ' +
      'scanning the finished ones; likewise for open dossiers that still lack an apology. Events ' +
      'get a [dossierId+hlc] index so a history is read in order.',
    stores: {
      dossiers:
        'id, &code, status, receivedAt, dueAt, procedureId, fieldCode, applicantIdNumber, openDueAt, unapologisedDueAt, resolvedAt',
      events: 'id, dossierId, hlc, [dossierId+hlc]',
    },
    upgrade: async (tx) => {
      await tx
        .table('dossiers')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          Object.assign(row, queueKeys(row as unknown as DossierRow));
        });
    },
  },
  {
    version: 3,
    why:
      'Intake: a form in progress is kept as a draft (survives a reload, a crash or a closed tab); ' +
      'a visit that ends without a dossier (guidance on what is missing — Mẫu 02 — a refusal — ' +
      'Mẫu 03 — or directing the citizen elsewhere) is logged, so its form can be printed again.',
    stores: {
      drafts: 'id, kind, updatedAt',
      visits: 'id, at, outcome',
    },
  },
  {
    version: 4,
    why:
      'The full list at 100,000 dossiers. Filtered by status or procedure, newest first: compound ' +
      'indexes give the ids already in receipt order (0.4 s before). Searched by name or part of a ' +
      'code: a multi-entry index of each dossier\'s words, so a search starts from the dossiers ' +
      'having a word that begins with the typed one, instead of reading every record (3.5 s before).',
    stores: {
      dossiers:
        'id, &code, status, receivedAt, dueAt, procedureId, fieldCode, applicantIdNumber, openDueAt, unapologisedDueAt, resolvedAt, [status+receivedAt], [procedureId+receivedAt], *searchWords',
    },
    upgrade: async (tx) => {
      await tx
        .table('dossiers')
        .toCollection()
        .modify((row: DossierRow) => {
          row.searchWords = indexWords(row.searchText);
        });
    },
  },
  {
    version: 5,
    why:
      'Dates decided once: the derived state gains the apology deadline (apologyDueAt: null for ' +
      'same-day and next-day dossiers, which have no day for it after receipt) and dueSetAt (for ' +
      'near due). The "no apology yet" key becomes the instant an apology is owed (that deadline, ' +
      'else the due instant), and a dossier whose result waits at the desk leaves the due-date ' +
      'queues. Every row is derived again from its events; events older than this carry no ' +
      'recorded decisions, so they are replayed with the settings stored on the device, as before.',
    stores: {},
    upgrade: async (tx) => {
      const stored = ((await tx.table('settings').get('desk'))?.value ?? {}) as Partial<DeskSettings>;
      const rules = createDeskRules({ ...DEFAULT_DESK_SETTINGS, ...stored, calendar: normaliseCalendarSettings(stored.calendar) });
      const ids = (await tx.table('dossiers').toCollection().primaryKeys()) as string[];
      // In slices, so 100,000 dossiers never hold all their events in memory at once.
      for (let i = 0; i < ids.length; i += 500) {
        const slice = ids.slice(i, i + 500);
        const events = (await tx.table('events').where('dossierId').anyOf(slice).toArray()) as DossierEvent[];
        const byDossier = new Map<string, DossierEvent[]>();
        for (const e of events) byDossier.set(e.dossierId, [...(byDossier.get(e.dossierId) ?? []), e]);
        const rows = (await tx.table('dossiers').bulkGet(slice)) as (DossierRow | undefined)[];
        const next: DossierRow[] = [];
        for (const row of rows) {
          if (!row) continue;
          try {
            next.push(toDossierRow(deriveDossier(byDossier.get(row.id) ?? [], { dueRules: rules.dueRules })));
          } catch {
            // A history the rules reject (it cannot happen through the app): keep the row as it
            // was, with the new fields at their neutral values and its keys recomputed.
            next.push(toDossierRow({ ...row, apologyDueAt: row.apologyDueAt ?? null, dueSetAt: row.dueSetAt ?? row.receivedAt }));
          }
        }
        await tx.table('dossiers').bulkPut(next);
      }
    },
  },
  {
    version: 6,
    why:
      'The visits screen: a citizen is found by ID number or by the words of their name without ' +
      'reading every visit (20,000 visits took 1–2 s to scan), and an applicant guided before is ' +
      'marked (guidance is given once, DOMAIN.md §2) from their earlier visits by ID number.',
    stores: {
      visits: 'id, at, outcome, applicant.idNumber, *searchWords',
    },
    upgrade: async (tx) => {
      await tx
        .table('visits')
        .toCollection()
        .modify((row: VisitRow) => {
          row.searchWords = visitSearchWords(row.applicant);
        });
    },
  },
  {
    version: 7,
    why:
      'Sync with the provincial hub: an outbox row is either pending or refused by the hub (with ' +
      'its code, plain-Vietnamese reason and time), so an event the hub will never take is shown ' +
      'to the officer instead of being resent forever or blocking the ones behind it. A sparse ' +
      'index on refusedAt lists the refused ones without reading the whole outbox. The sync ' +
      'bookkeeping (enrolment, cursor, clock offset, last error) lives in the settings table ' +
      'under meta: keys, so it needs no table of its own. Dossiers get a sparse conflictAt key (set ' +
      'while a merged history holds an event the rules forbid: the conflict queue), and the code ' +
      'index stops being unique: two devices used alone before enrolment may have given one code, ' +
      'and a pulled dossier must then be kept beside the local one (the hub refuses the second ' +
      'receipt with that code, and the device lists it as refused) rather than block the sync.',
    stores: {
      outbox: '++seq, eventId, refusedAt',
      dossiers:
        'id, code, status, receivedAt, dueAt, procedureId, fieldCode, applicantIdNumber, openDueAt, unapologisedDueAt, resolvedAt, [status+receivedAt], [procedureId+receivedAt], *searchWords, conflictAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('outbox')
        .toCollection()
        .modify((row: { state?: string }) => {
          row.state ??= 'pending';
        });
    },
  },
  {
    version: 8,
    why:
      'The desk\'s figures (issue 8): the facts each report counts from (src/domain/statistics) ' +
      'are kept packed, one record per month of receipt with a column per fact (statBlocks.ts), ' +
      'because a year of 50,000 dossiers read as one record each takes IndexedDB about half a ' +
      'second in Chromium, and as twelve blocks about 70 ms. `until` is indexed: the last instant ' +
      'a block can count at, so a report reads the earlier months only when one of their dossiers ' +
      'is still open (carried over) or returned or rated later. Built here from the stored events.',
    stores: {
      statBlocks: 'month, until',
    },
    upgrade: async (tx) => {
      const stored = ((await tx.table('settings').get('desk'))?.value ?? {}) as Partial<DeskSettings>;
      const rules = createDeskRules({ ...DEFAULT_DESK_SETTINGS, ...stored, calendar: normaliseCalendarSettings(stored.calendar) });
      const ids = (await tx.table('dossiers').toCollection().primaryKeys()) as string[];
      const facts: DossierFacts[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const slice = ids.slice(i, i + 500);
        const events = (await tx.table('events').where('dossierId').anyOf(slice).toArray()) as DossierEvent[];
        const byDossier = new Map<string, DossierEvent[]>();
        for (const e of events) {
          const list = byDossier.get(e.dossierId);
          if (list) list.push(e);
          else byDossier.set(e.dossierId, [e]);
        }
        for (const history of byDossier.values()) {
          try {
            facts.push(dossierFacts(history, { dueRules: rules.dueRules }));
          } catch {
            // A history without its receipt yet (pulled in part): its facts come with the receipt.
          }
        }
      }
      await putStatFacts(tx.table('statBlocks'), facts);
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
