/** Returning the result (trả kết quả): how, to whom, the postal tracking number, fees collected. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { ReturnedPayload, ReturnMethod } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps, type Errors } from './ActionForm';

const METHODS: ReturnMethod[] = ['desk', 'postal', 'online'];
const AMOUNT = /^\d{1,12}$/;

export function ReturnAction({ dossier, availability, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [method, setMethod] = useState<ReturnMethod>(dossier.returnMethod);
  const [recipient, setRecipient] = useState(dossier.applicant.name);
  const [tracking, setTracking] = useState('');
  const [fee, setFee] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function build(): ReturnedPayload | null {
    const found: Errors = {};
    if (!recipient.trim()) found.recipient = t('dossiers.form.required', { field: t('dossiers.form.return.recipient') });
    if (method === 'postal' && !tracking.trim()) found.tracking = t('dossiers.form.return.trackingRequired');
    // Officers type "8.000" the Vietnamese way: the dots are thousands separators.
    const amount = fee.replace(/[.\s]/g, '');
    if (amount && !AMOUNT.test(amount)) found.fee = t('dossiers.form.return.feeInvalid');
    setErrors(found);
    if (Object.keys(found).length) return null;
    return {
      type: 'returned',
      method,
      recipient: recipient.trim(),
      postalTracking: method === 'postal' ? tracking.trim() : null,
      feeCollectedVnd: amount ? Number(amount) : null,
    };
  }

  return (
    <ActionForm type="returned" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <fieldset>
        <legend>{t('dossiers.form.return.method')}</legend>
        {METHODS.map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="return-method" value={m} checked={method === m} onChange={() => setMethod(m)} />
            {t(`dossiers.returnMethod.${m}`)}
          </label>
        ))}
      </fieldset>
      <Field id="return-recipient" label={t('dossiers.form.return.recipient')} error={errors.recipient}>
        <input
          id="return-recipient"
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
          required
          aria-invalid={!!errors.recipient}
          aria-describedby={describedBy('return-recipient', errors.recipient)}
        />
      </Field>
      {method === 'postal' && (
        <Field id="return-tracking" label={t('dossiers.form.return.tracking')} error={errors.tracking}>
          <input
            id="return-tracking"
            value={tracking}
            onChange={(e) => setTracking(e.target.value)}
            required
            autoComplete="off"
            aria-invalid={!!errors.tracking}
            aria-describedby={describedBy('return-tracking', errors.tracking)}
          />
        </Field>
      )}
      <Field id="return-fee" label={t('dossiers.form.return.fee')} error={errors.fee}>
        <input
          id="return-fee"
          inputMode="numeric"
          value={fee}
          onChange={(e) => setFee(e.target.value)}
          aria-invalid={!!errors.fee}
          aria-describedby={describedBy('return-fee', errors.fee)}
        />
      </Field>
    </ActionForm>
  );
}
