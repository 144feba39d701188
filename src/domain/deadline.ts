/**
 * The appointment date (ngày hẹn trả kết quả) of a dossier, from its receipt instant and the
 * procedure's time limit (DOMAIN.md §6), and its shift after a supplement pause (DOMAIN.md §2).
 *
 * Rules:
 * - Civil Code 2015 Art. 147 §1: a period counted in days starts on the day after the event, so the
 *   receipt day itself is never counted.
 * - Civil Code 2015 Art. 148: a period in days ends at the end of its last day; if that day is a
 *   weekly rest day or a holiday, the period ends at the end of the next working day. For the desk
 *   "the end of the day" is the office's closing time that day: results are handed over at the desk.
 * - A per-procedure cut-off ("if received after 15:00, the next working day") is not a general
 *   rule: it applies only when the procedure states one (`TimeLimit.cutOff`).
 */
import type { TimeLimit, TimeUnit } from './procedure';
import type { WorkCalendar } from './calendar/workCalendar';
import { addDays, epochDay, vnDate, vnInstant } from './calendar/vnTime';

/**
 * What the supplement pause does to the deadline (DOMAIN.md §2, "to confirm"): 'pause' stops the
 * clock while the citizen completes the dossier and restarts it when the supplement arrives;
 * 'keep-running' leaves the appointment as it was.
 */
export type PauseRule = 'pause' | 'keep-running';

export const DEFAULT_PAUSE_RULE: PauseRule = 'pause';

/**
 * The instant from which the limit is counted. With a cut-off, a dossier received after it, or on
 * a day the desk does not work, counts as received at the next working day's opening. Without a
 * cut-off it is the receipt instant itself (a day count starts the next day anyway).
 */
export function countedReceiptAt(receivedAt: number, cutOff: string | null | undefined, cal: WorkCalendar): number {
  if (!cutOff) return receivedAt;
  const date = vnDate(receivedAt);
  if (cal.isWorkingDay(date) && receivedAt <= vnInstant(date, cutOff)) return receivedAt;
  return cal.openingOf(cal.nextWorkingDay(date));
}

/**
 * "Within the day" (trong ngày): the same day's closing if the desk works that day and has not
 * closed yet, otherwise the next working day's closing.
 */
function withinDayDue(at: number, cal: WorkCalendar): number {
  const date = vnDate(at);
  if (cal.isWorkingDay(date) && at < cal.closingOf(date)) return cal.closingOf(date);
  return cal.closingOf(cal.nextWorkingDay(date));
}

/** Art. 148: a last day that is not a working day moves to the next working day. */
function rollForward(date: string, cal: WorkCalendar): string {
  return cal.isWorkingDay(date) ? date : cal.nextWorkingDay(date);
}

/**
 * The due instant of a dossier received at `receivedAt` with time limit `limit`:
 * - working-days N: the closing of the N-th working day after the (counted) receipt date;
 * - calendar-days N: the closing of the receipt date + N days, or of the next working day when
 *   that is a rest day or holiday (Art. 148);
 * - working-hours N: N × 60 office minutes after the counted receipt instant (from the next
 *   opening when outside office hours);
 * - within-day, or 0 days: see `withinDayDue`.
 *
 * Throws when the amount is unknown (`null`), except for within-day, whose amount is 0 or null by
 * definition: a deadline must never be invented for an unconfirmed limit.
 */
export function computeDueAt(receivedAt: number, limit: TimeLimit, cal: WorkCalendar): number {
  const { amount, unit } = limit;
  const at = countedReceiptAt(receivedAt, limit.cutOff, cal);
  if (unit === 'within-day') {
    if (amount !== null && amount !== 0) {
      throw new RangeError(`A within-day time limit has amount 0 or null, got ${amount}`);
    }
    return withinDayDue(at, cal);
  }
  if (amount === null) {
    throw new Error(`The time limit (${unit}) is not confirmed: no appointment date can be computed; enter it by hand`);
  }
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`Invalid time limit amount ${amount} (${unit})`);
  }
  if (unit === 'working-hours') return cal.addWorkingMinutes(at, amount * 60);
  if (!Number.isInteger(amount)) {
    throw new RangeError(`A limit in days must be a whole number of days, got ${amount} (${unit})`);
  }
  if (amount === 0) return withinDayDue(at, cal);
  const date = vnDate(at);
  if (unit === 'working-days') return cal.closingOf(cal.addWorkingDays(date, amount));
  return cal.closingOf(rollForward(addDays(date, amount), cal));
}

/**
 * The time a dossier had left when it was paused at `pausedAt`, in the unit's own measure:
 * - working-days: working days after the pause date up to the due date (the pause day itself was
 *   used, as the receipt day is under Art. 147);
 * - calendar-days: calendar days from the pause date to the due date;
 * - working-hours and within-day: office minutes from the pause instant to the due instant.
 * Zero when the pause started at or after the due instant: a late dossier stays late.
 */
export function remainingAfterPause(dueAt: number, pausedAt: number, unit: TimeUnit, cal: WorkCalendar): number {
  if (pausedAt >= dueAt) return 0;
  switch (unit) {
    case 'working-days':
      return cal.workingDaysBetween(vnDate(pausedAt), vnDate(dueAt));
    case 'calendar-days':
      return epochDay(vnDate(dueAt)) - epochDay(vnDate(pausedAt));
    case 'working-hours':
    case 'within-day':
      return cal.workingMinutesBetween(pausedAt, dueAt);
  }
}

/**
 * The new due instant after a supplement pause from `pausedAt` to `resumedAt` (when the supplement
 * arrived): the time left at the pause (`remainingAfterPause`) is counted again from the resume
 * instant with the same rules as `computeDueAt` (so days start the day after the supplement
 * arrives). Under 'keep-running', or when the pause started after the due instant, `dueAt` is kept.
 * With several pauses, apply it once per pause.
 */
export function resumeDueAt(
  dueAt: number,
  pausedAt: number,
  resumedAt: number,
  unit: TimeUnit,
  cal: WorkCalendar,
  rule: PauseRule = DEFAULT_PAUSE_RULE,
): number {
  if (resumedAt < pausedAt) throw new RangeError('resumeDueAt: the dossier resumed before it was paused');
  if (rule === 'keep-running' || pausedAt >= dueAt) return dueAt;
  const remaining = remainingAfterPause(dueAt, pausedAt, unit, cal);
  switch (unit) {
    case 'working-days':
      return remaining === 0 ? withinDayDue(resumedAt, cal) : cal.closingOf(cal.addWorkingDays(vnDate(resumedAt), remaining));
    case 'calendar-days':
      return remaining === 0 ? withinDayDue(resumedAt, cal) : cal.closingOf(rollForward(addDays(vnDate(resumedAt), remaining), cal));
    case 'working-hours':
    case 'within-day':
      return cal.addWorkingMinutes(resumedAt, remaining);
  }
}
