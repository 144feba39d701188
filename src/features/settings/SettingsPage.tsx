import { useState, type FormEvent } from 'react';
import { formatBytes } from '../../app/format';
import { useT } from '../../app/i18n';
import { useDeskSettings } from '../../app/useDesk';
import { useUi } from '../../app/uiState';
import type { DeskSettings } from '../../domain/deskSettings';
import { isValidAgencyId } from '../../domain/dossierCode';
import { saveSettings } from '../../store/settings';

type Editable = Pick<DeskSettings, 'agencyName' | 'parentAgencyName' | 'agencyId' | 'placeName' | 'officerName'>;
const FIELDS: (keyof Editable)[] = ['agencyName', 'parentAgencyName', 'agencyId', 'placeName', 'officerName'];

export function SettingsPage() {
  const settings = useDeskSettings();
  // The form mounts once the stored settings are read, so its fields start from them.
  return settings ? <SettingsForm settings={settings} /> : null;
}

function SettingsForm({ settings }: { settings: DeskSettings }) {
  const t = useT();
  const { persistence, storage, language } = useUi();
  const [draft, setDraft] = useState<Editable>(() => Object.fromEntries(FIELDS.map((k) => [k, settings[k]])) as Editable);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const agencyIdError = draft.agencyId && !isValidAgencyId(draft.agencyId.trim()) ? t('settings.agencyIdInvalid') : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (agencyIdError) return;
    try {
      await saveSettings(Object.fromEntries(FIELDS.map((k) => [k, draft[k].trim()])));
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
          {FIELDS.map((key) => (
            <div key={key} className="field">
              <label htmlFor={`s-${key}`} className="field-label">
                {t(`settings.${key}`)}
              </label>
              <input
                id={`s-${key}`}
                value={draft[key]}
                onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                aria-invalid={key === 'agencyId' && agencyIdError ? true : undefined}
                aria-describedby={key === 'agencyId' ? 's-agencyId-hint' : undefined}
              />
              {key === 'agencyId' && (
                <p id="s-agencyId-hint" className={agencyIdError ? 'field-error' : 'muted'}>
                  {agencyIdError ?? t('settings.agencyIdHint')}
                </p>
              )}
            </div>
          ))}
          <p className="muted">
            {t('settings.deviceId')}: <span className="code">{settings.deviceId || '—'}</span> · {t('settings.deviceSlot')}: {settings.deviceSlot}
          </p>
        </fieldset>
        <button type="submit">{t('settings.save')}</button>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'ok'}>
            {message.text}
          </p>
        )}
      </form>
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
