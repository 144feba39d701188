/** How a dossier is described on screen: its markers, time status, units and open supplement. */
import type { MessageKey, Translate } from '../../app/i18n';
import type { DeskRules } from '../../domain/deskSettings';
import type { DossierEvent, EventOf, SupplementItem, Unit } from '../../domain/dossier/events';
import { DESK_UNIT, type DeriveContext } from '../../domain/dossier/lifecycle';
import { dossierFacts } from '../../domain/statistics/facts';
import { resolutionTimeliness } from '../../domain/statistics/report';
import type { ResolutionTimeliness } from '../../domain/timeliness';
import { FINAL_STATUSES, openConflicts, resolvedConflicts, type DossierState, type EventRef } from '../../domain/dossier/state';
import { foldVietnamese } from '../../domain/searchText';
import { formatDateVi, formatHHmm, vnMinuteOfDay } from '../../domain/calendar/vnTime';

export type Marker = 'conflict' | 'overdue' | 'nearDue' | 'paused' | 'noApology' | 'late';

function isOpen(d: DossierState): boolean {
  return !FINAL_STATUSES.includes(d.status);
}

/**
 * Markers of a row in the list. "No apology" is shown once an apology may be due: from the
 * near-due day where the dossier has a day for it (apologyDueAt), otherwise (a same-day or
 * next-day dossier) only once it is overdue.
 */
export function markersOf(d: DossierState, now: number, rules: DeskRules): Marker[] {
  // Actions recorded apart that did not fit, open or closed alike: first, as they need a person.
  const conflict: Marker[] = openConflicts(d).length > 0 ? ['conflict'] : [];
  // Resolved (result at the desk or closed): judged by its outcome, no longer by the clock.
  if (d.timeliness !== null || !isOpen(d)) return d.timeliness === 'late' ? [...conflict, 'late'] : conflict;
  if (d.pausedSince !== null) return [...conflict, 'paused'];
  const open = rules.openStatus(now, d.dueAt, d.dueSetAt);
  if (open === 'within') return conflict;
  const markers: Marker[] = [...conflict, open === 'overdue' ? 'overdue' : 'nearDue'];
  if (d.apologisedAt === null && (d.apologyDueAt != null || open === 'overdue')) markers.push('noApology');
  return markers;
}

/**
 * The dossier page's apology banner, or null when none is due: open, running, unresolved, never
 * apologised for, and near due or overdue. It never asks for an apology "no later than" a moment
 * already past: past the apology deadline it says the deadline has passed; a dossier with no
 * working day between its receipt and its due date (apologyDueAt null) has no such date at all.
 */
export function apologyBanner(d: DossierState, now: number, rules: DeskRules): { key: MessageKey; latest: string | null } | null {
  if (!isOpen(d) || d.resolvedAt !== null || d.apologisedAt !== null || d.pausedSince !== null) return null;
  const open = rules.openStatus(now, d.dueAt, d.dueSetAt);
  if (open === 'within') return null;
  const deadline = d.apologyDueAt ?? null;
  if (deadline === null) return { key: open === 'overdue' ? 'dossiers.page.warnOverdueNoDay' : 'dossiers.page.warnNearDueNoDay', latest: null };
  const latest = formatDateVi(deadline);
  if (open === 'overdue') return { key: 'dossiers.page.warnOverdue', latest };
  return { key: now > deadline ? 'dossiers.page.warnApologyLate' : 'dossiers.page.warnNearDue', latest };
}

/**
 * How the statistics judge a resolved dossier (docs/statistics.md): against the appointment given
 * at receipt, moved only by clock stops — never by an apology's new date. Null while unresolved.
 */
export function statisticalTimeliness(history: readonly DossierEvent[], ctx: DeriveContext): ResolutionTimeliness | null {
  if (!history.some((e) => e.type === 'received')) return null;
  return resolutionTimeliness(dossierFacts(history, ctx));
}

/**
 * The deadline line of the dossier page, as a message key and its variables. `judged`: the
 * statistics' verdict (statisticalTimeliness), when known: a dossier that met an apology's new
 * date but not its appointment is said to be late and apologised for, as the reports count it.
 */
