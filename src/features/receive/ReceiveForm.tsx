/**
 * The intake form (DOMAIN.md §2 step 2): procedure and case, applicant (typed, scanned or read by
 * the camera), the checklist of documents, channel, fees and return, the appointment, and one of
 * the four outcomes — receipt, guidance on what is missing, refusal, or redirection.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatBytes, formatDateTime, formatVnd } from '../../app/format';
import { useT, type MessageKey, type Translate } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import { formatTimeWordsVi, vnDate } from '../../domain/calendar/vnTime';
import { isIdCardQrFailure, looksLikeIdCardQr, parseIdCardQr } from '../../domain/citizenId';
import type { ReturnMethod } from '../../domain/dossier/events';
import { DossierRuleError } from '../../domain/dossier/lifecycle';
import { CHANNELS, termsForChannel, totalFeeVnd, type Channel, type TimeLimit } from '../../domain/procedure';
import { catalogueIndex, getProcedure, invalidateCatalogueIndex, type CatalogueEntry } from '../../store/catalogue';
import { db } from '../../store/db';
import { DeskNotConfiguredError, receiveDossier } from '../../store/dossiers';
import { frequentProcedures } from '../../store/recentProcedures';
import { StorageFullError } from '../../store/storage';
import { recordVisit } from '../../store/visits';
import { printPaths } from '../print/paths';
import { CameraScanner } from './CameraScanner';
import { AttachmentList, DocumentChecklist, type FileStatus } from './DocumentChecklist';
import {
  applicantErrors,
  checksFor,
  currentCase,
  fillFromIdCard,
  idWarnings,
  missingDocuments,
  newAttachments,
  parseSets,
  parseVnd,
  receiptErrors,
  receivedDocuments,
  textValue,
  toApplicant,
  visitErrors,
  withCheck,
  withText,
  type DraftAttachment,
  type FieldError,
  type FieldId,
  type FilledField,
  type ReceiveFormData,
  type TextKey,
} from './formState';
import { downscaleImage, fileKind, jpegName, MAX_FILE_BYTES } from './image';
import { vi } from './messages';
import { ProcedurePicker } from './ProcedurePicker';
import { useDraftAutosave } from './useDraftAutosave';
import { useScanCapture } from './useScanCapture';

type Outcome = 'receive' | 'guidance' | 'refusal' | 'redirect';

/** The two visits that end without a dossier and need a word from the officer first. */
const VISIT_PANELS = {
  refusal: {
    legend: 'receive.actions.refusalLegend',
    field: 'refusalReasons',
    label: 'receive.actions.refusalReasons',
    rows: 3,
    submit: 'receive.actions.refusalSubmit',
  },
  redirect: {
    legend: 'receive.actions.redirectLegend',
    field: 'redirectTo',
    label: 'receive.actions.redirectTo',
    rows: 2,
    submit: 'receive.actions.redirectSubmit',
  },
} as const satisfies Record<'refusal' | 'redirect', { legend: MessageKey; field: TextKey; label: MessageKey; rows: number; submit: MessageKey }>;
type ScanResult = { kind: 'ok'; filled: FilledField[]; warnings: string[] } | { kind: 'error'; message: string };
interface Failure {
  message: string;
  settingsLink: boolean;
}

export interface ReceiveFormProps {
  draftId: string;
  initial: ReceiveFormData;
  /** Shown once at the top (e.g. after a redirection was logged and a new form opened). */
  notice: string | null;
  otherDrafts: number;
  /** Opens a fresh form (new draft and dossier ids) with a notice. */
  onRestart(notice: string): void;
}

function describeLimit(limit: TimeLimit, t: Translate): string {
  let text = t(`procedure.units.${limit.unit}`, { count: limit.amount ?? 0 });
  if (limit.cutOff) text += ` (${t('procedure.cutOff', { time: limit.cutOff })})`;
  return text;
}

