/** What the forms are printed from: the dossier's history, the visits, the desk's settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DossierEvent, EventOf } from '../../domain/dossier/events';
import { deriveDossier, effectiveEvents, type DeriveContext } from '../../domain/dossier/lifecycle';
import type { DossierState } from '../../domain/dossier/state';
import type { DeskSettings } from '../../domain/deskSettings';
import type { VisitRow } from '../../store/db';
import { rulesFor } from '../../domain/deskSettings';
import { dossierHistory } from '../../store/dossiers';
import { readSettings } from '../../store/settings';
import { getVisit } from '../../store/visits';

export interface DossierRecord {
  /** The history in replay order. */
  events: DossierEvent[];
  state: DossierState;
  received: EventOf<'received'>;
  ctx: DeriveContext;
}

export type DossierLoad =
  | { status: 'ok'; settings: DeskSettings; dossier: DossierRecord }
  | { status: 'missing'; settings: DeskSettings }
  | { status: 'error'; settings: DeskSettings; message: string };

export function isEvent<T extends DossierEvent['type']>(type: T) {
  return (e: DossierEvent): e is EventOf<T> => e.type === type;
}

async function loadDossier(dossierId: string): Promise<DossierLoad> {
  const [settings, history] = await Promise.all([readSettings(), dossierHistory(dossierId)]);
  const ctx: DeriveContext = { dueRules: rulesFor(settings).dueRules };
  try {
    // The forms follow what took effect: actions kept as conflicts after a sync are left out.
    const events = effectiveEvents(history, ctx);
    const received = events.find(isEvent('received'));
    if (!received) return { status: 'missing', settings };
    return { status: 'ok', settings, dossier: { events, state: deriveDossier(events, ctx), received, ctx } };
  } catch (error) {
    return { status: 'error', settings, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The dossier and settings, live (a form open while the dossier changes shows the change). */
export function useDossierRecord(dossierId: string): DossierLoad | undefined {
  return useLiveQuery(() => loadDossier(dossierId), [dossierId]);
}

export function useVisitRecord(visitId: string): { settings: DeskSettings; visit: VisitRow | null } | undefined {
  return useLiveQuery(async () => {
    const [settings, visit] = await Promise.all([readSettings(), getVisit(visitId)]);
    return { settings, visit: visit ?? null };
  }, [visitId]);
}

/**
 * The appointment in force just before the event at `index` of the history: what a hand-off is
 * judged against, and the date an apology moves.
 */
export function dueBefore(dossier: DossierRecord, index: number): number {
  return deriveDossier(dossier.events.slice(0, Math.max(1, index)), dossier.ctx).dueAt;
}
