/**
 * A dossier's standing against its appointment (DOMAIN.md §6 and §8): finished dossiers are early
 * (trước hạn), on time (đúng hạn) or late (quá hạn); open ones are within the deadline, near due
 * or overdue. The processing control sheet (Mẫu 06) uses the same three words for each hand-off.
 */
import type { WorkCalendar } from './calendar/workCalendar';
import { vnDate, vnEpochDay, vnInstant } from './calendar/vnTime';

export type ResolutionTimeliness = 'early' | 'on-time' | 'late';
export type OpenTimeliness = 'within' | 'near-due' | 'overdue';

/**
 * Early: resolved on a day before the due day. On time: on the due day, not after the due instant.
 * Late: after the due instant (also on the due day itself, after closing). Calendar-free: the
 * lifecycle uses it on replay.
 */
export function classifyResolution(resolvedAt: number, dueAt: number): ResolutionTimeliness {
  if (resolvedAt > dueAt) return 'late';
  // Day numbers, not date strings: the reports judge every dossier of a year with this.
  return vnEpochDay(resolvedAt) < vnEpochDay(dueAt) ? 'early' : 'on-time';
}

/**
 * The date by which the apology and new appointment (Mẫu 04) must be sent: no later than 1
 * working day before the due date (DOMAIN.md §2). See `apologyDeadline` for whether that day
 * exists for a given dossier.
 */
export function apologyLatestDate(dueAt: number, cal: WorkCalendar): string {
  return cal.previousWorkingDay(vnDate(dueAt));
}

/**
 * The last instant the apology may be sent for a due date set at `since` (the receipt, or the
 * end of a supplement pause): the closing of the working day before the due date — only where
 * that day comes after the day the date was set. A within-day or 1-working-day dossier has no
 * such day (the day before its due date is the receipt day itself, or earlier): null, and the
 * apology is owed only once it is overdue.
 */
export function apologyDeadline(dueAt: number, since: number, cal: WorkCalendar): number | null {
  const day = apologyLatestDate(dueAt, cal);
  return day > vnDate(since) ? cal.closingOf(day) : null;
}

/** How "near due" is measured (settings, DOMAIN.md §6: "to confirm"). */
export interface NearDueWindow {
  /** Near due from the opening of this many working days before the due day (default 1). */
  workingDays: number;
  /**
   * For dossiers whose window in days would open on (or before) the day their due date was set
   * (within-day and 1-working-day limits): near due from this many office hours before the due
   * instant instead (default 2).
   */
  workingHours: number;
}

export const DEFAULT_NEAR_DUE: NearDueWindow = { workingDays: 1, workingHours: 2 };

/**
 * Overdue: after the due instant. Near due: from the opening of the working day `workingDays`
 * before the due day (by default the last day the apology may be sent) up to the due instant —
 * but a window that would open on or before the day the due date was set (`since`: a same-day or
 * next-day dossier, near due the moment it is received) is replaced by the last `workingHours`
 * office hours before the due instant. Within: before that. Without `since` (old callers), the
 * window in days always applies.
 */
export function classifyOpen(
  now: number,
  dueAt: number,
  cal: WorkCalendar,
  window: number | Partial<NearDueWindow> = DEFAULT_NEAR_DUE,
  since?: number,
): OpenTimeliness {
  if (now > dueAt) return 'overdue';
  const { workingDays, workingHours } = { ...DEFAULT_NEAR_DUE, ...(typeof window === 'number' ? { workingDays: window } : window) };
  const date = cal.addWorkingDays(vnDate(dueAt), -workingDays);
  if (since !== undefined && date <= vnDate(since)) {
    return cal.workingMinutesBetween(now, dueAt) <= workingHours * 60 ? 'near-due' : 'within';
  }
  // With 0 days the threshold is the due day itself, which an appointment re-set by hand may put on
  // a day off: then near due starts at its midnight.
  const from = cal.isWorkingDay(date) ? cal.openingOf(date) : vnInstant(date, '00:00');
  return now >= from ? 'near-due' : 'within';
}
