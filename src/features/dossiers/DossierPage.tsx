// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useT, type MessageKey } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import type { DossierEvent } from '../../domain/dossier/events';
import { availableActions, type OfficerActionType } from '../../domain/dossier/lifecycle';
import type { DossierState } from '../../domain/dossier/state';
import { getDossierRow } from '../../store/dossierList';
import type { DossierRow } from '../../store/dossierRow';
import { dossierHistory } from '../../store/dossiers';
import { printPaths } from '../print/paths';
import { formTitleVars } from '../print/forms/titles';
import type { ActionProps } from './actions/ActionForm';
import { ApologyAction } from './actions/ApologyAction';
import { AppraisalAction } from './actions/AppraisalAction';
import { ApprovalAction } from './actions/ApprovalAction';
import { NoteAction } from './actions/NoteAction';
import { RefusalAction } from './actions/RefusalAction';
import { ResultReadyAction } from './actions/ResultReadyAction';
import { ReturnAction } from './actions/ReturnAction';
import { SupplementReceivedAction } from './actions/SupplementReceivedAction';
import { SupplementRequestAction } from './actions/SupplementRequestAction';
import { TransferAction } from './actions/TransferAction';
import { WithdrawalAction } from './actions/WithdrawalAction';
import { ConflictPanel } from './ConflictPanel';
import { apologyBanner, appliedHistory, lastEventOf, openSupplement, statisticalTimeliness, timeStatusOf, unitLabel } from './dossierView';
import { ReceivedDocuments } from './ReceivedDocuments';
import { Timeline } from './Timeline';
import './dossiers.css';

/** One form per action; the rating is the citizen's own screen, not a form here. */
const FORMS: Record<Exclude<OfficerActionType, 'rated'>, ComponentType<ActionProps>> = {
  transferred: TransferAction,
  appraised: AppraisalAction,
  'supplement-requested': SupplementRequestAction,
  'supplement-supplied': SupplementReceivedAction,
  approved: ApprovalAction,
  'result-ready': ResultReadyAction,
  returned: ReturnAction,
  apologised: ApologyAction,
  refused: RefusalAction,
  withdrawn: WithdrawalAction,
  noted: NoteAction,
};

interface Done {
  type: OfficerActionType;
  state: DossierState;
}

/** Every form that applies to the dossier (DOMAIN.md §3). */
function printLinks(row: DossierRow, history: readonly DossierEvent[], formatTime: (ms: number) => string) {
  const links: { key: string; to: string; label: MessageKey; vars?: Record<string, string> }[] = [
    { key: 'receipt', to: printPaths.receipt(row.id), label: 'dossiers.page.printReceipt' },
    { key: 'control', to: printPaths.controlSheet(row.id), label: 'dossiers.page.printControlSheet', vars: formTitleVars('controlSheet', history) },
  ];
  for (const e of history) {
    if (e.type === 'supplement-requested') {
      links.push({ key: e.id, to: printPaths.supplement(row.id, e.id), label: 'dossiers.page.printSupplement', vars: { time: formatTime(e.at) } });
    }
  }
  if (history.some((e) => e.type === 'refused')) links.push({ key: 'refusal', to: printPaths.refusal(row.id), label: 'dossiers.page.printRefusal' });
  if (history.some((e) => e.type === 'apologised')) links.push({ key: 'apology', to: printPaths.apology(row.id), label: 'dossiers.page.printApology', vars: formTitleVars('apology', history) });
  if (history.some((e) => e.type === 'withdrawn' && e.kind === 'stopped')) links.push({ key: 'stop', to: printPaths.stop(row.id), label: 'dossiers.page.printStop' });
  return links;
}

