/**
 * The intake form (DOMAIN.md §2 step 2), its layout — one of four parts: the state (useIntake),
 * the ID-card reader (IdCardScan), the outcomes (useOutcomes) and this page, which lays out the
 * sections (procedure, applicant, documents, terms), the appointment and the outcome buttons.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useT, type MessageKey, type Translate } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { formatTimeWordsVi } from '../../domain/calendar/vnTime';
import type { TimeLimit } from '../../domain/procedure';
import { ApplicantSection } from './ApplicantSection';
import { DocumentsSection } from './DocumentsSection';
import { describe, fieldKit, focusField } from './fields';
import type { ReceiveFormData, TextKey } from './formState';
import { useIdCardScan } from './IdCardScan';
import { ProcedureSection } from './ProcedureSection';
import { TermsSection } from './TermsSection';
import { useIntake } from './useIntake';
import { useOutcomes } from './useOutcomes';

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

export function ReceiveForm({ draftId, initial, notice, otherDrafts, onRestart }: ReceiveFormProps) {
  const t = useT();
  const language = useUi((s) => s.language);
  const intake = useIntake(draftId, initial);
  const reader = useIdCardScan(intake);
  const outcomes = useOutcomes(intake, notice, onRestart);
  const kit = fieldKit(reader.bind, outcomes.errorOf, intake.touch);
  const [panel, setPanel] = useState<'refusal' | 'redirect' | null>(null);

  const { procedure, limit, limitConfirmed, dueAt, incomplete, autosave } = intake;
  const { busy, errors, problems, errorOf, status, summary, visit, primary } = outcomes;
  const dueText = dueAt === null ? null : language === 'vi' ? formatTimeWordsVi(dueAt) : formatDateTime(dueAt, language);

  function onFormKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter') return;
    // A scanner's trailing Enter completes the scan; it never submits the form.
    if (reader.scan.complete()) {
      e.preventDefault();
      return;
    }
    const target = e.target;
    if (target instanceof HTMLInputElement && !['button', 'submit', 'reset', 'file'].includes(target.type)) e.preventDefault();
  }

  return (
    <div className="page rc-page">
      <h1>{t('receive.title')}</h1>
      {intake.notConfigured && (
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
      {(errors.length > 0 || problems.length > 0) && (
        <div className="rc-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="rc-summary-title">
          <p id="rc-summary-title" className="rc-summary-title">
            {t('receive.errors.title')}
          </p>
          <ul>
            {problems.map((p) => (
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
        <ProcedureSection intake={intake} reader={reader} kit={kit} />
        <ApplicantSection intake={intake} reader={reader} kit={kit} />
        <DocumentsSection intake={intake} kit={kit} />
        <TermsSection intake={intake} reader={reader} kit={kit} />

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
                {kit.field(
                  p.field,
                  t(p.label),
                  <textarea
                    {...reader.bind(p.field)}
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
          <button type="submit" aria-keyshortcuts={incomplete ? undefined : 'Control+Enter'} disabled={busy}>
            {busy ? t('receive.actions.saving') : incomplete ? t('receive.actions.guidance') : t('receive.actions.receive')}
          </button>
          {(['refusal', 'redirect'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="secondary"
              aria-expanded={panel === kind}
              onClick={() => {
                setPanel(kind);
                focusField(VISIT_PANELS[kind].field);
              }}
            >
              {t(kind === 'refusal' ? 'receive.actions.refuse' : 'receive.actions.redirect')}
            </button>
          ))}
          <span className="muted rc-shortcut">{t('receive.actions.shortcut')}</span>
        </div>
      </form>
    </div>
  );
}
