import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useT, type MessageKey } from '../../app/i18n';
import { SHORTCUTS } from '../../app/shortcuts';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import { db } from '../../store/db';
import { queueCounts, type QueueName } from '../../store/queues';

/** Queues in the order an officer works them; the urgent ones are marked. */
const QUEUES: { name: QueueName; urgent?: boolean }[] = [
  { name: 'overdueWithoutApology', urgent: true },
  { name: 'overdue', urgent: true },
  { name: 'dueToday' },
  { name: 'nearDue' },
  { name: 'receivedToday' },
  { name: 'awaitingSupplement' },
  { name: 'resultReady' },
];

export function HomePage() {
  const t = useT();
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow();
  const nearDue = settings?.nearDueWorkingDays ?? 1;
  const counts = useLiveQuery(() => queueCounts(now, rules, nearDue), [now, rules, nearDue]);
  const catalogueCount = useLiveQuery(() => db().procedures.count(), []);

  return (
    <div className="page">
      <div className="home-head">
        <h1>{t('home.title')}</h1>
        <Link to="/tiep-nhan" className="button" aria-keyshortcuts={SHORTCUTS.receive.label}>
          {t('home.newDossier', { shortcut: SHORTCUTS.receive.label })}
        </Link>
      </div>
      {settings && !settings.agencyId && (
        <p className="banner banner-warn">
          <Link to="/cai-dat">{t('home.notConfigured')}</Link>
        </p>
      )}
      <section aria-labelledby="queues-title">
        <h2 id="queues-title" className="visually-hidden">
          {t('home.queues')}
        </h2>
        <ul className="counters">
          {QUEUES.map(({ name, urgent }) => {
            const value = counts?.[name];
            return (
              <li key={name} className={urgent && value ? 'counter counter-urgent' : 'counter'} data-queue={name}>
                <Link to={`/ho-so?hang-doi=${name}`}>
                  <span className="counter-value" aria-hidden={value === undefined}>
                    {value ?? '…'}
                  </span>
                  <span className="counter-label">{t(`home.${name}` as MessageKey)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      <p>
        {catalogueCount !== undefined && t('home.catalogueCount', { count: catalogueCount })}{' '}
        <Link to="/thu-tuc">{t('home.openCatalogue')}</Link>
      </p>
      <p>
        <Link to="/luot-tiep">{t('home.openVisits')}</Link>
      </p>
      <p className="muted">{t('home.shortcuts')}</p>
    </div>
  );
}