function DoneNotice({ done, row, history, onClose }: { done: Done; row: DossierRow; history: readonly DossierEvent[]; onClose(): void }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [done]);

  let follow: ReactNode = null;
  switch (done.type) {
    case 'supplement-requested': {
      const request = lastEventOf(history, 'supplement-requested');
      if (request) follow = <Link to={printPaths.supplement(row.id, request.id)}>{t('dossiers.done.printSupplement')}</Link>;
      break;
    }
    case 'supplement-supplied': {
      if (done.state.status === 'awaiting-supplement') {
        const missing = openSupplement(history)?.items.filter((i) => !i.supplied).map((i) => i.name) ?? [];
        follow = <span>{t('dossiers.done.stillMissing', { items: missing.join('; ') })}</span>;
      } else {
        follow = <span>{t('dossiers.done.resumed', { due: formatDateTime(done.state.dueAt, language) })}</span>;
      }
      break;
    }
    case 'refused':
      follow = <Link to={printPaths.refusal(row.id)}>{t('dossiers.done.printRefusal')}</Link>;
      break;
    case 'apologised':
      follow = <Link to={printPaths.apology(row.id)}>{t('dossiers.done.printApology', formTitleVars('apology', history))}</Link>;
      break;
    case 'withdrawn':
      if (lastEventOf(history, 'withdrawn')?.kind === 'stopped') follow = <Link to={printPaths.stop(row.id)}>{t('dossiers.done.printStop')}</Link>;
      break;
    case 'returned':
      follow = (
        <Link className="button" to={`/ho-so/${encodeURIComponent(row.id)}/danh-gia`}>
          {t('dossiers.done.rate')}
        </Link>
      );
      break;
    default:
      break;
  }

  return (
    <div ref={ref} className="banner banner-info done-notice" role="status" tabIndex={-1}>
      <span>{t('dossiers.done.saved', { action: t(`dossiers.action.${done.type}`) })}</span>
      {follow}
      <button type="button" className="secondary" onClick={onClose}>
        {t('dossiers.done.close')}
      </button>
    </div>
  );
}

