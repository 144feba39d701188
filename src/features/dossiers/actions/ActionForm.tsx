/**
 * What every action form shares: one event per submit through addDossierEvent, errors in plain
 * Vietnamese, and nothing typed lost on error (the fields live in the action's own state, which
 * a failed save does not touch).
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useT, type Translate } from '../../../app/i18n';
import type { DeskRules, DeskSettings } from '../../../domain/deskSettings';
import type { DossierEvent, DossierEventPayload } from '../../../domain/dossier/events';
import { DossierRuleError, type ActionAvailability, type OfficerActionType } from '../../../domain/dossier/lifecycle';
import type { DossierState } from '../../../domain/dossier/state';
import type { DossierRow } from '../../../store/dossierRow';
import { addDossierEvent } from '../../../store/dossiers';
import { StorageFullError } from '../../../store/storage';

export interface ActionProps {
  dossier: DossierRow;
  history: readonly DossierEvent[];
  availability: ActionAvailability;
  rules: DeskRules;
  settings: DeskSettings;
  onDone(type: OfficerActionType, state: DossierState): void;
  onCancel(): void;
}

/**
 * The store's rule and storage errors are already plain Vietnamese; anything else is wrapped.
 * Without a closing full stop, as the callers put the message inside a sentence.
 */
export function errorText(t: Translate, error: unknown): string {
  const known = error instanceof DossierRuleError || error instanceof StorageFullError;
  const message = error instanceof Error ? error.message : String(error);
  return (known ? message : t('errors.generic', { message })).replace(/[.\s]+$/, '');
}

/** aria-describedby for a field with an optional hint and error (see Field). */
export function describedBy(id: string, error?: string | null, hint?: string | null): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="muted field-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export type Errors = Record<string, string | undefined>;

interface ActionFormProps {
  type: OfficerActionType;
  dossierId: string;
  /** Shown above the fields: e.g. the late-apology warning from availableActions. */
  warning?: string | undefined;
  /** The event to store, or null when the fields are invalid (the action shows why). */
  build(): DossierEventPayload | null;
  onDone: ActionProps['onDone'];
  onCancel(): void;
  children: ReactNode;
}

export function ActionForm({ type, dossierId, warning, build, onDone, onCancel, children }: ActionFormProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invalidTick, setInvalidTick] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const headingId = `action-${type}-title`;

  // Keyboard and screen-reader users land on the form they just opened.
  useEffect(() => heading.current?.focus(), []);
  // After a refused submit, the first field to correct gets the focus.
  useEffect(() => {
    if (invalidTick) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidTick]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setError(null);
    const payload = build();
    if (!payload) {
      setInvalidTick((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const state = await addDossierEvent(dossierId, payload);
      onDone(type, state);
    } catch (err) {
      setError(t('dossiers.form.failed', { message: errorText(t, err) }));
      setBusy(false);
    }
  }

  return (
    <form ref={form} className="form action-form" aria-labelledby={headingId} onSubmit={submit} noValidate data-action={type}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t(`dossiers.action.${type}`)}
      </h3>
      {warning && (
        <p className="banner banner-warn" role="note">
          {t('dossiers.form.warning', { text: warning })}
        </p>
      )}
      {children}
      <FormFooter error={error} busy={busy} saveLabel={t('dossiers.form.save')} onCancel={onCancel} />
    </form>
  );
}

/** The end of every form on the dossier page: why the save failed, then save and cancel. */
export function FormFooter({ error, busy, saveLabel, onCancel }: { error: string | null; busy: boolean; saveLabel: string; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <div className="action-buttons">
        <button type="submit" disabled={busy}>
          {busy ? t('dossiers.form.saving') : saveLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('dossiers.form.cancel')}
        </button>
      </div>
    </>
  );
}
