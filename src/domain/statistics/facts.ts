/**
 * A dossier's statistical facts from its events alone (docs/statistics.md). The merged derivation
 * decides which events count (a conflict kept aside counts for nothing), and the facts follow the
 * states it passes through, so a pause's shift of the due date is the one the lifecycle applied.
 */
import type { DossierEvent } from '../dossier/events';
import { DossierRuleError, deriveDossier, effectiveEvents, type DeriveContext } from '../dossier/lifecycle';
import type { DossierState } from '../dossier/state';
import type { DossierFacts, PauseFact } from './types';

/** The facts of one dossier. Throws DossierRuleError only when the events hold no receipt. */
export function dossierFacts(events: readonly DossierEvent[], ctx: DeriveContext = {}): DossierFacts {
  const applied = effectiveEvents(events, ctx);
  const received = applied[0];
  if (!received || received.type !== 'received') throw new DossierRuleError('not-received', 'Hồ sơ chưa được tiếp nhận');
  const facts: DossierFacts = {
    id: received.dossierId,
    code: received.code,
    receivedAt: received.at,
    channel: received.channel,
    fieldCode: received.terms.fieldCode,
    fieldName: received.terms.fieldName,
    procedureCode: received.terms.procedureCode,
    procedureName: received.terms.procedureName,
    originalDueAt: received.dueAt,
    pauses: [],
    apologisedAt: null,
    newDueAt: null,
    resolvedAt: null,
    refused: false,
    withdrawnAt: null,
    withdrawal: null,
    returnedAt: null,
    returnMethod: null,
    ratedAt: null,
    rating: null,
    digitised: received.documents.some((d) => (d.attachmentIds?.length ?? 0) > 0),
  };
  // The states the dossier passed through, one per applied event (a handful per dossier).
  let before: DossierState = deriveDossier([received], ctx);
  let open: PauseFact | null = null;
  for (let i = 1; i < applied.length; i++) {
    const e = applied[i] as DossierEvent;
    const after = deriveDossier(applied.slice(0, i + 1), ctx);
    if (before.pausedSince === null && after.pausedSince !== null) {
      open = { from: after.pausedSince, to: null, shift: 0 };
      facts.pauses.push(open);
    } else if (before.pausedSince !== null && after.pausedSince === null && open) {
      open.to = e.at;
      open.shift = after.dueAt - before.dueAt;
      open = null;
    }
    switch (e.type) {
      case 'apologised':
        facts.apologisedAt = e.at;
        facts.newDueAt = e.newDueAt;
        break;
      case 'result-ready':
        facts.resolvedAt ??= e.at;
        break;
      case 'returned':
        facts.resolvedAt ??= e.at;
        facts.returnedAt = e.at;
        facts.returnMethod = e.method;
        break;
      case 'refused':
        facts.resolvedAt ??= e.at;
        facts.refused = true;
        break;
      case 'withdrawn':
        if (facts.resolvedAt === null) {
          facts.withdrawnAt = e.at;
          facts.withdrawal = e.kind;
        }
        break;
      case 'rated':
        facts.ratedAt = e.at;
        facts.rating = e.level;
        break;
      default:
        break;
    }
    before = after;
  }
  return facts;
}

/**
 * The appointment that judges the dossier at instant `t`: the one given at receipt, moved by the
 * clock stops that ended by `t` — never by an apology's new date (DOMAIN.md §8: late stays late).
 */
export function appointmentAt(f: Pick<DossierFacts, 'originalDueAt' | 'pauses'>, t: number): number {
  let due = f.originalDueAt;
  for (const p of f.pauses) if (p.to !== null && p.to <= t) due += p.shift;
  return due;
}

/** The clock stop in force at `t`, if any. */
export function pauseAt(f: Pick<DossierFacts, 'pauses'>, t: number): PauseFact | null {
  for (const p of f.pauses) if (p.from <= t && (p.to === null || t < p.to)) return p;
  return null;
}
