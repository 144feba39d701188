/**
 * The dossier's open conflicts, at the top of its page: actions recorded apart on several devices
 * that the rules forbade once merged (lifecycle.ts `mergeDossier`). Each says what was done, by
 * whom, on which device, when, why it was not applied and what it ran into — never a bare
 * "conflict" — and an officer closes it with a note of what was done about it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT, type Translate } from '../../app/i18n';
import type { DossierEvent } from '../../domain/dossier/events';
import { openConflicts, type DossierConflict } from '../../domain/dossier/state';
import type { DossierRow } from '../../store/dossierRow';
import { addDossierEvent } from '../../store/dossiers';
import { describedBy, errorText, Field, FormFooter } from './actions/ActionForm';
import { conflictTime, deviceLabel, eventLabel, officerLabel } from './dossierView';

interface Props {
  dossier: DossierRow;
  history: readonly DossierEvent[];
  /** This device's id: its own events are said to be "on this device". */
  thisDeviceId: string;
  onResolved(): void;
}

function ResolveForm({ dossierId, conflict, title, onDone, onCancel }: { dossierId: string; conflict: DossierConflict; title: string; onDone(): void; onCancel(): void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `resolve-${conflict.eventId}`;
  useEffect(() => field.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setError(null);
    if (!note.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      await addDossierEvent(dossierId, { type: 'conflict-resolved', eventId: conflict.eventId, note: note.trim() });
      onDone();
    } catch (err) {
      setError(t('dossiers.form.failed', { message: errorText(t, err) }));
      setBusy(false);
    }
  }

  const fieldError = missing ? t('dossiers.conflict.noteMissing') : null;
  return (
    <form className="form conflict-resolve" aria-label={title} onSubmit={submit} noValidate>
      <Field id={id} label={t('dossiers.conflict.note')} hint={t('dossiers.conflict.noteHint')} error={fieldError}>
        <textarea
          ref={field}
          id={id}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={3}
          required
          aria-invalid={missing}
          aria-describedby={describedBy(id, fieldError, t('dossiers.conflict.noteHint'))}
        />
      </Field>
      <FormFooter error={error} busy={busy} saveLabel={t('dossiers.conflict.save')} onCancel={onCancel} />
    </form>
  );
}

function withText(t: Translate, c: DossierConflict, history: readonly DossierEvent[], thisDeviceId: string): string {
  const w = c.conflictsWith;
  if (!w) return t('dossiers.conflict.withUnknown');
  return t('dossiers.conflict.withText', {
    action: eventLabel(t, w, history),
    who: officerLabel(t, w),
    device: deviceLabel(t, w.deviceId, thisDeviceId),
    when: conflictTime(w.at),
  });
}

export function ConflictPanel({ dossier, history, thisDeviceId, onResolved }: Props) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const conflicts = openConflicts(dossier);
  if (conflicts.length === 0) return null;

  return (
    <section className="banner banner-warn conflict-panel" aria-labelledby="dossier-conflicts" data-testid="conflict-panel">
      <h2 id="dossier-conflicts">{t('dossiers.conflict.title', { count: conflicts.length })}</h2>
      <p>{t('dossiers.conflict.explain')}</p>
      <ul className="conflict-list">
        {conflicts.map((c) => {
          const action = eventLabel(t, c, history);
          const who = officerLabel(t, c);
          const when = conflictTime(c.at);
          return (
            <li key={c.eventId} data-conflict={c.eventId} data-type={c.type}>
              <dl className="facts conflict-facts">
                <dt>{t('dossiers.conflict.what')}</dt>
                <dd>
                  <strong>{action}</strong>
                </dd>
                <dt>{t('dossiers.conflict.who')}</dt>
                <dd>{who}</dd>
                <dt>{t('dossiers.conflict.device')}</dt>
                <dd title={c.deviceId}>{deviceLabel(t, c.deviceId, thisDeviceId)}</dd>
                <dt>{t('dossiers.conflict.when')}</dt>
                <dd>
                  <time dateTime={new Date(c.at).toISOString()}>{when}</time>
                </dd>
                <dt>{t('dossiers.conflict.why')}</dt>
                <dd>{c.reason}</dd>
                <dt>{t('dossiers.conflict.with')}</dt>
                <dd>{withText(t, c, history, thisDeviceId)}</dd>
              </dl>
              {open === c.eventId ? (
                <ResolveForm
                  dossierId={dossier.id}
                  conflict={c}
                  title={t('dossiers.conflict.resolveTitle', { action, who, when })}
                  onCancel={() => setOpen(null)}
                  onDone={() => {
                    setOpen(null);
                    onResolved();
                  }}
                />
              ) : (
                <button type="button" aria-label={t('dossiers.conflict.resolveLabel', { action, who, when })} onClick={() => setOpen(c.eventId)}>
                  {t('dossiers.conflict.resolve')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
