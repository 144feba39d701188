/** The handler's appraisal conclusion (thẩm định): fit to approve, supplement needed, or not eligible. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { AppraisedPayload } from '../../../domain/dossier/events';
import { ActionForm, Field, type ActionProps } from './ActionForm';
import { knownUnits, unitDraft, UnitFields, unitFrom, type UnitDraft } from './Directory';

const CONCLUSIONS: AppraisedPayload['conclusion'][] = ['eligible', 'needs-supplement', 'not-eligible'];

export function AppraisalAction({ dossier, availability, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  // Who appraised: by default the unit holding the dossier, as transferred.
  const units = knownUnits(settings, dossier.currentUnit);
  const [by, setBy] = useState<UnitDraft>(() => unitDraft(dossier.currentUnit));
  const [conclusion, setConclusion] = useState<AppraisedPayload['conclusion'] | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  function build(): AppraisedPayload | null {
    if (!conclusion) {
      setError(t('dossiers.form.appraisal.choose'));
      return null;
    }
    setError(null);
    return { type: 'appraised', conclusion, note: note.trim() || null, by: unitFrom(by, units, 'commune-specialist') };
  }

  return (
    <ActionForm type="appraised" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <fieldset aria-describedby={error ? 'appraisal-error' : undefined}>
        <legend>{t('dossiers.form.appraisal.conclusion')}</legend>
        {CONCLUSIONS.map((c, i) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name="appraisal-conclusion"
              value={c}
              checked={conclusion === c}
              onChange={() => setConclusion(c)}
              aria-invalid={i === 0 && !!error}
            />
            {t(`dossiers.conclusion.${c}`)}
          </label>
        ))}
        {error && (
          <p id="appraisal-error" className="field-error">
            {error}
          </p>
        )}
      </fieldset>
      <UnitFields
        id="appraisal-by"
        label={t('dossiers.form.appraisal.unit')}
        personLabel={t('dossiers.form.appraisal.person')}
        value={by}
        units={units}
        onChange={setBy}
      />
      <Field id="appraisal-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="appraisal-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </Field>
    </ActionForm>
  );
}
