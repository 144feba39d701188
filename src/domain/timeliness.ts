/**
 * A dossier's standing against its appointment (DOMAIN.md §6 and §8): finished dossiers are early
 * (trước hạn), on time (đúng hạn) or late (quá hạn); open ones are within the deadline, near due
 * or overdue. The processing control sheet (Mẫu 06) uses the same three words for each hand-off.
 */
import type { WorkCalendar } from './calendar/workCalendar';
import { vnDate, vnInstant } from './calendar/vnTime';

export type ResolutionTimeliness = 'early' | 'on-time' | 'late';
export type OpenTimeliness = 'within' | 'near-due' | 'overdue';

/**
 * Early: resolved on a day before the due day. On time: on the due day, not after the due instant.
 * Late: after the due instant (also on the due day itself, after closing).
 */
export function classifyResolution(resolvedAt: number, dueAt: number): ResolutionTimeliness {
  if (resolvedAt > dueAt) return 'late';
  return vnDate(resolvedAt) < vnDate(dueAt) ? 'early' : 'on-time';
}

/**
 * The date by which the apology and new appointment (Mẫu 04) must be sent: no later than 1
 * working day before the due date (DOMAIN.md §2).
 */
export function apologyLatestDate(dueAt: number, cal: WorkCalendar): string {
  return cal.previousWorkingDay(vnDate(dueAt));
}

/**
 * Overdue: after the due instant. Near due: from the opening of the working day `nearDueWorkingDays`
 * before the due day (by default the last day the apology may be sent) up to the due instant.
 * Within: before that.
 */
export function classifyOpen(now: number, dueAt: number, cal: WorkCalendar, nearDueWorkingDays = 1): OpenTimeliness {
  if (now > dueAt) return 'overdue';
  const date = cal.addWorkingDays(vnDate(dueAt), -nearDueWorkingDays);
  // With 0 days the threshold is the due day itself, which an appointment re-set by hand may put on
  // a day off: then near due starts at its midnight.
  const from = cal.isWorkingDay(date) ? cal.openingOf(date) : vnInstant(date, '00:00');
  return now >= from ? 'near-due' : 'within';
}
