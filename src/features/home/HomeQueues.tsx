/**
 * The home screen's data: queue counts, the set-up reminder and the catalogue size. A chunk of
 * its own, with the database (Dexie) and the calendar rules behind it, so the first screen draws
 * (heading, navigation, "new dossier") before they have arrived on a slow link.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import { db } from '../../store/db';
import { conflictCount } from '../../store/conflicts';
import { queueCounts } from '../../store/queues';
import { QueueCounters } from './QueueCounters';

export default function HomeQueues() {
  const t = useT();
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow();
  const nearDue = settings?.nearDueWorkingDays ?? 1;
  const counts = useLiveQuery(() => queueCounts(now, rules, nearDue), [now, rules, nearDue]);
  const catalogueCount = useLiveQuery(() => db().procedures.count(), []);
  const conflicts = useLiveQuery(() => conflictCount(), []);

  return (
    <>
      {settings && !settings.agencyId && (
        <p className="banner banner-warn">
          <Link to="/cai-dat">{t('home.notConfigured')}</Link>
        </p>
      )}
      <QueueCounters counts={counts} conflicts={conflicts} />
      <p>
        {catalogueCount !== undefined && t('home.catalogueCount', { count: catalogueCount })}{' '}
        <Link to="/thu-tuc">{t('home.openCatalogue')}</Link>
      </p>
    </>
  );
}
