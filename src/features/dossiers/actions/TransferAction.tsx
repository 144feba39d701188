/** Transfer (chuyển xử lý) to the unit that handles the dossier: one row of the control sheet. */
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { UnitKind } from '../../../domain/dossier/events';
import { DESK_UNIT } from '../../../domain/dossier/lifecycle';
import { unitLabel } from '../dossierView';
import { ActionForm, describedBy, Field, type ActionProps, type Errors } from './ActionForm';
import { directoryUnits, findUnit, personFor, UnitOptions } from './Directory';

/** Where a dossier goes (DOMAIN.md §2 step 3); the desk last, for the signed result coming back. */
const KINDS: UnitKind[] = ['commune-specialist', 'provincial-agency', 'vertical-sector', 'other-commune', 'leader', 'desk'];

export function TransferAction({ dossier, availability, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [kind, setKind] = useState<UnitKind>('commune-specialist');
  const [name, setName] = useState('');
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const nameHint = t('dossiers.form.transfer.nameHint');
  const units = directoryUnits(settings);

  function chooseKind(next: UnitKind) {
    setKind(next);
    if (next === 'desk' && !name.trim()) setName(DESK_UNIT.name);
  }

  /** Picking a listed unit sets its kind and person; free text keeps the kind chosen. */
  function changeName(next: string) {
    const found = findUnit(units, next);
    if (found) setKind(found.kind);
    setPerson(personFor(units, { name, person }, next));
    setName(next);
  }

  function build() {
    const found: Errors = {};
    if (!name.trim()) found.name = t('dossiers.form.required', { field: t('dossiers.form.transfer.name') });
    setErrors(found);
    if (Object.keys(found).length) return null;
    return {
      type: 'transferred' as const,
      from: dossier.currentUnit,
      to: { kind, name: findUnit(units, name)?.name ?? name.trim(), person: person.trim() || null },
      note: note.trim() || null,
    };
  }

  return (
    <ActionForm type="transferred" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <p className="muted">{t('dossiers.form.transfer.from', { unit: unitLabel(t, dossier.currentUnit, settings.agencyName) })}</p>
      <Field id="transfer-kind" label={t('dossiers.form.transfer.kind')}>
        <select id="transfer-kind" value={kind} onChange={(e) => chooseKind(e.target.value as UnitKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`dossiers.unitKind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="transfer-name" label={t('dossiers.form.transfer.name')} hint={nameHint} error={errors.name}>
        <input
          id="transfer-name"
          value={name}
          onChange={(e) => changeName(e.target.value)}
          list={units.length ? 'transfer-units' : undefined}
          autoComplete="off"
          required
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('transfer-name', errors.name, nameHint)}
        />
        <UnitOptions id="transfer-units" units={units} />
      </Field>
      {units.length === 0 && <p className="muted">{t('dossiers.directory.formHint')}</p>}
      <Field id="transfer-person" label={t('dossiers.form.transfer.person')}>
        <input id="transfer-person" value={person} onChange={(e) => setPerson(e.target.value)} autoComplete="off" />
      </Field>
      <Field id="transfer-note" label={t('dossiers.form.noteOptional')}>
        <textarea id="transfer-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </Field>
    </ActionForm>
  );
}
