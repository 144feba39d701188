import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { useDeskSettings } from '../../app/useDesk';
import { useUi } from '../../app/uiState';
import type { DeskSettings } from '../../domain/deskSettings';
import { isValidAgencyId, slotRange } from '../../domain/dossierCode';
import { db } from '../../store/db';
import { saveSettings } from '../../store/settings';
import { readEnrolmentInfo, type EnrolmentInfo } from '../../store/syncState';
import { UnitsSettings } from './UnitsSettings';
import { WorkCalendarSettings } from './WorkCalendarSettings';

type Editable = Pick<DeskSettings, 'agencyName' | 'parentAgencyName' | 'agencyId' | 'placeName' | 'officerName' | 'deskPhone'>;
const FIELDS: (keyof Editable)[] = ['agencyName', 'parentAgencyName', 'agencyId', 'placeName', 'officerName', 'deskPhone'];
/** Given by the hub once the device is enrolled (store/syncState.ts saveEnrolment): shown, not edited. */
const FROM_HUB: readonly (keyof Editable)[] = ['agencyName', 'parentAgencyName', 'agencyId', 'placeName'];
/** Up to 9 devices share the day's 4-digit sequence (about 1,100 dossiers a day each). */
const MAX_DEVICES = 9;

export function SettingsPage() {
  const settings = useDeskSettings();
  const enrolment = useLiveQuery(() => readEnrolmentInfo(db()), [], undefined);
  // The form mounts once the stored settings are read, so its fields start from them.
  return settings && enrolment !== undefined ? <SettingsForm key={enrolment ? 'hub' : 'manual'} settings={settings} enrolment={enrolment} /> : null;
}

function SettingsForm({ settings, enrolment }: { settings: DeskSettings; enrolment: EnrolmentInfo | null }) {
  const t = useT();
  const { persistence, storage, language } = useUi();
  const [draft, setDraft] = useState<Editable>(() => Object.fromEntries(FIELDS.map((k) => [k, settings[k]])) as Editable);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  // Shown 1-based ("máy số 1 trên 2"); stored as the 0-based slot the hub will later assign.
  const [devices, setDevices] = useState({ count: settings.slotCount, number: settings.deviceSlot + 1 });
  const agencyIdError = !enrolment && draft.agencyId && !isValidAgencyId(draft.agencyId.trim()) ? t('settings.agencyIdInvalid') : null;
  const devicesError = enrolment
    ? null
    : !Number.isInteger(devices.count) || devices.count < 1 || devices.count > MAX_DEVICES
      ? t('settings.deviceCountInvalid', { max: MAX_DEVICES })
      : !Number.isInteger(devices.number) || devices.number < 1 || devices.number > devices.count
        ? t('settings.deviceNumberInvalid', { count: devices.count })
        : null;
  const range = devicesError || enrolment ? null : slotRange(devices.number - 1, devices.count);
  const editable = enrolment ? FIELDS.filter((k) => !FROM_HUB.includes(k)) : FIELDS;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (agencyIdError || devicesError) {
      // The error shows where the officer looks: on the first field to correct, with its message.
      e.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await saveSettings({
        ...Object.fromEntries(editable.map((k) => [k, draft[k].trim()])),
        ...(enrolment ? {} : { slotCount: devices.count, deviceSlot: devices.number - 1 }),
      });
      setMessage({ kind: 'ok', text: t('settings.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('errors.saveFailed', { message: (error as Error).message }) });
    }
  }

  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <form onSubmit={submit} className="form" noValidate>
        <fieldset>
          <legend>{t('settings.desk')}</legend>
          {enrolment && (
            <p className="muted" data-testid="from-hub">
              {t('settings.enrolledNumbering')}
            </p>
          )}
          {FIELDS.map((key) => (
            <div key={key} className="field">
              <label htmlFor={`s-${key}`} className="field-label">
                {t(`settings.${key}`)}
              </label>
              <input
                id={`s-${key}`}
                type={key === 'deskPhone' ? 'tel' : undefined}
                value={draft[key]}
                readOnly={enrolment !== null && FROM_HUB.includes(key)}
                onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                aria-invalid={key === 'agencyId' && agencyIdError ? true : undefined}
                aria-describedby={key === 'agencyId' ? 's-agencyId-hint' : undefined}
              />
              {key === 'agencyId' && (
                <p id="s-agencyId-hint" className={agencyIdError ? 'field-error' : 'muted'}>
                  {agencyIdError || t('settings.agencyIdHint')}
                </p>
              )}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.numbering')}</legend>
          {enrolment ? (
            <p data-testid="sequence-range">
              {t('settings.enrolledRange', {
                number: enrolment.codeSlot.number,
                first: String(enrolment.codeSlot.first).padStart(4, '0'),
                last: String(enrolment.codeSlot.last).padStart(4, '0'),
                period: t(settings.sequenceScope === 'yearly' ? 'settings.periodYearly' : 'settings.periodDaily'),
              })}
            </p>
          ) : (
            <>
              <p className="muted">{t('settings.numberingHint')}</p>
              <div className="field">
                <label htmlFor="s-device-count" className="field-label">
                  {t('settings.deviceCount')}
                </label>
                <input
                  id="s-device-count"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_DEVICES}
                  value={Number.isNaN(devices.count) ? '' : devices.count}
                  onChange={(e) => setDevices({ ...devices, count: e.target.valueAsNumber })}
                  aria-describedby="s-devices-help"
                />
              </div>
              <div className="field">
                <label htmlFor="s-device-number" className="field-label">
                  {t('settings.deviceNumber')}
                </label>
                <input
                  id="s-device-number"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={devices.count || 1}
                  value={Number.isNaN(devices.number) ? '' : devices.number}
                  onChange={(e) => setDevices({ ...devices, number: e.target.valueAsNumber })}
                  aria-invalid={devicesError ? true : undefined}
                  aria-describedby="s-devices-help"
                />
              </div>
              <p id="s-devices-help" className={devicesError ? 'field-error' : 'muted'} data-testid="sequence-range">
                {devicesError ?? (range && t('settings.sequenceRange', { first: String(range.first).padStart(4, '0'), last: String(range.last).padStart(4, '0') }))}
              </p>
            </>
          )}
          <p className="muted">
            {t('settings.deviceId')}: <span className="code">{settings.deviceId || '—'}</span>
          </p>
        </fieldset>
        <button type="submit">{t('settings.save')}</button>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'ok'}>
            {message.text}
          </p>
        )}
      </form>
      <WorkCalendarSettings settings={settings} />
      <UnitsSettings settings={settings} />
      <section>
        <h2>{t('storage.title')}</h2>
        <p data-testid="persistence">
          {persistence === 'refused'
            ? t('storage.refused')
            : persistence === 'unsupported'
              ? t('storage.unsupported')
              : persistence
                ? t('storage.persisted')
                : t('app.loading')}
        </p>
        {storage && <p>{t('storage.use', { used: formatBytes(storage.usedBytes, language), quota: formatBytes(storage.quotaBytes, language) })}</p>}
      </section>
    </div>
  );
}