export function DossierPage() {
  const { id = '' } = useParams();
  const t = useT();
  const language = useUi((s) => s.language);
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow();
  const location = useLocation();
  const row = useLiveQuery(async () => (await getDossierRow(id)) ?? null, [id]);
  const fullHistory = useLiveQuery(() => dossierHistory(id), [id]);
  const [open, setOpen] = useState<OfficerActionType | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [conflictResolved, setConflictResolved] = useState(false);
  // Back to the list with the officer's filters, when the dossier was opened from it.
  const backTo = `/ho-so${(location.state as { listSearch?: string } | null)?.listSearch ?? ''}`;

  if (row === undefined || fullHistory === undefined || settings === undefined) return <p className="page">{t('app.loading')}</p>;
  if (row === null) {
    return (
      <div className="page">
        <p>{t('dossiers.page.notFound')}</p>
        <Link to={backTo}>{t('dossiers.page.back')}</Link>
      </div>
    );
  }

  // What the page reads from the history (forms, open supplement, apology) counts only the events
  // that took effect; the timeline shows all of them, the ones not applied marked.
  const history = appliedHistory(fullHistory, row);
  const time = (ms: number) => formatDateTime(ms, language);
  // The apology deadline is the one recorded on the dossier's events (row.apologyDueAt).
  const actions = availableActions(row, now);
  const allowed = actions.filter((a) => a.allowed);
  const forbidden = actions.filter((a) => !a.allowed);
  const apology = actions.find((a) => a.type === 'apologised');
  const status = timeStatusOf(row, now, rules, time, row.apologisedAt !== null && fullHistory ? statisticalTimeliness(fullHistory, { dueRules: rules.dueRules }) : null);
  // The apology is due from the near-due day on; past the due date it is late but still owed.
  const banner = apology?.allowed ? apologyBanner(row, now, rules) : null;
  const apologyEvent = lastEventOf(history, 'apologised');
  const receivedEvent = lastEventOf(history, 'received');
  const movedBy = [
    ...(apologyEvent ? [t('dossiers.page.movedByApology')] : []),
    ...(row.dueAt !== (apologyEvent?.newDueAt ?? row.originalDueAt) ? [t('dossiers.page.movedByPause')] : []),
  ];
  const a = row.applicant;
  const Form = open && open !== 'rated' ? FORMS[open] : null;
  const openAvailability = actions.find((x) => x.type === open);

  function start(type: OfficerActionType) {
    setDone(null);
    setOpen(type);
  }

  return (
    <div className="page dossier-page">
      <p>
        <Link to={backTo}>← {t('dossiers.page.back')}</Link>
      </p>
      <h1>
        {t('dossiers.page.title')} <span className="code">{row.code}</span>
      </h1>

      <ConflictPanel dossier={row} history={fullHistory} thisDeviceId={settings.deviceId} onResolved={() => setConflictResolved(true)} />
      {conflictResolved && (
        <p className="banner banner-info" role="status">
          {t('dossiers.conflict.saved')}{' '}
          <button type="button" className="secondary" onClick={() => setConflictResolved(false)}>
            {t('dossiers.done.close')}
          </button>
        </p>
      )}

      {banner && (
        <div className="banner banner-warn apology-warning" role="alert">
          <span>{t(banner.key, { due: time(row.dueAt), latest: banner.latest ?? '' })}</span>
          {open !== 'apologised' && (
            <button type="button" onClick={() => start('apologised')}>
              {t('dossiers.page.writeApology')}
            </button>
          )}
        </div>
      )}

      <section aria-labelledby="dossier-summary">
        <h2 id="dossier-summary" className="visually-hidden">
          {t('dossiers.page.summary')}
        </h2>
        <dl className="facts" data-testid="dossier-facts">
          <dt>{t('dossiers.page.applicant')}</dt>
          <dd>
            {a.name}
            {a.idNumber && (
              <>
                {' '}
                · {t('dossiers.page.idNumber')} <span className="code">{a.idNumber}</span>
              </>
            )}
            {a.phone && <> · {t('dossiers.page.phone')} {a.phone}</>}
            {a.address && <span className="muted dossier-address">{a.address}</span>}
          </dd>
          <dt>{t('dossiers.page.procedure')}</dt>
          <dd>
            {row.procedureName} <span className="muted code">{row.procedureCode}</span>
          </dd>
          <dt>{t('dossiers.page.status')}</dt>
          <dd>
            <span className={`status status-${row.status}`}>{t(`dossiers.status.${row.status}`)}</span>
          </dd>
          <dt>{t('dossiers.page.received')}</dt>
          <dd>{time(row.receivedAt)}</dd>
          <dt>{t('dossiers.page.due')}</dt>
          <dd data-testid="due">
            {time(row.dueAt)}
            {row.dueAt !== row.originalDueAt && (
              <span className="muted">
                {' '}
                ({t('dossiers.page.originalDue')}: {time(row.originalDueAt)}; {movedBy.join('; ')})
              </span>
            )}
          </dd>
          <dt>{t('dossiers.page.timeStatus')}</dt>
          <dd data-testid="time-status">
            <span className={`tone tone-${status.tone}`}>{t(status.key, status.vars)}</span>
          </dd>
          <dt>{t('dossiers.page.location')}</dt>
          <dd>{unitLabel(t, row.currentUnit, settings.agencyName)}</dd>
        </dl>
      </section>

      {receivedEvent && (
        <section aria-labelledby="dossier-documents">
          <h2 id="dossier-documents">{t('dossiers.page.documents')}</h2>
          <ReceivedDocuments received={receivedEvent} />
        </section>
      )}

      <section aria-labelledby="dossier-actions">
        <h2 id="dossier-actions">{t('dossiers.page.actions')}</h2>
        {done && <DoneNotice done={done} row={row} history={history} onClose={() => setDone(null)} />}
        <div className="action-bar">
          {allowed.map((x) =>
            x.type === 'rated' ? (
              <Link key={x.type} className="button" to={`/ho-so/${encodeURIComponent(row.id)}/danh-gia`}>
                {t('dossiers.page.rate')}
              </Link>
            ) : (
              <button key={x.type} type="button" className={open === x.type ? undefined : 'secondary'} aria-expanded={open === x.type} onClick={() => start(x.type)}>
                {t(`dossiers.action.${x.type}`)}
              </button>
            ),
          )}
        </div>
        {forbidden.length > 0 && (
          <details className="forbidden">
            <summary>{t('dossiers.page.forbidden', { count: forbidden.length })}</summary>
            <ul>
              {forbidden.map((x) => (
                <li key={x.type} data-action={x.type}>
                  <strong>{t(`dossiers.action.${x.type}`)}</strong>: {x.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        {/* Kept open even if the dossier changes meanwhile (another device): the save then says why. */}
        {Form && openAvailability && (
          <Form
            key={open}
            dossier={row}
            history={history}
            availability={openAvailability}
            rules={rules}
            settings={settings}
            onCancel={() => setOpen(null)}
            onDone={(type, state) => {
              setOpen(null);
              setDone({ type, state });
            }}
          />
        )}
      </section>

      <section aria-labelledby="dossier-forms">
        <h2 id="dossier-forms">{t('dossiers.page.forms')}</h2>
        <ul className="print-links">
          {printLinks(row, history, time).map((l) => (
            <li key={l.key}>
              <Link to={l.to}>{t(l.label, l.vars)}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dossier-timeline">
        <h2 id="dossier-timeline">{t('dossiers.page.timeline')}</h2>
        <Timeline history={fullHistory} agencyName={settings.agencyName} dossier={row} />
      </section>
    </div>
  );
}
