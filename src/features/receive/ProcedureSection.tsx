/** The intake form's procedure: the picker (or the chosen procedure and "change"), then its case. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import type { CatalogueEntry } from '../../store/catalogue';
import { focusField, type FieldKit } from './fields';
import type { IdCardScan } from './IdCardScan';
import { ProcedurePicker } from './ProcedurePicker';
import type { Intake } from './useIntake';

export function ProcedureSection({ intake, reader, kit }: { intake: Intake; reader: IdCardScan; kit: FieldKit }) {
  const t = useT();
  const { form, update, procedure, procedureMissing } = intake;
  const { errorOf } = kit;
  const [changing, setChanging] = useState(false);
  const focusAfterLoad = useRef(false);

  // When a procedure is chosen, the next step is its case (if it has several that the channel
  // does not decide) or the applicant.
  const askCase = !!procedure && !intake.byChannel && procedure.cases.length > 1 && !form.caseId;
  useEffect(() => {
    if (!procedure || !focusAfterLoad.current) return;
    focusAfterLoad.current = false;
    focusField(askCase ? 'rc-case' : 'rc-scan');
  }, [procedure, askCase]);

  function choose(entry: CatalogueEntry) {
    setChanging(false);
    focusAfterLoad.current = true;
    if (entry.id === form.procedureId) {
      focusField('rc-scan');
      return;
    }
    update((f) => ({ ...f, procedureId: entry.id, procedureName: entry.name, caseId: null, documents: [], fee: '', feeEdited: false }));
  }

  const showPicker = !form.procedureId || procedureMissing || changing;
  return (
    <fieldset className="rc-section">
      <legend>{t('receive.procedure.legend')}</legend>
      {procedureMissing && (
        <p className="field-error" role="alert">
          {t('receive.procedure.notFound', { id: form.procedureId ?? '' })}
        </p>
      )}
      {procedure && !changing && (
        <div className="rc-chosen">
          <div>
            <p className="rc-chosen-name">{procedure.name}</p>
            <p className="muted">
              <span className="code">{procedure.code}</span> · {procedure.field.name}
            </p>
          </div>
          <button type="button" className="secondary" onClick={() => (setChanging(true), focusField('rc-procedure'))}>
            {t('receive.procedure.change')}
          </button>
        </div>
      )}
      {showPicker && (
        <ProcedurePicker entries={intake.entries} uses={intake.uses} onChoose={choose} scan={reader.scan} autoFocus={!form.procedureId || changing} error={errorOf('procedure')} />
      )}
      {procedure && !changing && intake.byChannel && (
        <fieldset className="rc-choices rc-inline" aria-describedby="rc-channel-case">
          <legend>{t('receive.procedure.channel')}</legend>
          {intake.byChannel.map(({ channel }) => (
            <label key={channel} className="rc-choice">
              <input type="radio" name="rc-channel" checked={intake.channel === channel} onChange={() => update((f) => ({ ...f, channel }))} />
              <span>{t(`procedure.channelNames.${channel}`)}</span>
            </label>
          ))}
          <p id="rc-channel-case" className="muted rc-hint">
            {t('receive.procedure.caseByChannel', { name: intake.docCase?.name ?? '' })}
          </p>
        </fieldset>
      )}
      {procedure && !changing && !intake.byChannel && procedure.cases.length > 1 && (
        <fieldset className="rc-choices" aria-describedby={errorOf('case') ? 'rc-case-error' : 'rc-case-hint'}>
          <legend>{t('receive.procedure.case')}</legend>
          <p id="rc-case-hint" className="muted rc-hint">
            {t('receive.procedure.caseHint')}
          </p>
          {procedure.cases.map((c, i) => (
            <label key={c.id} className="rc-choice">
              <input type="radio" name="rc-case" id={i === 0 ? 'rc-case' : undefined} checked={form.caseId === c.id} onChange={() => update((f) => ({ ...f, caseId: c.id }))} />
              <span>{c.name}</span>
            </label>
          ))}
          {errorOf('case') && (
            <p id="rc-case-error" className="field-error">
              {errorOf('case')}
            </p>
          )}
        </fieldset>
      )}
    </fieldset>
  );
}
