/** A note (ghi chú): changes nothing, records what happened — allowed even after the end. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { NotedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps } from './ActionForm';

export function NoteAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function build(): NotedPayload | null {
    if (!text.trim()) {
      setError(t('dossiers.form.required', { field: t('dossiers.form.note.text') }));
      return null;
    }
    setError(null);
    return { type: 'noted', text: text.trim() };
  }

  return (
    <ActionForm type="noted" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="note-text" label={t('dossiers.form.note.text')} error={error}>
        <textarea
          id="note-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          required
          aria-invalid={!!error}
          aria-describedby={describedBy('note-text', error)}
        />
      </Field>
    </ActionForm>
  );
}
