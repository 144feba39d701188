/** The result reached the desk (kết quả đã về): its document number, when it has one. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { ResultReadyPayload } from '../../../domain/dossier/events';
import type { DossierRow } from '../../../store/dossierRow';
import { ActionForm, Field, type ActionProps } from './ActionForm';
import { knownUnits, unitDraft, UnitFields, unitFrom, type UnitDraft } from './Directory';

/** The unit the result comes from: the one holding the dossier, or the last that handed it back to the desk. */
function resultSource(dossier: DossierRow) {
  if (dossier.currentUnit.kind !== 'desk') return dossier.currentUnit;
  return [...dossier.handOffs].reverse().find((h) => h.from.kind !== 'desk')?.from ?? dossier.currentUnit;
}

export function ResultReadyAction({ dossier, availability, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  const source = resultSource(dossier);
  const units = knownUnits(settings, source);
  const [by, setBy] = useState<UnitDraft>(() => unitDraft(source));
  const [resultNumber, setResultNumber] = useState('');
  const [note, setNote] = useState('');

  const build = (): ResultReadyPayload => ({
    type: 'result-ready',
    resultNumber: resultNumber.trim() || null,
    note: note.trim() || null,
    by: unitFrom(by, units, 'commune-specialist'),
  });

  return (
    <ActionForm type="result-ready" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <Field id="result-number" label={t('dossiers.form.result.number')}>
        <input id="result-number" value={resultNumber} onChange={(e) => setResultNumber(e.target.value)} autoComplete="off" />
      </Field>
      <UnitFields id="result-by" label={t('dossiers.form.result.unit')} personLabel={t('dossiers.form.result.person')} value={by} units={units} onChange={setBy} />
      <Field id="result-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="result-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
