/**
 * The dossier's history, oldest first: every event with its time, who acted (the signer, the
 * handling unit, the recipient, the citizen…), its details, and apart who recorded it at the desk.
 * An event forbidden in the merged order of the devices' histories is shown where it falls, marked
 * as not applied with the reason; the event that resolved it says which one it closed and how.
 */
import type { ReactNode } from 'react';
import { formatDateTime, formatVnd } from '../../app/format';
import { useT, type Translate } from '../../app/i18n';
import { useUi, type Language } from '../../app/uiState';
import type { DossierEvent, SupplementItem } from '../../domain/dossier/events';
import { keptDocuments } from '../../domain/dossier/documents';
import { openConflicts, resolvedConflicts, type DossierConflict, type DossierState } from '../../domain/dossier/state';
import { actorsOf, actorText, conflictTime, eventLabel, officerLabel, unitLabel } from './dossierView';

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

function details(e: DossierEvent, t: Translate, language: Language, agencyName: string, history: readonly DossierEvent[], conflicts: ReadonlyMap<string, DossierConflict>): ReactNode[] {
  const note = (text: string | null | undefined) => (text ? [t('dossiers.detail.note', { text })] : []);
  switch (e.type) {
    case 'received':
      return [
        t('dossiers.detail.receivedDue', { due: formatDateTime(e.dueAt, language), count: keptDocuments(e.documents).length, sets: e.sets }),
        ...note(e.note),
      ];
    case 'transferred':
      return [
        t('dossiers.detail.transferFrom', { from: unitLabel(t, e.from, agencyName) }),
        ...note(e.note),
      ];
    case 'appraised':
      return [t(`dossiers.conclusion.${e.conclusion}`), ...note(e.note)];
    case 'supplement-requested':
      return [
        t('dossiers.detail.reason', { text: e.reason }),
        <Items key="items" items={e.items} t={t} />,
      ];
    case 'supplement-supplied':
      return [<Items key="items" items={e.items} t={t} />, ...note(e.note)];
    case 'refused':
      return [t('dossiers.detail.reason', { text: e.reasons })];
    case 'approved':
      return note(e.note);
    case 'result-ready':
      return [...(e.resultNumber ? [t('dossiers.detail.resultNumber', { number: e.resultNumber })] : []), ...note(e.note)];
    case 'returned':
      return [
        t('dossiers.detail.returnMethod', { method: t(`dossiers.returnMethod.${e.method}`) }),
        ...(e.postalTracking ? [t('dossiers.detail.tracking', { number: e.postalTracking })] : []),
        ...(e.feeCollectedVnd ? [t('dossiers.detail.fee', { amount: formatVnd(e.feeCollectedVnd, language) })] : []),
      ];
    case 'withdrawn':
      return [t('dossiers.detail.reason', { text: e.reason })];
    case 'apologised':
      return [
        t('dossiers.detail.reason', { text: e.reason }),
        t('dossiers.detail.newDue', { date: formatDateTime(e.newDueAt, language) }),
      ];
    case 'rated':
      return [t(`dossiers.satisfaction.${e.level}`), ...(e.comment ? [t('dossiers.detail.comment', { text: e.comment })] : [])];
    case 'noted':
      return [e.text];
    case 'conflict-resolved': {
      const c = conflicts.get(e.eventId);
      return [
        ...(c ? [t('dossiers.conflict.resolvedWhat', { action: eventLabel(t, c, history), who: officerLabel(t, c), when: conflictTime(c.at) })] : []),
        t('dossiers.conflict.resolvedNote', { text: e.note }),
      ];
    }
  }
}

interface TimelineProps {
  history: readonly DossierEvent[];
  agencyName: string;
  /** The derived state's conflicts: which events were not applied, and why. */
  dossier?: Pick<DossierState, 'conflicts' | 'resolvedConflicts'>;
}

export function Timeline({ history, agencyName, dossier = {} }: TimelineProps) {
  const t = useT();
  const language = useUi((s) => s.language);
  const open = new Set(openConflicts(dossier).map((c) => c.eventId));
  const conflicts = new Map([...openConflicts(dossier), ...resolvedConflicts(dossier)].map((c) => [c.eventId, c] as const));
  const actors = actorsOf(history, new Set(conflicts.keys()));
  return (
    <ol className="timeline" data-testid="timeline">
      {history.map((e, i) => {
        const actor = actors[i] ?? null;
        const conflict = conflicts.get(e.id);
        return (
          <li key={e.id} data-event={e.type} className={conflict ? 'timeline-rejected' : undefined} data-rejected={conflict ? (open.has(e.id) ? 'open' : 'resolved') : undefined}>
            <p className="timeline-head">
              <strong>{e.type === 'withdrawn' && e.kind === 'stopped' ? t('event.stopped') : t(`event.${e.type}`)}</strong>
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, language)}</time>
            </p>
            {conflict && (
              <p className="timeline-conflict" data-testid="not-applied">
                {t(open.has(e.id) ? 'dossiers.conflict.rejected' : 'dossiers.conflict.rejectedResolved', { reason: conflict.reason })}
              </p>
            )}
            {actor && (
              <p className="timeline-actor" data-testid="actor">
                {actorText(t, actor, agencyName)}
              </p>
            )}
            {details(e, t, language, agencyName, history, conflicts).map((line, j) =>
              typeof line === 'string' ? (
                <p key={j} className="timeline-detail">
                  {line}
                </p>
              ) : (
                line
              ),
            )}
            {/* Who entered it at the desk, apart: the receiving officer is already the actor of a receipt. */}
            {e.officerName && actor?.role !== 'receivedBy' && (
              <p className="muted timeline-recorded" data-testid="recorded-by">
                {t('dossiers.page.recordedBy', { name: e.officerName })}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
