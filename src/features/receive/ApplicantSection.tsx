/** The intake form's applicant: the ID-card reader, then a person's or an organisation's fields. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { DateInput, formatDateText } from '../../app/DateInput';
import { useT } from '../../app/i18n';
import { vnDate } from '../../domain/calendar/vnTime';
import { guidanceVisitsFor } from '../../store/visits';
import { printPaths } from '../print/paths';
import { describe, type FieldKit } from './fields';
import { idWarnings } from './formState';
import { ScanPanel, type IdCardScan } from './IdCardScan';
import type { Intake } from './useIntake';

/**
 * Guidance is given once (DOMAIN.md §2): when the ID number is one that was given guidance before,
 * the officer sees when, for what, and what was missing, with the sheet to print again.
 */
function EarlierGuidance({ idNumber, except }: { idNumber: string; except: string | null }) {
  const t = useT();
  const id = idNumber.trim();
  const valid = /^\d{12}$/.test(id);
  const visits = useLiveQuery(() => (valid ? guidanceVisitsFor(id) : Promise.resolve([])), [id, valid], []);
  const earlier = visits.filter((v) => v.id !== except);
  if (!valid || earlier.length === 0) return null;
  return (
    <div className="rc-wide banner banner-warn" role="status" data-testid="earlier-guidance">
      <ul>
        {earlier.slice(0, 3).map((v) => (
          <li key={v.id}>
            {t('receive.visit.earlierGuidance', {
              date: formatDateText(vnDate(v.at)),
              procedure: v.procedureName ?? '—',
              missing: v.missing.map((m) => m.name).join('; ') || v.reason,
            })}{' '}
            <Link to={printPaths.guidance(v.id)}>{t('receive.visit.reprint')}</Link>
          </li>
        ))}
      </ul>
      <p>{t('receive.visit.onceOnly')}</p>
    </div>
  );
}

export function ApplicantSection({ intake, reader, kit }: { intake: Intake; reader: IdCardScan; kit: FieldKit }) {
  const t = useT();
  const { form, update, today } = intake;
  const { text, errorOf } = kit;
  const a = form.applicant;
  const person = a.kind === 'person';
  const warnings = idWarnings(a);
  return (
    <fieldset className="rc-section">
      <legend>{t('receive.applicant.legend')}</legend>
      <ScanPanel reader={reader} autoFocus={!!form.procedureId} />

      <fieldset className="rc-choices rc-inline">
        <legend>{t('receive.applicant.kind')}</legend>
        {(['person', 'organisation'] as const).map((kind) => (
          <label key={kind} className="rc-choice">
            <input type="radio" name="rc-kind" checked={a.kind === kind} onChange={() => update((f) => ({ ...f, applicant: { ...f.applicant, kind } }))} />
            <span>{t(`receive.applicant.${kind}`)}</span>
          </label>
        ))}
      </fieldset>

      <div className="rc-grid">
        {text('name', person ? t('receive.applicant.name') : t('receive.applicant.organisationName'), { error: errorOf('name'), autoComplete: 'off', wide: true, required: true })}
        {person ? (
          <>
            {text('idNumber', t('receive.applicant.idNumber'), {
              error: errorOf('idNumber'),
              inputMode: 'numeric',
              hintId: warnings.length > 0 ? 'rc-idNumber-warnings' : undefined,
              hint:
                warnings.length > 0 ? (
                  <div id="rc-idNumber-warnings" className="rc-id-warnings" role="status">
                    <p>{t('receive.applicant.warningsTitle')}</p>
                    <ul>
                      {warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </div>
                ) : null,
            })}
            <EarlierGuidance idNumber={a.idNumber} except={form.fromVisit ?? null} />
            <div className="field">
              <label htmlFor="rc-dateOfBirth" className="field-label">
                {t('receive.applicant.dateOfBirth')}
              </label>
              {/* dd/mm/yyyy whatever the browser's language; a scan typed here still fills the applicant. */}
              <DateInput
                id="rc-dateOfBirth"
                max={today}
                value={a.dateOfBirth}
                aria-invalid={errorOf('dateOfBirth') ? true : undefined}
                aria-describedby={describe('dateOfBirth', errorOf('dateOfBirth'))}
                onChange={(dateOfBirth) => update((f) => ({ ...f, applicant: { ...f.applicant, dateOfBirth } }))}
                // The field adds slashes between the card number's first digits: read past them.
                // Its text then follows the scanned date of birth, so there is nothing to give back.
                onInput={(e) => reader.scan.observe(e.currentTarget.value.replace(/^[\d/]*/, (lead) => lead.replace(/\//g, '')), () => undefined)}
                onBlur={() => intake.touch('dateOfBirth')}
              />
              {errorOf('dateOfBirth') && (
                <p id="rc-dateOfBirth-error" className="field-error">
                  {errorOf('dateOfBirth')}
                </p>
              )}
            </div>
            <fieldset className="rc-choices rc-inline">
              <legend>{t('receive.applicant.gender')}</legend>
              {(['male', 'female'] as const).map((g) => (
                <label key={g} className="rc-choice">
                  <input type="radio" name="rc-gender" checked={a.gender === g} onChange={() => update((f) => ({ ...f, applicant: { ...f.applicant, gender: g } }))} />
                  <span>{t(`receive.applicant.${g}`)}</span>
                </label>
              ))}
            </fieldset>
            {a.oldIdNumber && text('oldIdNumber', t('receive.applicant.oldIdNumber'), { inputMode: 'numeric' })}
          </>
        ) : (
          <>
            {text('taxCode', t('receive.applicant.taxCode'), { error: errorOf('taxCode'), inputMode: 'numeric' })}
            {text('representative', t('receive.applicant.representative'))}
          </>
        )}
        {text('address', t('receive.applicant.address'), { wide: true })}
        {text('phone', t('receive.applicant.phone'), { error: errorOf('phone'), type: 'tel', inputMode: 'tel' })}
        {text('email', t('receive.applicant.email'), { error: errorOf('email'), type: 'email', inputMode: 'email' })}
      </div>
    </fieldset>
  );
}
