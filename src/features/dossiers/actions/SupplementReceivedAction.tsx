/**
 * The citizen hands in the supplement. The clock resumes only when every requested paper is in;
 * papers already handed in earlier stay ticked, so a second visit records only what is new.
 */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { SupplementSuppliedPayload } from '../../../domain/dossier/events';
import { openSupplement } from '../dossierView';
import { ActionForm, Field, type ActionProps } from './ActionForm';

export function SupplementReceivedAction({ dossier, history, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const open = openSupplement(history);
  const items = open?.items ?? [];
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pending = items.some((it) => !it.supplied);

  const toggle = (i: number) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  function build(): SupplementSuppliedPayload | null {
    if (pending && ticked.size === 0) {
      setError(t('dossiers.form.supplied.noneTicked'));
      return null;
    }
    setError(null);
    const handed = items.filter((_, i) => ticked.has(i)).map(({ name, originals, copies, photocopies, note: itemNote }) => ({ name, originals, copies, photocopies: photocopies ?? 0, note: itemNote ?? null }));
    return { type: 'supplement-supplied', items: handed, note: note.trim() || null };
  }

  const firstPending = items.findIndex((it) => !it.supplied);
  return (
    <ActionForm type="supplement-supplied" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <p className="muted" id="supplied-explain">
        {t('dossiers.form.supplied.explain')}
      </p>
      {items.length === 0 ? (
        <p>{t('dossiers.form.supplied.noItems')}</p>
      ) : (
        <fieldset aria-describedby={['supplied-explain', error ? 'supplied-error' : ''].filter(Boolean).join(' ')}>
          <legend>{t('dossiers.form.supplied.items')}</legend>
          {items.map((it, i) => (
            <label key={`${i}-${it.name}`} className="choice">
              <input
                type="checkbox"
                checked={it.supplied || ticked.has(i)}
                disabled={it.supplied}
                onChange={() => toggle(i)}
                aria-invalid={i === firstPending && !!error}
              />
              {t('dossiers.detail.item', { name: it.name, originals: it.originals, copies: it.copies })}
              {it.photocopies ? t('dossiers.detail.photocopies', { count: it.photocopies }) : ''}
              {it.supplied && <span className="muted"> — {t('dossiers.form.supplied.alreadyIn')}</span>}
            </label>
          ))}
          {error && (
            <p id="supplied-error" className="field-error">
              {error}
            </p>
          )}
        </fieldset>
      )}
      <Field id="supplied-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="supplied-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
