/**
 * The intake form's outcomes (one of four parts: state, scanner, outcomes, layout), DOMAIN.md §2
 * step 2: receive the dossier (receipt, Mẫu 01), written guidance on what is missing (Mẫu 02), a
 * refusal (Mẫu 03) or a redirection. Each is checked first; what stops it is listed at the top
 * of the form and on its field. The draft is consumed in the transaction that saves the outcome.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { useT, type Translate } from '../../app/i18n';
import { DossierRuleError } from '../../domain/dossier/lifecycle';
import { DeskNotConfiguredError, receiveDossier } from '../../store/dossiers';
import { StorageFullError } from '../../store/storage';
import { recordVisit } from '../../store/visits';
import { printPaths } from '../print/paths';
import {
  applicantErrors,
  newAttachments,
  parseSets,
  parseVnd,
  receiptErrors,
  receivedDocuments,
  toApplicant,
  visitErrors,
  visitSnapshot,
  type FieldError,
  type FieldId,
} from './formState';
import { focusField } from './fields';
import { vi } from './messages';
import type { Intake } from './useIntake';

export type Outcome = 'receive' | 'guidance' | 'refusal' | 'redirect';
export type VisitOutcome = Exclude<Outcome, 'receive'>;

export interface Failure {
  message: string;
  settingsLink: boolean;
}

export interface Outcomes {
  busy: boolean;
  /** Errors of the last outcome tried, by field. */
  errors: FieldError[];
  /** Problems that are not a field's: the desk's configuration, the catalogue, a failed save. */
  problems: Failure[];
  /** A submit error, or a format error once the officer has left the field. */
  errorOf(field: FieldId): string | null;
  status: string | null;
  setStatus(status: string | null): void;
  /** The list of problems at the top of the form (focused when an outcome is stopped). */
  summary: RefObject<HTMLDivElement | null>;
  receive(): Promise<void>;
  visit(outcome: VisitOutcome): Promise<void>;
  /** The main button: receive, or guidance while a required document is missing. */
  primary(): Promise<void>;
}

function failureOf(error: unknown, t: Translate): Failure {
  if (error instanceof DeskNotConfiguredError) return { message: t('receive.errors.notConfigured'), settingsLink: true };
  if (error instanceof StorageFullError) return { message: t('storage.full'), settingsLink: false };
  if (error instanceof DossierRuleError) {
    return { message: error.code === 'no-time-limit' ? t('receive.appointment.unconfirmed') : error.message, settingsLink: false };
  }
  return { message: t('receive.errors.failed', { message: error instanceof Error ? error.message : String(error) }), settingsLink: false };
}

export function useOutcomes(intake: Intake, notice: string | null, onRestart: (notice: string) => void): Outcomes {
  const t = useT();
  const navigate = useNavigate();
  const { form, procedure, docCase, missing, incomplete, today, autosave, draftId } = intake;
  const [attempted, setAttempted] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const summary = useRef<HTMLDivElement>(null);

  const blockers: Failure[] = [];
  if (intake.notConfigured) blockers.push({ message: t('receive.errors.notConfigured'), settingsLink: true });
  if (procedure && !intake.limitConfirmed) blockers.push({ message: t('receive.appointment.unconfirmed'), settingsLink: false });

  const errorsFor = (outcome: Outcome): FieldError[] =>
    outcome === 'receive' ? receiptErrors(form, procedure, t, today) : visitErrors(form, outcome, procedure, t, today);
  const errors = attempted ? errorsFor(attempted) : [];
  const formatErrors = applicantErrors(form.applicant, t, today);
  const errorOf = (field: FieldId): string | null => {
    const fromSubmit = errors.find((e) => e.field === field);
    if (fromSubmit) return fromSubmit.message;
    // Format errors show as soon as the officer leaves the field, not only on submit.
    return intake.touched[field] ? (formatErrors.find((e) => e.field === field)?.message ?? null) : null;
  };

  function showProblems() {
    setTimeout(() => summary.current?.focus(), 0);
  }

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
        channel: intake.channel,
        applicant: toApplicant(form.applicant),
        documents: receivedDocuments(docCase, form.documents),
        sets: parseSets(form.sets) ?? 1,
        feeVnd: parseVnd(intake.feeText),
        returnMethod: form.returnMethod,
        returnAddress: form.returnMethod === 'postal' ? form.returnAddress.trim() : null,
        note: form.note.trim() || null,
        dossierId: form.dossierId,
        draftId,
        attachments: newAttachments(docCase, form.attachments),
      });
      navigate(printPaths.receipt(state.id));
    });

  const visit = (outcome: VisitOutcome) =>
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
        form: visitSnapshot(form, docCase, intake.channel),
        draftId,
      });
      if (outcome === 'guidance') navigate(printPaths.guidance(row.id));
      else if (outcome === 'refusal') navigate(printPaths.visitRefusal(row.id));
      else onRestart(t('receive.actions.redirected', { place: reason }));
    });

  const primary = () => (incomplete ? visit('guidance') : receive());

  // Shortcuts named by what they do: Ctrl+Enter receives (never guidance: a missing document
  // is said, not turned into a Mẫu 02); Ctrl+S only writes the draft now.
  const shortcuts = useRef<{ receive(): void; save(): void }>({ receive: () => undefined, save: () => undefined });
  useEffect(() => {
    shortcuts.current = {
      receive: () => {
        if (incomplete) {
          setStatus(t('receive.actions.incompleteShortcut', { count: missing.length }));
          focusField('rc-missing');
        } else void receive();
      },
      save: () => void autosave.flush().then(() => setStatus(t('receive.actions.draftSaved'))),
    };
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key === 'Enter') {
        // In the procedure search, Enter (with or without Ctrl) takes the procedure.
        if (e.target instanceof HTMLElement && e.target.getAttribute('role') === 'combobox') return;
        e.preventDefault();
        shortcuts.current.receive();
      } else if (e.code === 'KeyS' || e.key.toLowerCase() === 's') {
        e.preventDefault();
        shortcuts.current.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const problems = [...(attempted === 'receive' ? blockers : []), ...(failure ? [failure] : [])];
  return { busy, errors, problems, errorOf, status, setStatus, summary, receive, visit, primary };
}
