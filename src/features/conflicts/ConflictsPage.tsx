/**
 * The conflict queue (/xung-dot): dossiers with actions recorded apart on several devices that the
 * rules forbade once merged, newest conflict first. Each opens on its dossier page, where the
 * conflict panel says who did what, where and when, and takes the resolution.
 */
// The texts live with the dossier screens (namespace "dossiers"), which this screen links to.
import '../dossiers/messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { openConflicts } from '../../domain/dossier/state';
import { conflictRows } from '../../store/conflicts';
import { conflictTime } from '../dossiers/dossierView';
import './conflicts.css';

export function ConflictsPage() {
  const t = useT();
  const rows = useLiveQuery(() => conflictRows(), []);

  return (
    <div className="page conflicts-page">
      <h1>{t('dossiers.conflictQueue.title')}</h1>
      <p>{t('dossiers.conflictQueue.explain')}</p>
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p role="status">{t('dossiers.conflictQueue.empty')}</p>
      ) : (
        <>
          <p className="list-count" role="status">
            {t('dossiers.conflictQueue.count', { count: rows.length })}
          </p>
          <table className="conflict-queue" data-testid="conflict-queue">
            <thead>
              <tr>
                <th scope="col">{t('dossiers.conflictQueue.code')}</th>
                <th scope="col">{t('dossiers.conflictQueue.applicant')}</th>
                <th scope="col">{t('dossiers.conflictQueue.conflicts')}</th>
                <th scope="col">{t('dossiers.conflictQueue.newest')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-dossier={row.id}>
                  <td>
                    <Link className="code" to={`/ho-so/${encodeURIComponent(row.id)}`}>
                      {row.code}
                    </Link>
                  </td>
                  <td>{row.applicant.name}</td>
                  <td className="col-num">{openConflicts(row).length}</td>
                  <td>{row.conflictAt !== undefined ? conflictTime(row.conflictAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <Link to="/">{t('dossiers.conflictQueue.home')}</Link>
      </p>
    </div>
  );
}
