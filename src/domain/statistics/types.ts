/**
 * The desk's figures (DOMAIN.md §8): types shared by the desk and the hub. Every definition is
 * written out in docs/statistics.md; the code that decides each figure is `classifyFacts`
 * (report.ts), and nothing else counts.
 */
import type { ReturnMethod, SatisfactionLevel } from '../dossier/events';
import type { Channel } from '../procedure';

/**
 * A stop of the clock for a supplement (DOMAIN.md §2, when the pause rule stopped it): from the
 * request to the event that ended it (the supplement complete, or a refusal or withdrawal while
 * waiting). `shift` is how far its end moved the due date (ms); 0 while it lasts.
 */
export interface PauseFact {
  from: number;
  to: number | null;
  shift: number;
}

/**
 * What the statistics need of one dossier, from its events alone (`dossierFacts`, facts.ts): small
 * and flat, so that the desk can keep them packed and read a year of them at once, and the hub can
 * keep them beside its derived dossiers.
 */
export interface DossierFacts {
  id: string;
  code: string;
  /** The receipt instant (the tracking book's date): decides the period of "newly received". */
  receivedAt: number;
  channel: Channel;
  fieldCode: string | null;
  fieldName: string;
  procedureCode: string;
  procedureName: string;
  /** The appointment given at receipt. */
  originalDueAt: number;
  /** Clock stops for supplements, in order. */
  pauses: PauseFact[];
  /** When the apology (Mẫu 04) was recorded, and the new date it gave; null when none. */
  apologisedAt: number | null;
  newDueAt: number | null;
  /**
   * When the dossier was resolved: the result came back to the desk (result-ready), or was handed
   * over without that step, or the dossier was refused. Null while unresolved, and for a
   * withdrawn one.
   */
  resolvedAt: number | null;
  /** Resolved by a refusal during processing. */
  refused: boolean;
  /** When the citizen withdrew it or asked to stop (not resolved then); null otherwise. */
  withdrawnAt: number | null;
  withdrawal: 'withdrawn' | 'stopped' | null;
  /** When the result was handed over (at the desk, posted, sent online), and how. */
  returnedAt: number | null;
  returnMethod: ReturnMethod | null;
  /** The citizen's rating, when recorded. */
  ratedAt: number | null;
  rating: SatisfactionLevel | null;
  /** Scans were attached to the documents received (hồ sơ được số hóa). */
  digitised: boolean;
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

/** A reporting period: calendar dates in Vietnam time, both ends included. */
export interface Period {
  kind: PeriodKind;
  /** "YYYY-MM-DD", first day. */
  from: string;
  /** "YYYY-MM-DD", last day (included). */
  to: string;
}

/**
 * Where one dossier stands for a period (`classifyFacts`). Every figure is counted from these. A
 * dossier finished before the period is outside its balance (not carried over, received, resolved,
 * withdrawn or in progress) but may still be returned or rated within it.
 */
export interface FactClass {
  /** Received before the period and neither resolved nor withdrawn before it started. */
  carriedOver: boolean;
  /** Received within the period. */
  receivedNew: boolean;
  /** Resolved within the period: early / on time / late against the appointment (not an apology's new date). */
  resolved: 'early' | 'on-time' | 'late' | null;
  /** Withdrawn or stopped within the period. */
  withdrawn: boolean;
  /** Still in progress at the period's end (or now, for a period not over): within the deadline or overdue. */
  inProgress: 'within' | 'overdue' | null;
  /** Working days overdue at the period's end (in progress, overdue), else null. */
  overdueWorkingDays: number | null;
  /** Late (resolved late, or in progress overdue) and apologised for by the end of the period. */
  apologised: boolean;
  /** Result handed over within the period. */
  returned: boolean;
  /** Rated within the period. */
  rated: boolean;
  /** Office minutes from receipt to resolution, less the clock stops (resolved in the period). */
  workingMinutes: number | null;
}

/** The counts of one row of a report (the whole desk, a field, a procedure). */
export interface Figures {
  carriedOver: number;
  receivedNew: number;
  /** New dossiers by channel: at the desk, online, by post. */
  byChannel: Record<Channel, number>;
  /** carriedOver + receivedNew. */
  receivedTotal: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  /** Resolved late and apologised for. */
  resolvedLateApologised: number;
  /** Of the resolved, refused. */
  refused: number;
  inProgress: number;
  inProgressWithin: number;
  inProgressOverdue: number;
  /** In progress, overdue, apologised for. */
  inProgressOverdueApologised: number;
  /** In progress, overdue, with no apology: the ones the province counts against the desk. */
  overdueUnapologised: number;
  /** Withdrawn or stopped at the citizen's request. */
  withdrawn: number;
  withdrawnStopped: number;
  /** Results handed over in the period, by method. */
  returned: number;
  returnedBy: Record<ReturnMethod, number>;
  /** (early + on time) / resolved; null when nothing was resolved. */
  onTimeRate: number | null;
  /** Mean office time from receipt to resolution, in working days; null when nothing was resolved. */
  averageWorkingDays: number | null;
  /** Late (resolved late + in progress overdue) and of them apologised for, and the share. */
  late: number;
  lateApologised: number;
  lateApologisedRate: number | null;
  /** Share of the newly received that came online; of them digitised (scans attached). */
  onlineRate: number | null;
  digitised: number;
  digitisedRate: number | null;
  /** Ratings recorded in the period, by level. */
  ratings: Record<SatisfactionLevel, number>;
  rated: number;
  /** (very satisfied + satisfied) / rated. */
  satisfiedRate: number | null;
}

export interface ReportRow {
  /** Field code or procedure code; '' for dossiers without a field code. */
  key: string;
  name: string;
  figures: Figures;
}

/** One Decision 766 component the desk's data can estimate (DOMAIN.md §8). */
export interface Estimate766 {
  key: 'transparency' | 'progress' | 'online' | 'payment' | 'digitisation' | 'satisfaction';
  /** Points of the component in the portal's 100. */
  maxPoints: number;
  /** The estimate, or null when the desk has no data for it. */
  points: number | null;
  /** The share it is computed from (0–1), or null. */
  basis: number | null;
}

export interface MonthPoint {
  /** "YYYY-MM". */
  month: string;
  received: number;
  resolved: number;
  onTimeRate: number | null;
}

export interface AgeBucket {
  /** Inclusive bounds in working days overdue; `to` null for "more than". */
  from: number;
  to: number | null;
  count: number;
}

export interface Report {
  period: Period;
  /** The instant in-progress figures are taken at: the period's end, or now if earlier. */
  asOf: number;
  total: Figures;
  byField: ReportRow[];
  byProcedure: ReportRow[];
  /** Received and resolved per month of the period (for the trend chart). */
  monthly: MonthPoint[];
  /** In progress and overdue at `asOf`, by working days overdue. */
  overdueByAge: AgeBucket[];
  estimates766: Estimate766[];
}

/** A figure one can drill into: the dossiers behind it. */
export type FigureKey =
  | 'carriedOver'
  | 'receivedNew'
  | 'receivedTotal'
  | 'byChannel.desk'
  | 'byChannel.online'
  | 'byChannel.postal'
  | 'resolved'
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedLate'
  | 'resolvedLateApologised'
  | 'refused'
  | 'inProgress'
  | 'inProgressWithin'
  | 'inProgressOverdue'
  | 'inProgressOverdueApologised'
  | 'overdueUnapologised'
  | 'withdrawn'
  | 'returned'
  | 'late'
  | 'lateApologised'
  | 'digitised'
  | 'rated'
  /** In progress and overdue, in one group of OVERDUE_AGES (by its index). */
  | 'overdueAge.0'
  | 'overdueAge.1'
  | 'overdueAge.2'
  | 'overdueAge.3'
  /** Rated within the period at this level. */
  | 'rating.very-satisfied'
  | 'rating.satisfied'
  | 'rating.acceptable'
  | 'rating.not-satisfied';

/** Narrows a drill-down to a field or a procedure (a report row). */
export interface FigureScope {
  fieldCode?: string | null;
  procedureCode?: string;
}
