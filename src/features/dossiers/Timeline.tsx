/** The dossier's history, oldest first: every event with its time, officer and details. */
import type { ReactNode } from 'react';
import { formatDateTime, formatVnd } from '../../app/format';
import { useT, type Translate } from '../../app/i18n';
import { useUi, type Language } from '../../app/uiState';
import type { DossierEvent, SupplementItem } from '../../domain/dossier/events';
import { unitLabel } from './dossierView';

function Items({ items, t }: { items: readonly SupplementItem[]; t: Translate }) {
  if (items.length === 0) return null;
  return (
    <ul className="timeline-items">
      {items.map((it, i) => (
        <li key={i}>
          {t('dossiers.detail.item', { name: it.name, originals: it.originals, copies: it.copies })}
          {it.photocopies ? t('dossiers.detail.photocopies', { count: it.photocopies }) : ''}
          {it.note ? ` — ${it.note}` : ''}
        </li>
      ))}
    </ul>
  );
}

function details(e: DossierEvent, t: Translate, language: Language, agencyName: string): ReactNode[] {
  const note = (text: string | null | undefined) => (text ? [t('dossiers.detail.note', { text })] : []);
  switch (e.type) {
    case 'received':
      return [
        t('dossiers.detail.receivedDue', { due: formatDateTime(e.dueAt, language), count: e.documents.length, sets: e.sets }),
        ...note(e.note),
      ];
    case 'transferred':
      return [
        t('dossiers.detail.transfer', { from: unitLabel(t, e.from, agencyName), to: unitLabel(t, e.to, agencyName) }),
        ...note(e.note),
      ];
    case 'appraised':
      return [t(`dossiers.conclusion.${e.conclusion}`), ...note(e.note)];
    case 'supplement-requested':
      return [
        t(`dossiers.detail.requestedBy.${e.requestedBy}`),
        t('dossiers.detail.reason', { text: e.reason }),
        <Items key="items" items={e.items} t={t} />,
      ];
    case 'supplement-supplied':
      return [<Items key="items" items={e.items} t={t} />, ...note(e.note)];
    case 'refused':
      return [t('dossiers.detail.reason', { text: e.reasons })];
    case 'approved':
      return [t('dossiers.detail.signer', { name: e.signer }), ...note(e.note)];
    case 'result-ready':
      return [...(e.resultNumber ? [t('dossiers.detail.resultNumber', { number: e.resultNumber })] : []), ...note(e.note)];
    case 'returned':
      return [
        t('dossiers.detail.returnedTo', { name: e.recipient, method: t(`dossiers.returnMethod.${e.method}`) }),
        ...(e.postalTracking ? [t('dossiers.detail.tracking', { number: e.postalTracking })] : []),
        ...(e.feeCollectedVnd ? [t('dossiers.detail.fee', { amount: formatVnd(e.feeCollectedVnd, language) })] : []),
      ];
    case 'withdrawn':
      return [t('dossiers.detail.reason', { text: e.reason })];
    case 'apologised':
      return [
        t('dossiers.detail.reason', { text: e.reason }),
        t('dossiers.detail.newDue', { date: formatDateTime(e.newDueAt, language) }),
        ...(e.by ? [t('dossiers.detail.apologyBy', { name: e.by })] : []),
      ];
    case 'rated':
      return [t(`dossiers.satisfaction.${e.level}`), ...(e.comment ? [t('dossiers.detail.comment', { text: e.comment })] : [])];
    case 'noted':
      return [e.text];
  }
}

export function Timeline({ history, agencyName }: { history: readonly DossierEvent[]; agencyName: string }) {
  const t = useT();
  const language = useUi((s) => s.language);
  return (
    <ol className="timeline" data-testid="timeline">
      {history.map((e) => (
        <li key={e.id} data-event={e.type}>
          <p className="timeline-head">
            <strong>{e.type === 'withdrawn' && e.kind === 'stopped' ? t('dossiers.event.stopped') : t(`dossiers.event.${e.type}`)}</strong>
            <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, language)}</time>
          </p>
          {e.officerName && <p className="muted timeline-officer">{t('dossiers.page.by', { name: e.officerName })}</p>}
          {details(e, t, language, agencyName).map((line, i) =>
            typeof line === 'string' ? (
              <p key={i} className="timeline-detail">
                {line}
              </p>
            ) : (
              line
            ),
          )}
        </li>
      ))}
    </ol>
  );
}
