/** Approval and signature (phê duyệt, ký): who signed. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { ApprovedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps } from './ActionForm';

export function ApprovalAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [signer, setSigner] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const hint = t('dossiers.form.approval.signerHint');

  function build(): ApprovedPayload | null {
    if (!signer.trim()) {
      setError(t('dossiers.form.required', { field: t('dossiers.form.approval.signer') }));
      return null;
    }
    setError(null);
    return { type: 'approved', signer: signer.trim(), note: note.trim() || null };
  }

  return (
    <ActionForm type="approved" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="approval-signer" label={t('dossiers.form.approval.signer')} hint={hint} error={error}>
        <input
          id="approval-signer"
          value={signer}
          onChange={(e) => setSigner(e.target.value)}
          required
          aria-invalid={!!error}
          aria-describedby={describedBy('approval-signer', error, hint)}
        />
      </Field>
      <Field id="approval-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="approval-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
