/**
 * A commune desk's settings and the rules they produce. The facts DOMAIN.md marks "to confirm"
 * (office hours, Saturday mornings, the supplement pause, the code sequence scope) are settings
 * with the documented default, never hard-coded law.
 */
import { createWorkCalendar, DEFAULT_CALENDAR_SETTINGS, type CalendarSettings, type WorkCalendar } from './calendar/workCalendar';
import { computeDueAt, resumeDueAt, type PauseRule } from './deadline';
import type { Unit } from './dossier/events';
import type { DueRules } from './dossier/lifecycle';
import type { TimeLimit } from './procedure';
import { apologyDeadline, classifyOpen, type NearDueWindow } from './timeliness';

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
  /**
   * Same-day and next-day dossiers (whose window in days would open the day they are received)
   * are near due from this many office hours before their due instant (timeliness.ts; to confirm).
   */
  nearDueWorkingHours: number;
  /** The commune's units dossiers are transferred to, offered in the action forms (free text stays possible). */
  units?: Unit[];
  /** The commune's leaders who sign results, offered as signers. */
  leaders?: Leader[];
  language: 'vi' | 'en';
}

/** A leader who signs: "Nguyễn Văn A", "Chủ tịch". */
export interface Leader {
  name: string;
  /** E.g. "Chủ tịch", "Phó Chủ tịch". */
  title: string;
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
  nearDueWorkingHours: 2,
  language: 'vi',
};

/** Everything a desk needs to reason about dates, built once per settings change. */
export interface DeskRules {
  calendar: WorkCalendar;
  dueRules: DueRules;
  dueAt(receivedAt: number, limit: TimeLimit): number;
  /**
   * Within / near due / overdue, against today's calendar and settings (a display and queue
   * matter, evaluated against "now"). `since`: when the due date was set (DossierState.dueSetAt).
   */
  openStatus(now: number, dueAt: number, since?: number): ReturnType<typeof classifyOpen>;
  /** The apology deadline of a due date set at `since`, or null where no day for it exists. */
  apologyDueAt(dueAt: number, since: number): number | null;
  /** The near-due window of the settings. */
  nearDue: NearDueWindow;
}

type RuleSettings = Pick<DeskSettings, 'calendar' | 'pauseRule' | 'nearDueWorkingDays'> & Partial<Pick<DeskSettings, 'nearDueWorkingHours'>>;

export function createDeskRules(settings: RuleSettings): DeskRules {
  const calendar = createWorkCalendar(settings.calendar);
  const nearDue = {
    workingDays: settings.nearDueWorkingDays,
    workingHours: settings.nearDueWorkingHours ?? DEFAULT_DESK_SETTINGS.nearDueWorkingHours,
  };
  const apologyDueAt = (dueAt: number, since: number) => apologyDeadline(dueAt, since, calendar);
  return {
    calendar,
    dueRules: {
      pauseRule: settings.pauseRule,
      resumeDueAt: (dueAt, pausedAt, resumedAt, unit) => resumeDueAt(dueAt, pausedAt, resumedAt, unit, calendar),
      apologyDueAt,
    },
    dueAt: (receivedAt, limit) => computeDueAt(receivedAt, limit, calendar),
    openStatus: (now, dueAt, since) => classifyOpen(now, dueAt, calendar, nearDue, since),
    apologyDueAt,
    nearDue,
  };
}

let rulesCache: { key: string; rules: DeskRules } | undefined;

/**
 * The rules for the current settings, built once per settings change: the calendar inside caches
 * each year's days off, which every due-date computation and queue count reuses.
 */
export function rulesFor(settings: RuleSettings): DeskRules {
  const key = JSON.stringify([settings.calendar, settings.pauseRule, settings.nearDueWorkingDays, settings.nearDueWorkingHours]);
  if (rulesCache?.key !== key) rulesCache = { key, rules: createDeskRules(settings) };
  return rulesCache.rules;
}
