/** Refusal during processing (từ chối, Mẫu 03): the reasons are required and printed. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { RefusedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps } from './ActionForm';

export function RefusalAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hint = t('dossiers.form.refusal.reasonsHint');

  function build(): RefusedPayload | null {
    if (!reasons.trim()) {
      setError(t('dossiers.form.required', { field: t('dossiers.form.refusal.reasons') }));
      return null;
    }
    setError(null);
    return { type: 'refused', reasons: reasons.trim() };
  }

  return (
    <ActionForm type="refused" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="refusal-reasons" label={t('dossiers.form.refusal.reasons')} hint={hint} error={error}>
        <textarea
          id="refusal-reasons"
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          rows={4}
          required
          aria-invalid={!!error}
          aria-describedby={describedBy('refusal-reasons', error, hint)}
        />
      </Field>
    </ActionForm>
  );
}
