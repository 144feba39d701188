/**
 * Supplement request (yêu cầu bổ sung, Mẫu 02): exactly which papers, and why. The clock stops
 * from the request until everything is in, when the desk's pause rule says so (DOMAIN.md §2).
 */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { SupplementItem, SupplementRequestedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps, type Errors } from './ActionForm';
import { knownUnits, unitDraft, UnitFields, unitFrom, type UnitDraft } from './Directory';

interface ItemDraft {
  key: number;
  name: string;
  originals: string;
  copies: string;
  photocopies: string;
  note: string;
}

const COUNT = /^\d{1,3}$/;

export function SupplementRequestAction({ dossier, availability, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [items, setItems] = useState<ItemDraft[]>([{ key: 0, name: '', originals: '1', copies: '0', photocopies: '0', note: '' }]);
  const [reason, setReason] = useState('');
  const [requestedBy, setRequestedBy] = useState<SupplementRequestedPayload['requestedBy']>(dossier.currentUnit.kind === 'desk' ? 'desk' : 'handler');
  const [errors, setErrors] = useState<Errors>({});
  // The handling unit that asks: by default the one holding the dossier.
  const units = knownUnits(settings, dossier.currentUnit);
  const [handler, setHandler] = useState<UnitDraft>(() => unitDraft(dossier.currentUnit));

  const update = (key: number, patch: Partial<ItemDraft>) => setItems((list) => list.map((it) => (it.key === key ? { ...it, ...patch } : it)));
  const add = () => setItems((list) => [...list, { key: Math.max(...list.map((i) => i.key)) + 1, name: '', originals: '1', copies: '0', photocopies: '0', note: '' }]);
  const remove = (key: number) => setItems((list) => list.filter((it) => it.key !== key));

  function build(): SupplementRequestedPayload | null {
    const found: Errors = {};
    const filled = items.filter((it) => it.name.trim());
    if (filled.length === 0) found[`name-${items[0]?.key ?? 0}`] = t('dossiers.form.supplement.noItems');
    for (const it of filled) {
      if (![it.originals, it.copies, it.photocopies].every((n) => COUNT.test(n.trim()))) found[`count-${it.key}`] = t('dossiers.form.supplement.countInvalid');
    }
    if (!reason.trim()) found.reason = t('dossiers.form.required', { field: t('dossiers.form.supplement.reason') });
    setErrors(found);
    if (Object.keys(found).length) return null;
    const payloadItems: SupplementItem[] = filled.map((it) => ({
      name: it.name.trim(),
      originals: Number(it.originals),
      copies: Number(it.copies),
      photocopies: Number(it.photocopies),
      note: it.note.trim() || null,
    }));
    return {
      type: 'supplement-requested',
      items: payloadItems,
      reason: reason.trim(),
      requestedBy,
      ...(requestedBy === 'handler' ? { by: unitFrom(handler, units, 'commune-specialist') } : {}),
    };
  }

  return (
    <ActionForm type="supplement-requested" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      {settings.pauseRule === 'pause' && <p className="muted">{t('dossiers.form.supplement.pauseNote')}</p>}
      <fieldset>
        <legend>{t('dossiers.form.supplement.items')}</legend>
        {items.map((it, index) => {
          const n = index + 1;
          const nameError = errors[`name-${it.key}`];
          const countError = errors[`count-${it.key}`];
          return (
            <fieldset key={it.key} className="supplement-item">
              <legend>{t('dossiers.form.supplement.item', { n })}</legend>
              <Field id={`supp-name-${it.key}`} label={t('dossiers.form.supplement.name')} error={nameError}>
                <input
                  id={`supp-name-${it.key}`}
                  value={it.name}
                  onChange={(e) => update(it.key, { name: e.target.value })}
                  aria-invalid={!!nameError}
                  aria-describedby={describedBy(`supp-name-${it.key}`, nameError)}
                />
              </Field>
              <div className="field-row">
                <Field id={`supp-orig-${it.key}`} label={t('dossiers.form.supplement.originals')}>
                  <input
                    id={`supp-orig-${it.key}`}
                    inputMode="numeric"
                    value={it.originals}
                    onChange={(e) => update(it.key, { originals: e.target.value })}
                    aria-invalid={!!countError}
                    aria-describedby={countError ? `supp-count-${it.key}-error` : undefined}
                  />
                </Field>
                <Field id={`supp-copies-${it.key}`} label={t('dossiers.form.supplement.copies')}>
                  <input
                    id={`supp-copies-${it.key}`}
                    inputMode="numeric"
                    value={it.copies}
                    onChange={(e) => update(it.key, { copies: e.target.value })}
                    aria-invalid={!!countError}
                    aria-describedby={countError ? `supp-count-${it.key}-error` : undefined}
                  />
                </Field>
                <Field id={`supp-photocopies-${it.key}`} label={t('dossiers.form.supplement.photocopies')}>
                  <input
                    id={`supp-photocopies-${it.key}`}
                    inputMode="numeric"
                    value={it.photocopies}
                    onChange={(e) => update(it.key, { photocopies: e.target.value })}
                    aria-invalid={!!countError}
                    aria-describedby={countError ? `supp-count-${it.key}-error` : undefined}
                  />
                </Field>
              </div>
              {countError && (
                <p id={`supp-count-${it.key}-error`} className="field-error">
                  {countError}
                </p>
              )}
              <Field id={`supp-note-${it.key}`} label={t('dossiers.form.supplement.itemNote')}>
                <input id={`supp-note-${it.key}`} value={it.note} onChange={(e) => update(it.key, { note: e.target.value })} />
              </Field>
              {items.length > 1 && (
                <button type="button" className="secondary" onClick={() => remove(it.key)}>
                  {t('dossiers.form.supplement.remove', { n })}
                </button>
              )}
            </fieldset>
          );
        })}
        <button type="button" className="secondary" onClick={add}>
          {t('dossiers.form.supplement.add')}
        </button>
      </fieldset>
      <Field id="supp-reason" label={t('dossiers.form.supplement.reason')} error={errors.reason}>
        <textarea
          id="supp-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          required
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy('supp-reason', errors.reason)}
        />
      </Field>
      <fieldset>
        <legend>{t('dossiers.form.supplement.requestedBy')}</legend>
        {(['desk', 'handler'] as const).map((by) => (
          <label key={by} className="choice">
            <input type="radio" name="supp-by" value={by} checked={requestedBy === by} onChange={() => setRequestedBy(by)} />
            {t(`dossiers.detail.requestedBy.${by}`)}
          </label>
        ))}
      </fieldset>
      {requestedBy === 'handler' && (
        <UnitFields
          id="supp-by"
          label={t('dossiers.form.supplement.unit')}
          personLabel={t('dossiers.form.supplement.person')}
          value={handler}
          units={units}
          onChange={setHandler}
        />
      )}
    </ActionForm>
  );
}
