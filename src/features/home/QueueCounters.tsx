import { Link } from 'react-router';
import { useT, type MessageKey } from '../../app/i18n';
import type { QueueName } from '../../store/queues';

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

/**
 * The queue counters; "…" until the counts are known (they load after the first screen). The
 * conflict queue (actions recorded apart that the rules forbade once merged) comes first, and only
 * when there is something to resolve: most desks never see it.
 */
export function QueueCounters({ counts, conflicts }: { counts: Partial<Record<QueueName, number>> | undefined; conflicts?: number | undefined }) {
  const t = useT();
  return (
    <section aria-labelledby="queues-title">
      <h2 id="queues-title" className="visually-hidden">
        {t('home.queues')}
      </h2>
      <ul className="counters">
        {conflicts !== undefined && conflicts > 0 && (
          <li className="counter counter-urgent" data-queue="conflicts">
            <Link to="/xung-dot">
              <span className="counter-value">{conflicts}</span>
              <span className="counter-label">{t('home.conflicts')}</span>
            </Link>
          </li>
        )}
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
  );
}
