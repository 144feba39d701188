/**
 * The desk's queues (home screen counters and lists), answered from indexes so they stay quick
 * with 100,000 dossiers on the device.
 */
import type { DeskRules } from '../domain/deskSettings';
import { vnDate } from '../domain/calendar/vnTime';
import { db } from './db';
import type { DossierRow } from './dossierRow';

export interface QueueCounts {
  receivedToday: number;
  dueToday: number;
  nearDue: number;
  overdue: number;
  overdueWithoutApology: number;
  awaitingSupplement: number;
  resultReady: number;
}

export type QueueName = keyof QueueCounts;

/** The bounds of "today" and "near due" for an instant, on the desk's calendar. */
export function queueBounds(now: number, rules: DeskRules, nearDueWorkingDays: number) {
  const today = vnDate(now);
  const startOfToday = Date.parse(`${today}T00:00:00+07:00`);
  const endOfToday = startOfToday + 24 * 3600_000 - 1;
  // Near due: due no later than the close of the Nth working day from today (DOMAIN.md §2: the
  // apology is due one working day before the due date, so that day is when the desk must act),
  // or within the next office hours of the short window (same-day and next-day dossiers). Only a
  // bound for the index: `isNearDue` decides each row.
  const nearDueUntil = Math.max(
    rules.calendar.closingOf(rules.calendar.addWorkingDays(today, nearDueWorkingDays)),
    rules.calendar.addWorkingMinutes(now, rules.nearDue.workingHours * 60),
  );
  return { startOfToday, endOfToday, nearDueUntil };
}

/**
 * Whether an open row is near due now (timeliness.ts `classifyOpen`, with today's calendar and
 * settings): a same-day dossier received at 18:00 is not near due the moment it is received.
 */
export function isNearDue(row: DossierRow, now: number, rules: DeskRules): boolean {
  return row.openDueAt !== undefined && rules.openStatus(now, row.openDueAt, row.dueSetAt) === 'near-due';
}

export async function queueCounts(now: number, rules: DeskRules, nearDueWorkingDays: number): Promise<QueueCounts> {
  const d = db();
  const { startOfToday, endOfToday, nearDueUntil } = queueBounds(now, rules, nearDueWorkingDays);
  const [receivedToday, dueToday, nearDue, overdue, overdueWithoutApology, awaitingSupplement, resultReady] = await Promise.all([
    d.dossiers.where('receivedAt').between(startOfToday, endOfToday, true, true).count(),
    d.dossiers.where('openDueAt').between(startOfToday, endOfToday, true, true).count(),
    d.dossiers.where('openDueAt').between(now, nearDueUntil, true, true).filter((r) => isNearDue(r, now, rules)).count(),
    d.dossiers.where('openDueAt').below(now).count(),
    d.dossiers.where('unapologisedDueAt').below(now).count(),
    d.dossiers.where('status').equals('awaiting-supplement').count(),
    d.dossiers.where('status').equals('result-ready').count(),
  ]);
  return { receivedToday, dueToday, nearDue, overdue, overdueWithoutApology, awaitingSupplement, resultReady };
}

/** The first rows of a queue, most urgent first. */
export async function queueRows(queue: QueueName, now: number, rules: DeskRules, nearDueWorkingDays: number, limit = 50): Promise<DossierRow[]> {
  const d = db();
  const { startOfToday, endOfToday, nearDueUntil } = queueBounds(now, rules, nearDueWorkingDays);
  switch (queue) {
    case 'receivedToday':
      return d.dossiers.where('receivedAt').between(startOfToday, endOfToday, true, true).reverse().limit(limit).toArray();
    case 'dueToday':
      return d.dossiers.where('openDueAt').between(startOfToday, endOfToday, true, true).limit(limit).toArray();
    case 'nearDue':
      return d.dossiers.where('openDueAt').between(now, nearDueUntil, true, true).filter((r) => isNearDue(r, now, rules)).limit(limit).toArray();
    case 'overdue':
      return d.dossiers.where('openDueAt').below(now).limit(limit).toArray();
    case 'overdueWithoutApology':
      // Overdue, or past the apology deadline where one existed (dossierRow.ts).
      return d.dossiers.where('unapologisedDueAt').below(now).limit(limit).toArray();
    case 'awaitingSupplement':
      return d.dossiers.where('status').equals('awaiting-supplement').limit(limit).toArray();
    case 'resultReady':
      return d.dossiers.where('status').equals('result-ready').limit(limit).toArray();
  }
}