export function timeStatusOf(
  d: DossierState,
  now: number,
  rules: DeskRules,
  formatTime: (ms: number) => string,
  judged: ResolutionTimeliness | null = null,
): { key: MessageKey; vars?: Record<string, string>; tone: 'ok' | 'warn' | 'danger' | 'neutral' } {
  if (d.status === 'refused' && d.timeliness !== null) {
    return (judged ?? d.timeliness) === 'late' ? { key: 'dossiers.page.time.refusedLate', tone: 'danger' } : { key: 'dossiers.page.time.refusedInTime', tone: 'ok' };
  }
  if (d.timeliness !== null && d.timeliness !== 'late' && judged === 'late') return { key: 'dossiers.page.time.lateMetNewDate', tone: 'danger' };
  if (d.timeliness === 'early') return { key: 'dossiers.page.time.early', tone: 'ok' };
  if (d.timeliness === 'on-time') return { key: 'dossiers.page.time.onTime', tone: 'ok' };
  if (d.timeliness === 'late') return { key: 'dossiers.page.time.late', tone: 'danger' };
  if (!isOpen(d)) return { key: 'dossiers.page.time.notJudged', tone: 'neutral' };
  if (d.pausedSince !== null) return { key: 'dossiers.page.time.paused', vars: { since: formatTime(d.pausedSince) }, tone: 'neutral' };
  const open = rules.openStatus(now, d.dueAt, d.dueSetAt);
  if (open === 'overdue') return { key: 'dossiers.page.time.overdue', tone: 'danger' };
  if (open === 'near-due') return { key: 'dossiers.page.time.nearDue', tone: 'warn' };
  return { key: 'dossiers.page.time.within', tone: 'ok' };
}

/** "Commune specialist: Tư pháp – Hộ tịch (Nguyễn Văn A)"; the desk is named after the commune. */
export function unitLabel(t: Translate, unit: Unit, agencyName = ''): string {
  const kind = t(`dossiers.unitKind.${unit.kind}`);
  const name = unit.kind === 'desk' ? [unit.name, agencyName].filter(Boolean).join(' — ') : `${kind}: ${unit.name}`;
  return unit.person ? `${name} (${unit.person})` : name;
}

export interface OpenSupplement {
  request: EventOf<'supplement-requested'>;
  /** The requested items, each marked when already handed in since the request. */
  items: (SupplementItem & { supplied: boolean })[];
}

/**
 * The latest supplement request and what has come in since. Items are compared by folded name,
 * as the lifecycle does, so "Giấy chứng sinh" and "giay chung sinh" are the same paper.
 */
export function openSupplement(history: readonly DossierEvent[]): OpenSupplement | null {
  let request: EventOf<'supplement-requested'> | null = null;
  let supplied = new Set<string>();
  for (const e of history) {
    if (e.type === 'supplement-requested') {
      request = e;
      supplied = new Set();
    } else if (e.type === 'supplement-supplied') {
      for (const item of e.items) supplied.add(foldVietnamese(item.name));
    }
  }
  if (!request) return null;
  return { request, items: request.items.map((item) => ({ ...item, supplied: supplied.has(foldVietnamese(item.name)) })) };
}

/** The last event of a type, e.g. the supplement request whose form (Mẫu 02) is offered. */
export function lastEventOf<T extends DossierEvent['type']>(history: readonly DossierEvent[], type: T): EventOf<T> | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.type === type) return e as EventOf<T>;
  }
  return null;
}

/** The role in which someone acted on an event, as shown on the timeline. */
export type ActorRole =
  | 'receivedBy'
  | 'handler'
  | 'appraiser'
  | 'requester'
  | 'refuser'
  | 'signer'
  | 'resultFrom'
  | 'recipient'
  | 'apologiser'
  | 'citizen'
  | 'organisation';

export interface Actor {
  role: ActorRole;
  /** Who: a unit (labelled with unitLabel) or a plain name. */
  unit?: Unit;
  name?: string;
}

/**
 * Who did what on each event of the history, in order: the signer of an approval, the unit that
 * appraised, asked for a supplement or sent the result back, the recipient of the result, the
 * citizen for a supplement handed in, a withdrawal or a rating. The desk officer who entered the
 * event is apart (event.officerName): they only recorded it. Where an older event has no actor
 * field, the unit that held the dossier at that moment is taken. Null: the recorder acted (notes).
 * `notApplied`: ids of events forbidden in the merged order, which hand the dossier to no one.
 */