function failureOf(error: unknown, t: Translate): Failure {
  if (error instanceof DeskNotConfiguredError) return { message: t('receive.errors.notConfigured'), settingsLink: true };
  if (error instanceof StorageFullError) return { message: t('storage.full'), settingsLink: false };
  if (error instanceof DossierRuleError) {
    return { message: error.code === 'no-time-limit' ? t('receive.appointment.unconfirmed') : error.message, settingsLink: false };
  }
  return { message: t('receive.errors.failed', { message: error instanceof Error ? error.message : String(error) }), settingsLink: false };
}

function focusField(field: FieldId | string) {
  // After React has drawn what the last state change revealed.
  setTimeout(() => document.getElementById(field.startsWith('rc-') ? field : `rc-${field}`)?.focus(), 0);
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

export function ReceiveForm({ draftId, initial, notice, otherDrafts, onRestart }: ReceiveFormProps) {
  const t = useT();
  const language = useUi((s) => s.language);
  const navigate = useNavigate();
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow(30_000);
  const today = vnDate(now);

  const [form, setForm] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState<Outcome | null>(null);
  const [touched, setTouched] = useState<Partial<Record<FieldId, boolean>>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [panel, setPanel] = useState<'refusal' | 'redirect' | null>(null);
  const [changingProcedure, setChangingProcedure] = useState(false);
  const [scanText, setScanText] = useState('');
  const [scanResult, setScanResult] = useState<ScanResult | null>(null);
  const [cameraOpen, setCameraOpen] = useState(false);
  const cameraButton = useRef<HTMLButtonElement>(null);
  const [fileStatus, setFileStatus] = useState<Record<string, FileStatus>>({});
  const summary = useRef<HTMLDivElement>(null);
  const focusAfterLoad = useRef(false);

  const entries = useCatalogueEntries();
  const uses = useLiveQuery(() => frequentProcedures(), [], []);
  const procedureRow = useLiveQuery(
    () => (form.procedureId ? getProcedure(form.procedureId).then((p) => p ?? null) : Promise.resolve(null)),
    [form.procedureId],
  );
  const procedure = procedureRow && procedureRow.id === form.procedureId ? procedureRow : null;
  const procedureMissing = form.procedureId !== null && procedureRow === null;
  const docCase = currentCase(procedure, form.caseId);
  const checks = checksFor(docCase, form.documents);
  const missing = missingDocuments(docCase, form.documents);
  const incomplete = missing.length > 0;

  const terms = procedure ? termsForChannel(procedure, form.channel) : undefined;
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
  const notConfigured = !!settings && !settings.agencyId;

  const draftData = useMemo(() => ({ ...form, procedureName: procedure?.name ?? form.procedureName }), [form, procedure]);
  const autosave = useDraftAutosave(draftId, draftData, dirty);

  const update = useCallback((change: (f: ReceiveFormData) => ReceiveFormData) => {
    setForm(change);
    setDirty(true);
  }, []);

  // ---------------------------------------------------------------------------------------------
  // ID card: scanner (any field) and camera
  // ---------------------------------------------------------------------------------------------

  // Scans complete from timers and camera frames: they fill the applicant as it is at that moment.
  const formRef = useRef(form);
  useEffect(() => {
    formRef.current = form;
  });
  const applyScan = useCallback(
    (text: string): boolean => {
      const card = parseIdCardQr(text);
      if (isIdCardQrFailure(card)) {
        setScanResult({ kind: 'error', message: card.error });
        return false;
      }
      const { filled } = fillFromIdCard(formRef.current.applicant, card);
      update((f) => ({ ...f, applicant: fillFromIdCard(f.applicant, card).applicant }));
      setScanResult({ kind: 'ok', filled, warnings: card.warnings });
      focusField('phone');
      return true;
    },
    [update],
  );
  const scan = useScanCapture(applyScan);

  const bind = (key: TextKey) => ({
    id: `rc-${key}`,
    value: textValue(form, key),
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      update((f) => withText(f, key, value));
      scan.observe(value, (before) => setForm((f) => withText(f, key, before)));
    },
  });

  // ---------------------------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------------------------

  const blockers: Failure[] = [];
  if (notConfigured) blockers.push({ message: t('receive.errors.notConfigured'), settingsLink: true });
  if (procedure && !limitConfirmed) blockers.push({ message: t('receive.appointment.unconfirmed'), settingsLink: false });

  const errorsFor = (outcome: Outcome): FieldError[] =>
    outcome === 'receive' ? receiptErrors(form, procedure, t, today) : visitErrors(form, outcome, procedure, t, today);
  const errors = attempted ? errorsFor(attempted) : [];
  const shownBlockers = attempted === 'receive' ? blockers : [];
  const formatErrors = applicantErrors(form.applicant, t, today);
  const errorOf = (field: FieldId): string | null => {
    const fromSubmit = errors.find((e) => e.field === field);
    if (fromSubmit) return fromSubmit.message;
    // Format errors show as soon as the officer leaves the field, not only on submit.
    return touched[field] ? (formatErrors.find((e) => e.field === field)?.message ?? null) : null;
  };

  function showProblems() {
    setTimeout(() => summary.current?.focus(), 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Outcomes
  // ---------------------------------------------------------------------------------------------

  async function run(outcome: Outcome, save: () => Promise<void>) {
    if (busyRef.current) return;
    setAttempted(outcome);
    setFailure(null);
    setStatus(null);
    const problems = errorsFor(outcome);
    if (problems.length > 0 || (outcome === 'receive' && blockers.length > 0)) {
      showProblems();
      return;
    }
    busyRef.current = true;
    setBusy(true);
    await autosave.pause();
    try {
      await save();
      autosave.finish();
    } catch (error) {
      autosave.resume();
      setFailure(failureOf(error, t));
      showProblems();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const receive = () =>
    run('receive', async () => {
      // receiptErrors already stopped a form without a procedure; this only narrows the type.
      if (!procedure) throw new Error(t('receive.errors.procedureRequired'));
      const state = await receiveDossier({
        procedure,
        caseId: docCase?.id ?? null,
        channel: form.channel,
        applicant: toApplicant(form.applicant),
        documents: receivedDocuments(docCase, form.documents),
        sets: parseSets(form.sets) ?? 1,
        feeVnd: parseVnd(feeText),
        returnMethod: form.returnMethod,
        returnAddress: form.returnMethod === 'postal' ? form.returnAddress.trim() : null,
        note: form.note.trim() || null,
        dossierId: form.dossierId,
        draftId,
        attachments: newAttachments(docCase, form.attachments),
      });
      navigate(printPaths.receipt(state.id));
    });

  const visit = (outcome: 'guidance' | 'refusal' | 'redirect') =>
    run(outcome, async () => {
      const reason =
        outcome === 'guidance'
          ? form.guidanceNote.trim() || vi.documents.guidanceDefault
          : outcome === 'refusal'
            ? form.refusalReasons.trim()
            : form.redirectTo.trim();
      const row = await recordVisit({
        outcome,
        procedureId: procedure?.id ?? null,
        procedureCode: procedure?.code ?? null,
        procedureName: procedure?.name ?? null,
        applicant: toApplicant(form.applicant),
        missing: outcome === 'guidance' ? missing : [],
        reason,
        draftId,
      });
      if (outcome === 'guidance') navigate(printPaths.guidance(row.id));
      else if (outcome === 'refusal') navigate(printPaths.visitRefusal(row.id));
      else onRestart(t('receive.actions.redirected', { place: reason }));
    });

  const primary = () => (incomplete ? visit('guidance') : receive());

  // Ctrl+S / Cmd+S: receive when the dossier is complete; otherwise keep the draft and say why not.
  const onSaveKey = useRef<() => void>(() => undefined);
  useEffect(() => {
    onSaveKey.current = () => {
      if (incomplete) {
        void autosave.flush().then(() => setStatus(t('receive.actions.draftSaved')));
      } else void receive();
    };
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyS' || e.key.toLowerCase() === 's')) {
        e.preventDefault();
        onSaveKey.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // When a procedure is chosen, the next step is its case (if it has several) or the applicant.
  useEffect(() => {
    if (!procedure || !focusAfterLoad.current) return;
    focusAfterLoad.current = false;
    focusField(procedure.cases.length > 1 && !form.caseId ? 'rc-case' : 'rc-scan');
  }, [procedure, form.caseId]);

  function chooseProcedure(entry: CatalogueEntry) {
    setChangingProcedure(false);
    focusAfterLoad.current = true;
    if (entry.id === form.procedureId) {
      focusField('rc-scan');
      return;
    }
    update((f) => ({ ...f, procedureId: entry.id, procedureName: entry.name, caseId: null, documents: [], fee: '', feeEdited: false }));
  }

  function onFormKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter') return;
    // A scanner's trailing Enter completes the scan; it never submits the form.
    if (scan.complete()) {
      e.preventDefault();
      return;
    }
    const target = e.target;
    if (target instanceof HTMLInputElement && !['button', 'submit', 'reset', 'file'].includes(target.type)) e.preventDefault();
  }

  // ---------------------------------------------------------------------------------------------
  // Attachments
  // ---------------------------------------------------------------------------------------------

  async function addFiles(documentName: string, files: File[]) {
    setFileStatus((s) => ({ ...s, [documentName]: { processing: true, errors: [] } }));
    const added: DraftAttachment[] = [];
    const problems: string[] = [];
    const tooLarge = (name: string, size: number) =>
      t('receive.documents.tooLarge', { name, size: formatBytes(size, language), max: formatBytes(MAX_FILE_BYTES, language) });
    for (const file of files) {
      const kind = fileKind(file.type, file.name);
      if (kind === 'unsupported') {
        problems.push(t('receive.documents.unsupported', { name: file.name }));
      } else if (kind === 'pdf') {
        if (file.size > MAX_FILE_BYTES) problems.push(tooLarge(file.name, file.size));
        else added.push({ id: crypto.randomUUID(), documentName, name: file.name, mime: 'application/pdf', size: file.size, blob: file });
      } else {
        try {
          const blob = await downscaleImage(file);
          if (blob.size > MAX_FILE_BYTES) problems.push(tooLarge(file.name, blob.size));
          else {
            const kept = blob === file;
            added.push({ id: crypto.randomUUID(), documentName, name: kept ? file.name : jpegName(file.name), mime: kept ? file.type : 'image/jpeg', size: blob.size, blob });
          }
        } catch {
          problems.push(t('receive.documents.unreadable', { name: file.name }));
        }
      }
    }
    if (added.length > 0) update((f) => ({ ...f, attachments: [...f.attachments, ...added] }));
    setFileStatus((s) => ({ ...s, [documentName]: { processing: false, errors: problems } }));
  }

  const removeAttachment = (id: string) => update((f) => ({ ...f, attachments: f.attachments.filter((a) => a.id !== id) }));
  const otherAttachments = form.attachments.filter((a) => !docCase || a.documentName === null || !docCase.documents.some((d) => d.name === a.documentName));

  // ---------------------------------------------------------------------------------------------
  // Render
  // ---------------------------------------------------------------------------------------------

  const a = form.applicant;
  const person = a.kind === 'person';
  const warnings = idWarnings(a);
  const showPicker = !form.procedureId || procedureMissing || changingProcedure;
  const dueText = dueAt === null ? null : language === 'vi' ? formatTimeWordsVi(dueAt) : formatDateTime(dueAt, language);

  const field = (key: TextKey, label: string, input: ReactNode, opts: { error?: string | null; hint?: ReactNode; wide?: boolean } = {}) => (
    <div className={opts.wide ? 'field rc-wide' : 'field'}>
      <label htmlFor={`rc-${key}`} className="field-label">
        {label}
      </label>
      {input}
      {opts.hint}
      {opts.error && (
        <p id={`rc-${key}-error`} className="field-error">
          {opts.error}
        </p>
      )}
    </div>
  );
  const describe = (key: string, error: string | null | undefined, extra?: string) =>
    [error ? `rc-${key}-error` : null, extra].filter(Boolean).join(' ') || undefined;
  const text = (key: TextKey, label: string, opts: { error?: string | null; type?: string; inputMode?: 'numeric' | 'tel' | 'email' | 'text'; autoComplete?: string; wide?: boolean; hint?: ReactNode; hintId?: string; required?: boolean } = {}) =>
    field(
      key,
      label,
      <input
        {...bind(key)}
        type={opts.type ?? 'text'}
        inputMode={opts.inputMode}
        autoComplete={opts.autoComplete ?? 'off'}
        aria-invalid={opts.error ? true : undefined}
        aria-required={opts.required || undefined}
        aria-describedby={describe(key, opts.error, opts.hintId)}
        onBlur={() => setTouched((s) => ({ ...s, [key]: true }))}
      />,
      opts,
    );

  const allProblems = [...shownBlockers, ...(failure ? [failure] : [])];

  return (
    <div className="page rc-page">
      <h1>{t('receive.title')}</h1>
      {notConfigured && (
        <p className="banner banner-warn rc-banner">
          {t('receive.errors.notConfigured')} <Link to="/cai-dat">{t('receive.errors.openSettings')}</Link>
        </p>
      )}
      {otherDrafts > 0 && (
        <p className="muted">
          {t('receive.drafts.others', { count: otherDrafts })} <Link to="/tiep-nhan">{t('receive.drafts.showOthers')}</Link>
        </p>
      )}
      {status && (
        <p className="ok" role="status">
          {status}
        </p>
      )}
      {autosave.error && (
        <p className="field-error" role="alert">
          {t('receive.drafts.saveFailed', { message: autosave.error })}
        </p>
      )}
      {(errors.length > 0 || allProblems.length > 0) && (
        <div className="rc-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="rc-summary-title">
          <p id="rc-summary-title" className="rc-summary-title">
            {t('receive.errors.title')}
          </p>
          <ul>
            {allProblems.map((p) => (
              <li key={p.message}>
                {p.message} {p.settingsLink && <Link to="/cai-dat">{t('receive.errors.openSettings')}</Link>}
              </li>
            ))}
            {errors.map((e) => (
              <li key={`${e.field}:${e.message}`}>
                <a
                  href={`#rc-${e.field}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    focusField(e.field);
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        className="rc-form"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void primary();
        }}
        onKeyDown={onFormKeyDown}
      >
        <fieldset className="rc-section">
          <legend>{t('receive.procedure.legend')}</legend>
          {procedureMissing && (
            <p className="field-error" role="alert">
              {t('receive.procedure.notFound', { id: form.procedureId ?? '' })}
            </p>
          )}
          {procedure && !changingProcedure && (
            <div className="rc-chosen">
              <div>
                <p className="rc-chosen-name">{procedure.name}</p>
                <p className="muted">
                  <span className="code">{procedure.code}</span> · {procedure.field.name}
                </p>
              </div>
              <button type="button" className="secondary" onClick={() => (setChangingProcedure(true), focusField('rc-procedure'))}>
                {t('receive.procedure.change')}
              </button>
            </div>
          )}
          {showPicker && (
            <ProcedurePicker entries={entries} uses={uses} onChoose={chooseProcedure} scan={scan} autoFocus={!form.procedureId || changingProcedure} error={errorOf('procedure')} />
          )}
          {procedure && !changingProcedure && procedure.cases.length > 1 && (
            <fieldset className="rc-choices" aria-describedby={errorOf('case') ? 'rc-case-error' : 'rc-case-hint'}>
              <legend>{t('receive.procedure.case')}</legend>
              <p id="rc-case-hint" className="muted rc-hint">
                {t('receive.procedure.caseHint')}
              </p>
              {procedure.cases.map((c, i) => (
                <label key={c.id} className="rc-choice">
                  <input
                    type="radio"
                    name="rc-case"
                    id={i === 0 ? 'rc-case' : undefined}
                    checked={form.caseId === c.id}
                    onChange={() => update((f) => ({ ...f, caseId: c.id }))}
                  />
                  <span>{c.name}</span>
                </label>
              ))}
              {errorOf('case') && (
                <p id="rc-case-error" className="field-error">
                  {errorOf('case')}
                </p>
              )}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="rc-section">
          <legend>{t('receive.applicant.legend')}</legend>
          <div className="rc-scan">
            <div className="field rc-scan-field">
              <label htmlFor="rc-scan" className="field-label">
                {t('receive.applicant.scan')}
              </label>
              <input
                id="rc-scan"
                type="text"
                autoComplete="off"
                spellCheck={false}
                autoFocus={!!form.procedureId}
                aria-describedby="rc-scan-hint"
                value={scanText}
                onChange={(e) => {
                  setScanText(e.target.value);
                  scan.observe(e.target.value, () => setScanText(''));
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  e.stopPropagation();
                  if (!scan.complete() && scanText.trim()) applyScan(scanText);
                  setScanText('');
                }}
              />
              <p id="rc-scan-hint" className="muted rc-hint">
                {t('receive.applicant.scanHint')}
              </p>
            </div>
            <button type="button" className="secondary rc-camera-button" ref={cameraButton} aria-expanded={cameraOpen} onClick={() => setCameraOpen(true)}>
              {t('receive.applicant.camera')}
            </button>
          </div>
          {cameraOpen && (
            <CameraScanner
              onDetected={(value) => {
                if (!looksLikeIdCardQr(value) || !applyScan(value)) return false;
                setCameraOpen(false);
                return true;
              }}
              onClose={() => {
                setCameraOpen(false);
                cameraButton.current?.focus();
              }}
            />
          )}
          {scanResult && (
            <div role="status" className={scanResult.kind === 'ok' ? 'rc-scan-result' : 'rc-scan-result rc-scan-error'}>
              {scanResult.kind === 'ok' ? (
                <>
                  <p className="ok">
                    {t('receive.applicant.filled', { fields: scanResult.filled.map((f) => t(`receive.applicant.fields.${f}`)).join(', ') })}
                  </p>
                  {scanResult.warnings.length > 0 && (
                    <ul className="rc-warnings">
                      {scanResult.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  )}
                </>
              ) : (
                <p className="field-error">{t('receive.applicant.scanFailed', { message: scanResult.message })}</p>
              )}
            </div>
          )}

          <fieldset className="rc-choices rc-inline">
            <legend>{t('receive.applicant.kind')}</legend>
            {(['person', 'organisation'] as const).map((kind) => (
              <label key={kind} className="rc-choice">
                <input type="radio" name="rc-kind" checked={a.kind === kind} onChange={() => update((f) => ({ ...f, applicant: { ...f.applicant, kind } }))} />
                <span>{t(`receive.applicant.${kind}`)}</span>
              </label>
            ))}
          </fieldset>

          <div className="rc-grid">
            {text('name', person ? t('receive.applicant.name') : t('receive.applicant.organisationName'), { error: errorOf('name'), autoComplete: 'off', wide: true, required: true })}
            {person ? (
              <>
                {text('idNumber', t('receive.applicant.idNumber'), {
                  error: errorOf('idNumber'),
                  inputMode: 'numeric',
                  hintId: warnings.length > 0 ? 'rc-idNumber-warnings' : undefined,
                  hint:
                    warnings.length > 0 ? (
                      <div id="rc-idNumber-warnings" className="rc-id-warnings" role="status">
                        <p>{t('receive.applicant.warningsTitle')}</p>
                        <ul>
                          {warnings.map((w) => (
                            <li key={w}>{w}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null,
                })}
                <div className="field">
                  <label htmlFor="rc-dateOfBirth" className="field-label">
                    {t('receive.applicant.dateOfBirth')}
                  </label>
                  <input
                    id="rc-dateOfBirth"
                    type="date"
                    max={today}
                    value={a.dateOfBirth}
                    aria-invalid={errorOf('dateOfBirth') ? true : undefined}
                    aria-describedby={describe('dateOfBirth', errorOf('dateOfBirth'))}
                    onChange={(e) => update((f) => ({ ...f, applicant: { ...f.applicant, dateOfBirth: e.target.value } }))}
                    onBlur={() => setTouched((s) => ({ ...s, dateOfBirth: true }))}
                  />
                  {errorOf('dateOfBirth') && (
                    <p id="rc-dateOfBirth-error" className="field-error">
                      {errorOf('dateOfBirth')}
                    </p>
                  )}
                </div>
                <fieldset className="rc-choices rc-inline">
                  <legend>{t('receive.applicant.gender')}</legend>
                  {(['male', 'female'] as const).map((g) => (
                    <label key={g} className="rc-choice">
                      <input type="radio" name="rc-gender" checked={a.gender === g} onChange={() => update((f) => ({ ...f, applicant: { ...f.applicant, gender: g } }))} />
                      <span>{t(`receive.applicant.${g}`)}</span>
                    </label>
                  ))}
                </fieldset>
                {a.oldIdNumber && text('oldIdNumber', t('receive.applicant.oldIdNumber'), { inputMode: 'numeric' })}
              </>
            ) : (
              <>
                {text('taxCode', t('receive.applicant.taxCode'), { error: errorOf('taxCode'), inputMode: 'numeric' })}
                {text('representative', t('receive.applicant.representative'))}
              </>
            )}
            {text('address', t('receive.applicant.address'), { wide: true })}
            {text('phone', t('receive.applicant.phone'), { error: errorOf('phone'), type: 'tel', inputMode: 'tel' })}
            {text('email', t('receive.applicant.email'), { error: errorOf('email'), type: 'email', inputMode: 'email' })}
          </div>
        </fieldset>

        <fieldset className="rc-section">
          <legend>{t('receive.documents.legend')}</legend>
          {docCase ? (
            <DocumentChecklist
              docCase={docCase}
              checks={checks}
              attachments={form.attachments}
              fileStatus={fileStatus}
              onCheck={(check) => update((f) => withCheck(f, check))}
              onFiles={(name, files) => void addFiles(name, files)}
              onRemove={removeAttachment}
            />
          ) : (
            <p className="muted">{t('receive.documents.chooseFirst')}</p>
          )}
          {otherAttachments.length > 0 && (
            <div>
              <p className="rc-list-title">{t('receive.documents.others')}</p>
              <AttachmentList attachments={otherAttachments} onRemove={removeAttachment} />
            </div>
          )}
          {docCase &&
            (incomplete ? (
              <div className="rc-missing" data-testid="missing-documents">
                <p className="rc-missing-title">{t('receive.documents.missing', { count: missing.length })}</p>
                <ul>
                  {missing.map((m) => (
                    <li key={m.name}>{m.name}</li>
                  ))}
                </ul>
                <p>{t('receive.documents.missingAction')}</p>
                {field(
                  'guidanceNote',
                  t('receive.documents.guidanceNote'),
                  <textarea {...bind('guidanceNote')} rows={2} placeholder={vi.documents.guidanceDefault} />,
                )}
              </div>
            ) : (
              <p className="ok">{t('receive.documents.complete')}</p>
            ))}
        </fieldset>

        <fieldset className="rc-section">
          <legend>{t('receive.terms.legend')}</legend>
          <fieldset className="rc-choices rc-inline">
            <legend>{t('receive.terms.channel')}</legend>
            {CHANNELS.map((c: Channel) => (
              <label key={c} className="rc-choice">
                <input type="radio" name="rc-channel" checked={form.channel === c} onChange={() => update((f) => ({ ...f, channel: c }))} />
                <span>{t(`procedure.channelNames.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <div className="rc-grid">
            {text('sets', t('receive.terms.sets'), { error: errorOf('sets'), inputMode: 'numeric' })}
            {field(
              'fee',
              t('receive.terms.fee'),
              <input
                id="rc-fee"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={feeText}
                aria-describedby="rc-fee-hint"
                onChange={(e) => {
                  const value = e.target.value;
                  update((f) => withText(f, 'fee', value));
                  scan.observe(value, (before) => setForm((f) => withText(f, 'fee', before)));
                }}
              />,
              {
                hint: (
                  <div id="rc-fee-hint" className="muted rc-hint">
                    {parseVnd(feeText) !== null && <p>= {parseVnd(feeText) === 0 ? t('receive.terms.free') : formatVnd(parseVnd(feeText) ?? 0, language)}</p>}
                    {procedure && catalogueFee === null && <p>{t('receive.terms.feeUnknown')}</p>}
                    {terms?.fees.map((fee) => (
                      <p key={fee.label}>{t('receive.terms.feeCatalogue', { text: `${fee.label}: ${fee.text ?? (fee.amountVnd === null ? t('procedure.unconfirmed') : formatVnd(fee.amountVnd, language))}` })}</p>
                    ))}
                  </div>
                ),
              },
            )}
          </div>
          <fieldset className="rc-choices rc-inline">
            <legend>{t('receive.terms.returnMethod')}</legend>
            {(['desk', 'postal', 'online'] as const).map((m: ReturnMethod) => (
              <label key={m} className="rc-choice">
                <input type="radio" name="rc-return" checked={form.returnMethod === m} onChange={() => update((f) => ({ ...f, returnMethod: m }))} />
                <span>{t(`receive.terms.returnMethods.${m}`)}</span>
              </label>
            ))}
          </fieldset>
          {form.returnMethod === 'postal' &&
            field(
              'returnAddress',
              t('receive.terms.returnAddress'),
              <textarea
                {...bind('returnAddress')}
                rows={2}
                aria-required
                aria-invalid={errorOf('returnAddress') ? true : undefined}
                aria-describedby={describe('returnAddress', errorOf('returnAddress'))}
              />,
              {
                error: errorOf('returnAddress'),
                hint: a.address.trim() ? (
                  <button type="button" className="secondary rc-small" onClick={() => update((f) => ({ ...f, returnAddress: f.applicant.address }))}>
                    {t('receive.terms.useApplicantAddress')}
                  </button>
                ) : null,
                wide: true,
              },
            )}
          {field('note', t('receive.terms.note'), <textarea {...bind('note')} rows={2} />, { wide: true })}
        </fieldset>

        <section className="rc-section rc-appointment" aria-labelledby="rc-appointment-title">
          <h2 id="rc-appointment-title">{t('receive.appointment.legend')}</h2>
          {!procedure ? (
            <p className="muted">{t('receive.appointment.choose')}</p>
          ) : !limitConfirmed || !limit ? (
            <p className="banner banner-warn" id="rc-no-limit" data-testid="no-time-limit">
              {t('receive.appointment.unconfirmed')}
            </p>
          ) : (
            <>
              <p className="rc-due" data-testid="appointment">
                {dueText && t('receive.appointment.due', { when: dueText })}
              </p>
              <p className="muted">{t('receive.appointment.limit', { limit: describeLimit(limit, t) })}</p>
            </>
          )}
        </section>

        {panel &&
          (() => {
            const p = VISIT_PANELS[panel];
            return (
              <fieldset className="rc-section rc-panel">
                <legend>{t(p.legend)}</legend>
                {field(
                  p.field,
                  t(p.label),
                  <textarea
                    {...bind(p.field)}
                    rows={p.rows}
                    aria-required
                    aria-invalid={errorOf(p.field) ? true : undefined}
                    aria-describedby={describe(p.field, errorOf(p.field))}
                  />,
                  { error: errorOf(p.field), wide: true },
                )}
                <div className="rc-panel-actions">
                  <button type="button" disabled={busy} onClick={() => void visit(panel)}>
                    {t(p.submit)}
                  </button>
                  <button type="button" className="secondary" onClick={() => setPanel(null)}>
                    {t('receive.actions.cancel')}
                  </button>
                </div>
              </fieldset>
            );
          })()}

        <div className="rc-actions">
          {dueText && !incomplete && <p className="rc-actions-due">{t('receive.appointment.due', { when: dueText })}</p>}
          <button type="submit" aria-keyshortcuts="Control+S" disabled={busy}>
            {busy ? t('receive.actions.saving') : incomplete ? t('receive.actions.guidance') : t('receive.actions.receive')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={panel === 'refusal'}
            onClick={() => {
              setPanel('refusal');
              focusField('refusalReasons');
            }}
          >
            {t('receive.actions.refuse')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={panel === 'redirect'}
            onClick={() => {
              setPanel('redirect');
              focusField('redirectTo');
            }}
          >
            {t('receive.actions.redirect')}
          </button>
          <span className="muted rc-shortcut">{t('receive.actions.shortcut')}</span>
        </div>
      </form>
    </div>
  );
}

