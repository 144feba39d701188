/**
 * The intake form's state (one of four parts: state, scanner, outcomes, layout): what the officer
 * entered, the procedure it refers to, and what follows from them — the case and its checklist,
 * the missing documents, the terms of the channel, the appointment and the fee. The form is saved
 * as a draft as it changes (useDraftAutosave).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import { vnDate } from '../../domain/calendar/vnTime';
import type { DeskSettings } from '../../domain/deskSettings';
import type { SupplementItem } from '../../domain/dossier/events';
import { termsForChannel, totalFeeVnd, type Channel, type ChannelTerms, type DocumentCase, type TimeLimit } from '../../domain/procedure';
import { catalogueIndex, getProcedure, invalidateCatalogueIndex, type CatalogueEntry } from '../../store/catalogue';
import { db, type ProcedureRow } from '../../store/db';
import { frequentProcedures, type ProcedureUse } from '../../store/recentProcedures';
import { channelCases, checksFor, currentCase, effectiveChannel, missingDocuments, worthKeeping, type DocumentCheck, type FieldId, type ReceiveFormData } from './formState';
import { useDraftAutosave, type DraftAutosave } from './useDraftAutosave';

export interface Intake {
  draftId: string;
  settings: DeskSettings | undefined;
  now: number;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  form: ReceiveFormData;
  /** Replaces the form without counting as the officer's change (a scan giving a field its value back). */
  setForm: Dispatch<SetStateAction<ReceiveFormData>>;
  /** The officer's change: saved to the draft. */
  update(change: (f: ReceiveFormData) => ReceiveFormData): void;
  touched: Partial<Record<FieldId, boolean>>;
  touch(field: FieldId | string): void;
  /** Search index of the catalogue and this device's most used procedures, for the picker. */
  entries: CatalogueEntry[] | null;
  uses: ProcedureUse[];
  procedure: ProcedureRow | null;
  /** The dossier's channel: the one chosen, or the first the procedure's cases cover. */
  channel: Channel;
  /** The procedure's cases are ways of submitting: the channel chooses the case (else null). */
  byChannel: { channel: Channel; docCase: DocumentCase }[] | null;
  /** A procedure id is set but the catalogue on this device does not have it. */
  procedureMissing: boolean;
  docCase: DocumentCase | null;
  checks: DocumentCheck[];
  missing: SupplementItem[];
  incomplete: boolean;
  terms: ChannelTerms | undefined;
  limit: TimeLimit | null;
  limitConfirmed: boolean;
  /** The appointment if the dossier were received now; null when it cannot be computed. */
  dueAt: number | null;
  catalogueFee: number | null;
  feeText: string;
  notConfigured: boolean;
  autosave: DraftAutosave;
}

/**
 * The in-memory search index, rebuilt when the catalogue on the device changes — on first start
 * the screen may open before the bundled catalogue has been written.
 */
function useCatalogueEntries(): CatalogueEntry[] | null {
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const count = useLiveQuery(() => db().procedures.count(), []);
  useEffect(() => {
    if (count === undefined) return;
    let live = true;
    void catalogueIndex()
      .then((index) => {
        if (index.length === count) return index;
        invalidateCatalogueIndex();
        return catalogueIndex();
      })
      .then((index) => {
        if (live) setEntries(index);
      });
    return () => {
      live = false;
    };
  }, [count]);
  return entries;
}

export function useIntake(draftId: string, initial: ReceiveFormData): Intake {
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow(30_000);
  const today = vnDate(now);

  const [form, setForm] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<FieldId, boolean>>>({});

  const entries = useCatalogueEntries();
  const uses = useLiveQuery(() => frequentProcedures(), [], []);
  const procedureRow = useLiveQuery(
    () => (form.procedureId ? getProcedure(form.procedureId).then((p) => p ?? null) : Promise.resolve(null)),
    [form.procedureId],
  );
  const procedure = procedureRow && procedureRow.id === form.procedureId ? procedureRow : null;
  const procedureMissing = form.procedureId !== null && procedureRow === null;
  const channel = effectiveChannel(procedure, form.channel);
  const docCase = currentCase(procedure, form.caseId, channel);
  const checks = checksFor(docCase, form.documents);
  const missing = missingDocuments(docCase, form.documents);

  const terms = procedure ? termsForChannel(procedure, channel) : undefined;
  const limit = terms?.timeLimit ?? null;
  const limitConfirmed = !!limit && (limit.amount !== null || limit.unit === 'within-day');
  let dueAt: number | null = null;
  if (procedure && limit && limitConfirmed) {
    try {
      dueAt = rules.dueAt(now, limit);
    } catch {
      dueAt = null;
    }
  }
  const catalogueFee = totalFeeVnd(terms);
  const feeText = form.feeEdited ? form.fee : catalogueFee === null ? '' : String(catalogueFee);

  const draftData = useMemo(() => ({ ...form, procedureName: procedure?.name ?? form.procedureName }), [form, procedure]);
  const autosave = useDraftAutosave(draftId, draftData, dirty, worthKeeping(form));

  const update = useCallback((change: (f: ReceiveFormData) => ReceiveFormData) => {
    setForm(change);
    setDirty(true);
  }, []);
  const touch = useCallback((field: FieldId | string) => setTouched((s) => ({ ...s, [field]: true })), []);

  return {
    draftId,
    settings,
    now,
    today,
    form,
    setForm,
    update,
    touched,
    touch,
    entries,
    uses,
    procedure,
    procedureMissing,
    channel,
    byChannel: channelCases(procedure),
    docCase,
    checks,
    missing,
    incomplete: missing.length > 0,
    terms,
    limit,
    limitConfirmed,
    dueAt,
    catalogueFee,
    feeText,
    notConfigured: !!settings && !settings.agencyId,
    autosave,
  };
}
