/**
 * Apology and new appointment (Mẫu 04). Due no later than 1 working day before the due date, and
 * the date may be re-set only once (DOMAIN.md §2). A late apology is still owed to the citizen, so
 * it is allowed with the warning availableActions gives.
 */
import { useState } from 'react';
import { DateInput } from '../../../app/DateInput';
import { useT } from '../../../app/i18n';
import { formatDateVi, isValidDate } from '../../../domain/calendar/vnTime';
import type { ApologisedPayload } from '../../../domain/dossier/events';
import { ActionForm, describedBy, Field, type ActionProps, type Errors } from './ActionForm';
import { directoryUnits, UnitOptions } from './Directory';

export function ApologyAction({ dossier, availability, rules, settings, onDone, onCancel }: ActionProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [by, setBy] = useState(dossier.currentUnit.kind === 'desk' ? '' : dossier.currentUnit.name);
  const [errors, setErrors] = useState<Errors>({});
  const due = formatDateVi(dossier.dueAt);
  const dateHint = t('dossiers.form.apology.newDateHint');

  function build(): ApologisedPayload | null {
    const found: Errors = {};
    if (!reason.trim()) found.reason = t('dossiers.form.required', { field: t('dossiers.form.apology.reason') });
    let newDueAt = 0;
    if (!isValidDate(date)) found.date = t('dossiers.form.apology.dateMissing');
    else if (!rules.calendar.isWorkingDay(date)) found.date = t('dossiers.form.apology.dayOff', { date: formatDateVi(date) });
    else {
      // The new appointment, like the first, runs to the office's closing time on that day.
      newDueAt = rules.calendar.closingOf(date);
      if (newDueAt <= dossier.dueAt) found.date = t('dossiers.form.apology.notLater', { due });
    }
    setErrors(found);
    if (Object.keys(found).length) return null;
    return { type: 'apologised', reason: reason.trim(), newDueAt, by: by.trim() || null };
  }

  return (
    <ActionForm type="apologised" dossierId={dossier.id} warning={availability.warning?.reason} build={build} onDone={onDone} onCancel={onCancel}>
      <p>
        {dossier.apologyDueAt != null
          ? t('dossiers.form.apology.latest', { date: formatDateVi(dossier.apologyDueAt), due })
          : t('dossiers.form.apology.latestNone', { due })}
      </p>
      <p className="muted">{t('dossiers.form.apology.once')}</p>
      <Field id="apology-reason" label={t('dossiers.form.apology.reason')} error={errors.reason}>
        <textarea
          id="apology-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={3}
          required
          aria-invalid={!!errors.reason}
          aria-describedby={describedBy('apology-reason', errors.reason)}
        />
      </Field>
      <Field id="apology-date" label={t('dossiers.form.apology.newDate')} hint={dateHint} error={errors.date}>
        <DateInput
          id="apology-date"
          value={date}
          onChange={setDate}
          required
          aria-invalid={!!errors.date}
          aria-describedby={describedBy('apology-date', errors.date, dateHint)}
        />
      </Field>
      <Field id="apology-by" label={t('dossiers.form.apology.by')}>
        <input id="apology-by" value={by} onChange={(e) => setBy(e.target.value)} list="apology-units" autoComplete="off" />
        <UnitOptions id="apology-units" units={directoryUnits(settings, false)} />
      </Field>
    </ActionForm>
  );
}
