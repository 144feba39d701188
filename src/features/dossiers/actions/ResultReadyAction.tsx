/** The result reached the desk (kết quả đã về): its document number, when it has one. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { ResultReadyPayload } from '../../../domain/dossier/events';
import { ActionForm, Field, type ActionProps } from './ActionForm';

export function ResultReadyAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [resultNumber, setResultNumber] = useState('');
  const [note, setNote] = useState('');

  const build = (): ResultReadyPayload => ({ type: 'result-ready', resultNumber: resultNumber.trim() || null, note: note.trim() || null });

  return (
    <ActionForm type="result-ready" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="result-number" label={t('dossiers.form.result.number')}>
        <input id="result-number" value={resultNumber} onChange={(e) => setResultNumber(e.target.value)} autoComplete="off" />
      </Field>
      <Field id="result-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="result-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
