/** The citizen withdraws the dossier or asks to stop processing (Mẫu 05, since 2025). */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { WithdrawnPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps } from './ActionForm';

export function WithdrawalAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [kind, setKind] = useState<WithdrawnPayload['kind']>('withdrawn');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function build(): WithdrawnPayload | null {
    if (!reason.trim()) {
      setError(t('dossiers.form.required', { field: t('dossiers.form.withdrawal.reason') }));
      return null;
    }
    setError(null);
    return { type: 'withdrawn', kind, reason: reason.trim() };
  }

  return (
    <ActionForm type="withdrawn" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <fieldset>
        <legend>{t('dossiers.form.withdrawal.kind')}</legend>
        {(['withdrawn', 'stopped'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="withdrawal-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`dossiers.form.withdrawal.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field id="withdrawal-reason" label={t('dossiers.form.withdrawal.reason')} error={error}>
        <textarea
          id="withdrawal-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          required
          aria-invalid={!!error}
          aria-describedby={describedBy('withdrawal-reason', error)}
        />
      </Field>
    </ActionForm>
  );
}
