/**
 * "Đồng bộ": enrol the device with the provincial hub, then see where its data stands — what
 * waits to be sent, what the hub refused and why (with the dossier), the last success, the last
 * error — and sync now. Never blocks the other screens: the engine runs beside them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { db } from '../../store/db';
import { refusedEvents, retryRefused } from '../../store/sync';
import { readEnrolmentInfo, type EnrolmentInfo } from '../../store/syncState';
import { enrolThisDevice, syncNow } from '../../sync/appSync';
import { clockSkewMinutes, useSyncStatus } from '../../sync/status';
import type { MessageKey } from '../../app/i18n';

const pad4 = (n: number) => String(n).padStart(4, '0');

export function SyncPage() {
  const t = useT();
  // undefined while reading, null when not enrolled.
  const enrolment = useLiveQuery(() => readEnrolmentInfo(db()), [], undefined);
  const [again, setAgain] = useState(false);
  return (
    <div className="page sync-page">
      <h1>{t('sync.title')}</h1>
      <p className="muted">{t('sync.intro')}</p>
      {enrolment === undefined ? (
        <p>{t('app.loading')}</p>
      ) : enrolment === null || again ? (
        <EnrolForm initial={enrolment} onDone={() => setAgain(false)} />
      ) : (
        <SyncOverview enrolment={enrolment} onEnrolAgain={() => setAgain(true)} />
      )}
    </div>
  );
}

function EnrolForm({ initial, onDone }: { initial: EnrolmentInfo | null; onDone: () => void }) {
  const t = useT();
  const [form, setForm] = useState({ hubUrl: initial?.hubUrl ?? globalThis.location?.origin ?? '', username: '', password: '', deviceName: initial?.deviceName ?? '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fields = [
    { key: 'hubUrl', type: 'url', autoComplete: 'url', hint: t('sync.hubUrlHint') },
    { key: 'username', type: 'text', autoComplete: 'username', hint: null },
    { key: 'password', type: 'password', autoComplete: 'current-password', hint: null },
    { key: 'deviceName', type: 'text', autoComplete: 'off', hint: t('sync.deviceNameHint') },
  ] as const;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const missing = fields.find((f) => !form[f.key].trim());
    if (missing) {
      setError(t('sync.missingField', { field: t(`sync.${missing.key}`).toLowerCase() }));
      e.currentTarget.querySelector<HTMLElement>(`#sync-${missing.key}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await enrolThisDevice(form);
      onDone();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
      <fieldset disabled={busy}>
        <legend>{t('sync.enrolTitle')}</legend>
        <p className="muted">{t('sync.enrolHint')}</p>
        {fields.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`sync-${f.key}`} className="field-label">
              {t(`sync.${f.key}`)}
            </label>
            <input
              id={`sync-${f.key}`}
              type={f.type}
              autoComplete={f.autoComplete}
              value={form[f.key]}
              onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
              aria-describedby={f.hint ? `sync-${f.key}-hint` : undefined}
            />
            {f.hint && (
              <p id={`sync-${f.key}-hint`} className="muted">
                {f.hint}
              </p>
            )}
          </div>
        ))}
        <button type="submit">{busy ? t('sync.enrolling') : t('sync.enrol')}</button>
      </fieldset>
      {error && (
        <p role="alert" className="field-error" data-testid="enrol-error">
          {error}
        </p>
      )}
    </form>
  );
}

function SyncOverview({ enrolment, onEnrolAgain }: { enrolment: EnrolmentInfo; onEnrolAgain: () => void }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const status = useSyncStatus();
  const refused = useLiveQuery(() => refusedEvents(db()), [], []);
  const [clicked, setClicked] = useState(false);
  const busy = clicked || status.phase === 'pushing' || status.phase === 'pulling';
  const skew = clockSkewMinutes(status.offsetMs);
  const stopped = status.phase === 'revoked' || status.phase === 'stepped-aside';

  async function runNow() {
    setClicked(true);
    try {
      await syncNow();
    } finally {
      setClicked(false);
    }
  }

  const phaseText =
    status.phase === 'pushing'
      ? t('sync.phase.pushing', { done: status.sent?.done ?? 0, total: status.sent?.total ?? status.pending })
      : status.phase === 'offline'
        ? t('sync.phase.offline', { pending: status.pending })
        : status.phase === 'error'
          ? t('sync.phase.error', { error: status.error ?? '' })
          : t(`sync.phase.${status.phase}`);

  return (
    <>
      <section aria-labelledby="sync-device">
        <h2 id="sync-device">{t('sync.device')}</h2>
        <dl className="sync-facts" data-testid="enrolment">
          <dt>{t('sync.commune')}</dt>
          <dd>{enrolment.commune.name}</dd>
          <dt>{t('sync.agencyId')}</dt>
          <dd className="code">{enrolment.commune.agencyId}</dd>
          <dt>{t('sync.deviceName')}</dt>
          <dd>{enrolment.deviceName}</dd>
          <dt>{t('sync.deviceId')}</dt>
          <dd className="code">{enrolment.deviceId}</dd>
          <dt>{t('sync.codeRange')}</dt>
          <dd>{t('sync.codeRangeValue', { first: pad4(enrolment.codeSlot.first), last: pad4(enrolment.codeSlot.last), number: enrolment.codeSlot.number })}</dd>
          <dt>{t('sync.enrolledBy')}</dt>
          <dd>{enrolment.officer.name}</dd>
          <dt>{t('sync.enrolledAt')}</dt>
          <dd>{formatDateTime(enrolment.enrolledAt, language)}</dd>
          <dt>{t('sync.hubUrl')}</dt>
          <dd className="code">{enrolment.hubUrl}</dd>
        </dl>
      </section>
      <section aria-labelledby="sync-state">
        <h2 id="sync-state">{t('sync.state')}</h2>
        <p role="status" data-testid="sync-phase" className={status.phase === 'error' || stopped ? 'field-error' : undefined}>
          {phaseText}
        </p>
        {status.phase === 'revoked' && (
          <div className="banner banner-warn" role="alert" data-testid="revoked">
            <p>{status.revokedMessage}</p>
            {/* The hub's words (its date, whom to call) come first; this adds what the device still holds. */}
            <p>
              {t('sync.revokedHint')}
              {status.pending > 0 && ` ${t('sync.revokedUnsent', { count: status.pending })}`}
            </p>
          </div>
        )}
        {skew !== null && (
          <p className="banner banner-warn" role="alert" data-testid="clock-skew">
            {t('sync.clockSkew', { minutes: Math.abs(skew) })}
          </p>
        )}
        <dl className="sync-facts">
          {/* A revoked device's changes no longer wait for anything: they stay unsent. */}
          <dt>{t(status.phase === 'revoked' ? 'sync.unsent' : 'sync.pending')}</dt>
          <dd data-testid="sync-pending">{status.pending}</dd>
          <dt>{t('sync.refusedCount')}</dt>
          <dd data-testid="sync-refused">{status.refused}</dd>
          <dt>{t('sync.lastSuccess')}</dt>
          <dd data-testid="sync-last">{status.lastSuccessAt !== null ? formatDateTime(status.lastSuccessAt, language) : t('sync.never')}</dd>
        </dl>
        {status.nextAttemptAt !== null && (status.phase === 'offline' || status.phase === 'error') && (
          <p className="muted">{t('sync.nextAttempt', { time: formatTime(status.nextAttemptAt) })}</p>
        )}
        {/* Stopped for good (the banner says why): a button that can never work would only confuse. */}
        {!stopped && (
          <button type="button" onClick={() => void runNow()} disabled={busy}>
            {busy ? t('sync.syncing') : t('sync.syncNow')}
          </button>
        )}
        {/* The hub no longer knows this credential (its data was rebuilt): log in again, keeping everything on the device. */}
        {status.errorCode === 'unauthenticated' && (
          <button type="button" className="secondary" onClick={onEnrolAgain}>
            {t('sync.enrolAgain')}
          </button>
        )}
      </section>
      {refused.length > 0 && (
        <section aria-labelledby="sync-refused">
          <h2 id="sync-refused">{t('sync.refusedTitle')}</h2>
          <p className="muted">{t('sync.refusedHint')}</p>
          <table className="sync-refused" data-testid="refused-list">
            <thead>
              <tr>
                <th scope="col">{t('sync.refusedDossier')}</th>
                <th scope="col">{t('sync.refusedEvent')}</th>
                <th scope="col">{t('sync.refusedReason')}</th>
                <th scope="col">{t('sync.refusedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sync.retry')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {refused.map((r) => (
                <tr key={r.seq}>
                  <td>
                    <Link to={`/ho-so/${encodeURIComponent(r.dossierId)}`}>{r.dossierCode ?? r.dossierId}</Link>
                  </td>
                  <td>{r.eventType ? t(`event.${r.eventType}` as MessageKey) || r.eventType : '—'}</td>
                  <td>{r.message}</td>
                  <td>{formatDateTime(r.refusedAt, language)}</td>
                  <td>
                    <button type="button" className="secondary" disabled={stopped} onClick={() => void retryRefused(db(), r.seq).then(() => syncNow())}>
                      {t('sync.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