export function actorsOf(history: readonly DossierEvent[], notApplied: ReadonlySet<string> = new Set()): (Actor | null)[] {
  let unit: Unit = DESK_UNIT;
  let applicant: Actor = { role: 'citizen' };
  return history.map((e) => {
    const holder = unit;
    const applicantBefore = applicant;
    let actor: Actor | null = null;
    switch (e.type) {
      case 'received':
        applicant = { role: e.applicant.kind === 'organisation' ? 'organisation' : 'citizen', name: e.applicant.name };
        actor = e.officerName ? { role: 'receivedBy', name: e.officerName } : null;
        break;
      case 'transferred':
        actor = { role: 'handler', unit: e.to };
        unit = e.to;
        break;
      case 'appraised':
        actor = { role: 'appraiser', unit: e.by ?? holder };
        break;
      case 'supplement-requested':
        actor = { role: 'requester', unit: e.requestedBy === 'desk' ? DESK_UNIT : (e.by ?? holder) };
        break;
      case 'refused':
        actor = { role: 'refuser', unit: holder };
        break;
      case 'approved':
        actor = { role: 'signer', name: e.signerTitle ? `${e.signerTitle} ${e.signer}` : e.signer };
        break;
      case 'result-ready':
        actor = { role: 'resultFrom', unit: e.by ?? holder };
        unit = DESK_UNIT;
        break;
      case 'returned':
        actor = { role: 'recipient', name: e.recipient };
        break;
      case 'apologised':
        actor = e.by ? { role: 'apologiser', name: e.by } : { role: 'apologiser', unit: holder };
        break;
      case 'supplement-supplied':
      case 'withdrawn':
        actor = applicant;
        break;
      case 'rated':
        // Rated on the citizen's own screen, by whoever came for the result: not named.
        actor = { role: applicant.role };
        break;
      case 'noted':
      case 'conflict-resolved':
        actor = null;
        break;
    }
    // An event that was not applied (a conflict) names who meant to act, but moved nothing.
    if (notApplied.has(e.id)) {
      unit = holder;
      applicant = applicantBefore;
    }
    return actor;
  });
}

/** "Người ký: Chủ tịch Nguyễn Văn A"; "Công dân: Nguyễn Thị Hoà"; "Người thực hiện: công dân". */
export function actorText(t: Translate, actor: Actor, agencyName = ''): string {
  const name = actor.unit ? unitLabel(t, actor.unit, agencyName) : actor.name;
  if (!name) return t(`dossiers.actor.${actor.role === 'organisation' ? 'organisationAnon' : 'citizenAnon'}`);
  return t(`dossiers.actor.${actor.role}`, { name });
}

// ---------------------------------------------------------------------------------------------
// Conflicts: events of other devices that the rules forbade in the merged order
// ---------------------------------------------------------------------------------------------

/** Ids of the dossier's events that were not applied (open or resolved conflicts). */
export function rejectedIds(d: Pick<DossierState, 'conflicts' | 'resolvedConflicts'>): Set<string> {
  return new Set([...openConflicts(d), ...resolvedConflicts(d)].map((c) => c.eventId));
}

/**
 * The events that count: the history without the ones not applied. What the page derives from
 * the history (the forms to print, the open supplement, the last apology) must not read a refusal
 * that never took effect.
 */
export function appliedHistory(history: readonly DossierEvent[], d: Pick<DossierState, 'conflicts' | 'resolvedConflicts'>): DossierEvent[] {
  const rejected = rejectedIds(d);
  return rejected.size === 0 ? [...history] : history.filter((e) => !rejected.has(e.id));
}

/** "24/11/2026 09:05": day first, then the time, in Vietnam time, wherever the device is. */
export function conflictTime(ms: number): string {
  return `${formatDateVi(ms)} ${formatHHmm(vnMinuteOfDay(ms))}`;
}

/** "máy này", or the device's id shortened: a UUID's first 8 characters tell devices apart. */
export function deviceLabel(t: Translate, deviceId: string, thisDeviceId: string): string {
  if (deviceId === thisDeviceId) return t('dossiers.conflict.thisDevice');
  return t('dossiers.conflict.otherDevice', { id: deviceId.length > 12 ? deviceId.slice(0, 8) : deviceId });
}

export function officerLabel(t: Translate, ref: Pick<EventRef, 'officerId' | 'officerName'>): string {
  return ref.officerName || t('dossiers.conflict.unknownOfficer', { id: ref.officerId || '?' });
}

/** What the event did, as the timeline names it ("Dừng giải quyết theo đề nghị" for a stop). */
export function eventLabel(t: Translate, ref: Pick<EventRef, 'eventId' | 'type'>, history: readonly DossierEvent[]): string {
  if (ref.type === 'withdrawn' && history.find((e) => e.id === ref.eventId && e.type === 'withdrawn' && e.kind === 'stopped')) {
    return t('event.stopped');
  }
  return t(`event.${ref.type}`);
}
