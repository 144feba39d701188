import { Suspense } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { lazy } from '../../app/lazyScreen';
import { SHORTCUTS } from '../../app/shortcuts';
import { QueueCounters } from './QueueCounters';

// The counts need the database; everything else on this screen draws without it.
const HomeQueues = lazy(() => import('./HomeQueues'));

export function HomePage() {
  const t = useT();
  return (
    <div className="page">
      <div className="home-head">
        <h1>{t('home.title')}</h1>
        <Link to="/tiep-nhan" className="button" aria-keyshortcuts={SHORTCUTS.receive.label}>
          {t('home.newDossier', { shortcut: SHORTCUTS.receive.label })}
        </Link>
      </div>
      <Suspense
        fallback={
          <>
            <QueueCounters counts={undefined} />
            <p>
              <Link to="/thu-tuc">{t('home.openCatalogue')}</Link>
            </p>
          </>
        }
      >
        <HomeQueues />
      </Suspense>
      <p>
        <Link to="/luot-tiep">{t('home.openVisits')}</Link>
      </p>
      <p className="muted">{t('home.shortcuts')}</p>
    </div>
  );
}
