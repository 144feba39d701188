/**
 * A commune desk's settings and the rules they produce. The facts DOMAIN.md marks "to confirm"
 * (office hours, Saturday mornings, the supplement pause, the code sequence scope) are settings
 * with the documented default, never hard-coded law.
 */
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type WorkCalendar } from './calendar/workCalendar';
import { computeDueAt, resumeDueAt, type PauseRule } from './deadline';
import type { DueRules } from './dossier/lifecycle';
import type { TimeLimit } from './procedure';
import { apologyLatestDate, classifyOpen } from './timeliness';

export interface DeskSettings {
  /** Agency name printed at the top left of forms, e.g. "UBND XÃ TÂN PHÚ". */
  agencyName: string;
  /** Governing body above the agency, printed above it, e.g. "TỈNH ĐỒNG NAI". */
  parentAgencyName: string;
  /** Electronic identifier of the handling agency (mã định danh), first part of dossier codes. */
  agencyId: string;
  /** Commune name used in "Tân Phú, ngày … tháng … năm …". */
  placeName: string;
  /** This device: made on first start. */
  deviceId: string;
  /** Slot the hub gave this device; each slot owns a range of the daily sequence. */
  deviceSlot: number;
  /** Number of slots the commune's sequence is split into. */
  slotCount: number;
  /** Whether the code sequence restarts every day (observed) or every year. */
  sequenceScope: 'daily' | 'yearly';
  officerId: string;
  officerName: string;
  /** The desk's phone number, printed as the contact on Mẫu 02. */
  deskPhone: string;
  calendar: CalendarSettings;
  /** Whether the clock stops while the citizen completes a supplement (DOMAIN.md §2, to confirm). */
  pauseRule: PauseRule;
  /** A dossier is near due from this many working days before its due day. */
  nearDueWorkingDays: number;
  language: 'vi' | 'en';
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  agencyName: '',
  parentAgencyName: '',
  agencyId: '',
  placeName: '',
  deviceId: '',
  deviceSlot: 0,
  slotCount: 1,
  sequenceScope: 'daily',
  officerId: '',
  officerName: '',
  deskPhone: '',
  calendar: DEFAULT_CALENDAR_SETTINGS,
  pauseRule: 'pause',
  nearDueWorkingDays: 1,
  language: 'vi',
};

/** Everything a desk needs to reason about dates, built once per settings change. */
export interface DeskRules {
  calendar: WorkCalendar;
  dueRules: DueRules;
  dueAt(receivedAt: number, limit: TimeLimit): number;
  openStatus(now: number, dueAt: number): ReturnType<typeof classifyOpen>;
  /** The last date an apology may be sent for a dossier due at `dueAt`. */
  apologyLatestDate(dueAt: number): string;
}

export function createDeskRules(settings: Pick<DeskSettings, 'calendar' | 'pauseRule' | 'nearDueWorkingDays'>): DeskRules {
  const calendar = createWorkCalendar(settings.calendar);
  return {
    calendar,
    dueRules: {
      pauseRule: settings.pauseRule,
      resumeDueAt: (dueAt, pausedAt, resumedAt, unit) => resumeDueAt(dueAt, pausedAt, resumedAt, unit, calendar),
    },
    dueAt: (receivedAt, limit) => computeDueAt(receivedAt, limit, calendar),
    openStatus: (now, dueAt) => classifyOpen(now, dueAt, calendar, settings.nearDueWorkingDays),
    apologyLatestDate: (dueAt) => apologyLatestDate(dueAt, calendar),
  };
}

let rulesCache: { key: string; rules: DeskRules } | undefined;

/**
 * The rules for the current settings, built once per settings change: the calendar inside caches
 * each year's days off, which every due-date computation and queue count reuses.
 */
export function rulesFor(settings: Pick<DeskSettings, 'calendar' | 'pauseRule' | 'nearDueWorkingDays'>): DeskRules {
  const key = JSON.stringify([settings.calendar, settings.pauseRule, settings.nearDueWorkingDays]);
  if (rulesCache?.key !== key) rulesCache = { key, rules: createDeskRules(settings) };
  return rulesCache.rules;
}
