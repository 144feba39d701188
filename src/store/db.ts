/**
 * The device's database. Nothing outside src/store touches IndexedDB: screens and sync go
 * through the functions of this folder.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Applicant, DossierEvent, ReturnMethod, SupplementItem } from '../domain/dossier/events';
import type { Channel, Procedure } from '../domain/procedure';
import type { DossierRow } from './dossierRow';
import type { StatBlockRow } from './statBlocks';
import { SCHEMA } from './schema';

export interface ProcedureRow extends Procedure {
  fieldName: string;
  /** Folded name, code and field, precomputed for instant search. */
  searchText: string;
}

/** A file kept apart from dossier records, so lists never load images. */
export interface AttachmentRow {
  id: string;
  dossierId: string;
  name: string;
  mime: string;
  size: number;
  blob: Blob;
  createdAt: number;
}

/**
 * An event waiting to be sent to the hub. Deleted only after the hub confirms it (accepted or
 * already held). A row the hub refused stays, marked, with the hub's reason: it is shown to the
 * officer and never sent again on its own (schema v7).
 */
export interface OutboxRow {
  seq?: number;
  eventId: string;
  dossierId: string;
  createdAt: number;
  attempts: number;
  lastError?: string | null;
  /** Absent on rows written before v7's upgrade ran: pending. */
  state?: 'pending' | 'refused';
  /** Set only on refused rows (sparse index: the refused list without scanning the outbox). */
  refusedAt?: number;
  refusalCode?: string;
  /** The hub's reason, plain Vietnamese. */
  refusalMessage?: string;
}

/** A form in progress, saved as the officer types. */
export interface DraftRow {
  id: string;
  kind: 'receive';
  data: unknown;
  updatedAt: number;
}

export type VisitOutcome = 'guidance' | 'refusal' | 'redirect';

/** What the intake form held when a visit was recorded, so the intake can start again from it. */
export interface VisitFormSnapshot {
  caseId: string | null;
  channel: Channel;
  /** The officer's check of each document of the case (those ticked were handed in then). */
  documents: { name: string; received: boolean; originals: number; copies: number }[];
  returnMethod: ReturnMethod;
  returnAddress: string;
  note: string;
}

/** A citizen's visit that ended without a dossier (DOMAIN.md §2 step 2). */
export interface VisitRow {
  id: string;
  at: number;
  outcome: VisitOutcome;
  procedureId: string | null;
  procedureCode: string | null;
  procedureName: string | null;
  applicant: Applicant;
  /** Guidance: what must be supplied (Mẫu 02). */
  missing: SupplementItem[];
  /** Refusal reasons (Mẫu 03), guidance note, or where the citizen was directed. */
  reason: string;
  /** The intake form as it was (absent on visits recorded before it was kept). Not indexed. */
  form?: VisitFormSnapshot;
  officerId: string;
  officerName: string;
  deviceId: string;
  /** Folded words of the applicant's name, for the visits list's search (visitSearchWords). */
  searchWords?: string[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface CounterRow {
  key: string;
  value: number;
}

export class MotcuaDatabase extends Dexie {
  procedures!: EntityTable<ProcedureRow, 'id'>;
  dossiers!: EntityTable<DossierRow, 'id'>;
  events!: EntityTable<DossierEvent, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  settings!: EntityTable<SettingRow, 'key'>;
  counters!: EntityTable<CounterRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  visits!: EntityTable<VisitRow, 'id'>;
  statBlocks!: EntityTable<StatBlockRow, 'month'>;

  /** `upTo` opens an older schema version: only for migration tests. */
  constructor(name = 'motcua', options: { upTo?: number } = {}) {
    super(name);
    for (const step of SCHEMA) {
      if (options.upTo !== undefined && step.version > options.upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

let current: MotcuaDatabase | undefined;

/** The app's single database connection. */
export function db(): MotcuaDatabase {
  current ??= new MotcuaDatabase();
  return current;
}

/**
 * The database of the Dexie transaction this code runs in, else the app's: lets a store helper
 * called inside a transaction on an explicitly given database (a simulated device in a test)
 * use that database without every caller passing it down.
 */
export function ambientDb(): MotcuaDatabase {
  const tx = Dexie.currentTransaction;
  return tx && tx.db instanceof MotcuaDatabase ? tx.db : db();
}

/** Tests swap in a fresh database. */
export function setDatabase(next: MotcuaDatabase): void {
  current = next;
}
