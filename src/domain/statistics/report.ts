/**
 * The desk's figures for a period (docs/statistics.md has every definition in words). One function
 * decides where a dossier stands (`classifyFacts`); the report and the drill-down both count from
 * it, so a figure and the list behind it always agree — at the desk and at the hub.
 */
import type { WorkCalendar } from '../calendar/workCalendar';
import { parseHHmm, vnDate, vnEpochDay, vnStartOfEpochDay } from '../calendar/vnTime';
import type { ReturnMethod, SatisfactionLevel } from '../dossier/events';
import { CHANNELS } from '../procedure';
import { classifyResolution } from '../timeliness';
import { appointmentAt, pauseAt } from './facts';
import { monthsOf, periodBounds } from './period';
import type { AgeBucket, DossierFacts, Estimate766, FactClass, FigureKey, FigureScope, Figures, MonthPoint, Period, Report, ReportRow } from './types';

export interface ReportOptions {
  /** The instant the report is made: in-progress figures of a period not yet over are taken now. */
  now: number;
  /** The province's working calendar (days off, office hours): working days overdue and taken. */
  cal: WorkCalendar;
}

export const SATISFACTION_LEVELS: readonly SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'acceptable', 'not-satisfied'];
export const RETURN_METHODS: readonly ReturnMethod[] = ['desk', 'postal', 'online'];

/** Overdue ages, in working days past the due date, as the chart and the report group them. */
export const OVERDUE_AGES: readonly { from: number; to: number | null }[] = [
  { from: 0, to: 2 },
  { from: 3, to: 5 },
  { from: 6, to: 10 },
  { from: 11, to: null },
];

/** Decision 766 components (DOMAIN.md §8) and their points out of 100. */
export const DECISION_766: readonly { key: Estimate766['key']; maxPoints: number }[] = [
  { key: 'transparency', maxPoints: 18 },
  { key: 'progress', maxPoints: 20 },
  { key: 'online', maxPoints: 12 },
  { key: 'payment', maxPoints: 10 },
  { key: 'digitisation', maxPoints: 22 },
  { key: 'satisfaction', maxPoints: 18 },
];

/** The instant in-progress figures are taken at: the period's end, or `now` if that is earlier. */
export function reportInstant(period: Period, now: number): number {
  return Math.min(periodBounds(period).end, now);
}

/**
 * Early, on time or late, as every figure judges a resolved dossier: against the appointment given
 * at receipt, moved only by the clock stops — never by an apology's new date (late stays late,
 * DOMAIN.md §8). Null while unresolved (and for a withdrawn dossier).
 */
export function resolutionTimeliness(f: Pick<DossierFacts, 'resolvedAt' | 'originalDueAt' | 'pauses'>): 'early' | 'on-time' | 'late' | null {
  return f.resolvedAt === null ? null : classifyResolution(f.resolvedAt, appointmentAt(f, f.resolvedAt));
}

/**
 * Where one dossier stands for the period [start, end), its in-progress state taken at `asOf`;
 * null when the period does not concern it (received after it, or finished before it).
 */
export function classifyFacts(f: DossierFacts, start: number, end: number, asOf: number, cal: WorkCalendar | OfficeClock): FactClass | null {
  const clock = cal instanceof OfficeClock ? cal : new OfficeClock(cal, asOf);
  const out = { ...OUTSIDE_BALANCE };
  return classifyInto(out, f, start, end, asOf, clock) ? out : null;
}

/**
 * `classifyFacts` into an object the caller reuses (a year's report classifies 50,000 dossiers:
 * no object and no closure made for each). Returns false when the period does not concern it.
 */
function classifyInto(out: FactClass, f: DossierFacts, start: number, end: number, asOf: number, clock: OfficeClock): boolean {
  if (f.receivedAt >= end || f.receivedAt > asOf) return false;
  const endedAt = f.resolvedAt ?? f.withdrawnAt;
  const returned = f.returnedAt !== null && f.returnedAt >= start && f.returnedAt < end;
  const rated = f.ratedAt !== null && f.ratedAt >= start && f.ratedAt < end && f.rating !== null;
  // Finished before the period: outside its balance, but a result handed over or a rating given
  // within the period still counts there.
  if (endedAt !== null && endedAt < start) {
    if (!returned && !rated) return false;
    Object.assign(out, OUTSIDE_BALANCE);
    out.returned = returned;
    out.rated = rated;
    return true;
  }

  let resolved: FactClass['resolved'] = null;
  let workingMinutes: number | null = null;
  if (f.resolvedAt !== null && f.resolvedAt >= start && f.resolvedAt < end) {
    resolved = resolutionTimeliness(f);
    workingMinutes = takenMinutes(f, f.resolvedAt, clock);
  }

  let inProgress: FactClass['inProgress'] = null;
  let overdueWorkingDays: number | null = null;
  if (endedAt === null || endedAt >= end) {
    const pause = f.pauses.length > 0 ? pauseAt(f, asOf) : null;
    // While the clock is stopped for a supplement the dossier cannot fall overdue; one already
    // overdue when it stopped stays overdue, by as many days as it had then.
    const t = pause ? pause.from : asOf;
    const due = appointmentAt(f, t);
    if (t > due) {
      inProgress = 'overdue';
      overdueWorkingDays = clock.workingDaysOverdue(due, t);
    } else {
      inProgress = 'within';
    }
  }

  const late = resolved === 'late' || inProgress === 'overdue';
  out.carriedOver = f.receivedAt < start;
  out.receivedNew = f.receivedAt >= start;
  out.resolved = resolved;
  out.withdrawn = f.withdrawnAt !== null && f.withdrawnAt >= start && f.withdrawnAt < end;
  out.inProgress = inProgress;
  out.overdueWorkingDays = overdueWorkingDays;
  out.apologised = late && f.apologisedAt !== null && f.apologisedAt < end;
  out.returned = returned;
  out.rated = rated;
  out.workingMinutes = workingMinutes;
  return true;
}

const OUTSIDE_BALANCE: FactClass = {
  carriedOver: false,
  receivedNew: false,
  resolved: null,
  withdrawn: false,
  inProgress: null,
  overdueWorkingDays: null,
  apologised: false,
  returned: false,
  rated: false,
  workingMinutes: null,
};

/** Office minutes from receipt to `at`, less the office minutes of the clock stops before it. */
function takenMinutes(f: DossierFacts, at: number, clock: OfficeClock): number {
  let minutes = clock.minutesBetween(f.receivedAt, at);
  for (const p of f.pauses) {
    if (p.from >= at) continue;
    minutes -= clock.minutesBetween(p.from, Math.min(p.to ?? at, at));
  }
  return Math.max(0, minutes);
}

/**
 * The work calendar's answers that a report asks for every dossier, remembered per day: office
 * minutes before a day (so that the time between two instants is a subtraction, not a walk over
 * the days between), and the working days overdue of a due day at the report's instant. A year's
 * report asks them of 50,000 dossiers; the answers are the calendar's own.
 */
export class OfficeClock {
  private readonly dayMinutes = new Map<number, number>();
  private readonly before = new Map<number, number>();
  private readonly overdue = new Map<number, number>();
  private origin: number | null = null;

  constructor(
    readonly cal: WorkCalendar,
    /** The instant in-progress dossiers are judged at (`reportInstant`). */
    readonly asOf: number,
  ) {}

  /** Office minutes within [a, b), as `cal.workingMinutesBetween`. */
  minutesBetween(a: number, b: number): number {
    if (b <= a) return b === a ? 0 : -this.minutesBetween(b, a);
    const da = vnEpochDay(a);
    const db = vnEpochDay(b);
    if (da === db) return this.cal.workingMinutesBetween(a, b);
    // The earlier day first: asking for a day before the origin moves the origin.
    const beforeA = this.minutesBefore(da);
    const beforeB = this.minutesBefore(db);
    return beforeB - beforeA - this.cal.workingMinutesBetween(vnStartOfEpochDay(da), a) + this.cal.workingMinutesBetween(vnStartOfEpochDay(db), b);
  }

  /** Working days after the due day up to the day before instant `t` (the period's last day). */
  workingDaysOverdue(due: number, t: number): number {
    const day = vnEpochDay(due);
    let n = this.overdue.get(day);
    if (n === undefined || t !== this.asOf) {
      n = Math.max(0, this.cal.workingDaysBetween(vnDate(due), vnDate(Math.max(due, t - 1))));
      if (t === this.asOf) this.overdue.set(day, n);
    }
    return n;
  }

  private minutesOfDay(day: number): number {
    let m = this.dayMinutes.get(day);
    if (m === undefined) {
      m = this.cal.workingMinutesBetween(vnStartOfEpochDay(day), vnStartOfEpochDay(day + 1));
      this.dayMinutes.set(day, m);
    }
    return m;
  }

  /** Office minutes from the first day asked for to the start of `day`. */
  private minutesBefore(day: number): number {
    if (this.origin === null) {
      this.origin = day;
      this.before.set(day, 0);
    }
    const known = this.before.get(day);
    if (known !== undefined) return known;
    if (day < this.origin) {
      // Further back than any day so far: move the origin there, shifting what is known.
      let extra = 0;
      for (let d = day; d < this.origin; d++) extra += this.minutesOfDay(d);
      const shifted = new Map([...this.before].map(([d, m]) => [d, m + extra] as const));
      this.before.clear();
      for (const [d, m] of shifted) this.before.set(d, m);
      this.before.set(day, 0);
      this.origin = day;
      return 0;
    }
    let d = day - 1;
    while (!this.before.has(d)) d--;
    let m = this.before.get(d)!;
    for (; d < day; d++) {
      m += this.minutesOfDay(d);
      this.before.set(d + 1, m);
    }
    return m;
  }
}

/** Office minutes of a full working day (480 with the default 07:00–11:30 and 13:30–17:00). */
export function minutesPerWorkingDay(cal: WorkCalendar): number {
  return cal.settings.officeHours.reduce((sum, s) => sum + parseHHmm(s.end) - parseHHmm(s.start), 0) || 480;
}

export function emptyFigures(): Figures {
  return {
    carriedOver: 0,
    receivedNew: 0,
    byChannel: { desk: 0, online: 0, postal: 0 },
    receivedTotal: 0,
    resolved: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    resolvedLateApologised: 0,
    refused: 0,
    inProgress: 0,
    inProgressWithin: 0,
    inProgressOverdue: 0,
    inProgressOverdueApologised: 0,
    overdueUnapologised: 0,
    withdrawn: 0,
    withdrawnStopped: 0,
    returned: 0,
    returnedBy: { desk: 0, postal: 0, online: 0 },
    onTimeRate: null,
    averageWorkingDays: null,
    late: 0,
    lateApologised: 0,
    lateApologisedRate: null,
    onlineRate: null,
    digitised: 0,
    digitisedRate: null,
    ratings: { 'very-satisfied': 0, satisfied: 0, acceptable: 0, 'not-satisfied': 0 },
    rated: 0,
    satisfiedRate: null,
  };
}

/** Counts of `fig` plus one dossier; the sums of working minutes are kept in `minutes`. */
function addTo(fig: Figures, c: FactClass, f: DossierFacts, minutes: { sum: number }): void {
  if (c.carriedOver) fig.carriedOver++;
  if (c.receivedNew) {
    fig.receivedNew++;
    fig.byChannel[f.channel]++;
    if (f.digitised) fig.digitised++;
  }
  if (c.resolved) {
    fig.resolved++;
    if (c.resolved === 'early') fig.resolvedEarly++;
    else if (c.resolved === 'on-time') fig.resolvedOnTime++;
    else {
      fig.resolvedLate++;
      if (c.apologised) fig.resolvedLateApologised++;
    }
    if (f.refused) fig.refused++;
    minutes.sum += c.workingMinutes ?? 0;
  }
  if (c.inProgress) {
    fig.inProgress++;
    if (c.inProgress === 'within') fig.inProgressWithin++;
    else {
      fig.inProgressOverdue++;
      if (c.apologised) fig.inProgressOverdueApologised++;
      else fig.overdueUnapologised++;
    }
  }
  if (c.withdrawn) {
    fig.withdrawn++;
    if (f.withdrawal === 'stopped') fig.withdrawnStopped++;
  }
  if (c.returned && f.returnMethod) {
    fig.returned++;
    fig.returnedBy[f.returnMethod]++;
  }
  if (c.rated && f.rating) {
    fig.rated++;
    fig.ratings[f.rating]++;
  }
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** Totals and rates once every dossier is counted. */
function finish(fig: Figures, minutes: number, perDay: number): Figures {
  fig.receivedTotal = fig.carriedOver + fig.receivedNew;
  fig.onTimeRate = ratio(fig.resolvedEarly + fig.resolvedOnTime, fig.resolved);
  fig.averageWorkingDays = fig.resolved > 0 ? minutes / fig.resolved / perDay : null;
  fig.late = fig.resolvedLate + fig.inProgressOverdue;
  fig.lateApologised = fig.resolvedLateApologised + fig.inProgressOverdueApologised;
  fig.lateApologisedRate = ratio(fig.lateApologised, fig.late);
  fig.onlineRate = ratio(fig.byChannel.online, fig.receivedNew);
  fig.digitisedRate = ratio(fig.digitised, fig.receivedNew);
  fig.satisfiedRate = ratio(fig.ratings['very-satisfied'] + fig.ratings.satisfied, fig.rated);
  return fig;
}

interface Acc {
  key: string;
  name: string;
  fig: Figures;
  minutes: { sum: number };
  /** For a field-and-procedure pair: the field's name. */
  fieldName?: string;
}

/** Adds the counts of `from` to `to` (rates are computed once all is summed, by `finish`). */
function sumInto(to: Acc, from: Acc): void {
  const a = to.fig;
  const b = from.fig;
  for (const k of COUNT_KEYS) a[k] += b[k];
  for (const c of CHANNELS) a.byChannel[c] += b.byChannel[c];
  for (const m of RETURN_METHODS) a.returnedBy[m] += b.returnedBy[m];
  for (const l of SATISFACTION_LEVELS) a.ratings[l] += b.ratings[l];
  to.minutes.sum += from.minutes.sum;
}

/** The plain counts of Figures that `addTo` increments. */
const COUNT_KEYS = [
  'carriedOver',
  'receivedNew',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'resolvedLateApologised',
  'refused',
  'inProgress',
  'inProgressWithin',
  'inProgressOverdue',
  'inProgressOverdueApologised',
  'overdueUnapologised',
  'withdrawn',
  'withdrawnStopped',
  'returned',
  'digitised',
  'rated',
] as const satisfies readonly (keyof Figures)[];

function acc(map: Map<string, Acc>, key: string, name: string): Acc {
  let a = map.get(key);
  if (!a) {
    a = { key, name, fig: emptyFigures(), minutes: { sum: 0 } };
    map.set(key, a);
  }
  return a;
}

/** The report of a period over the facts of the desk's (or the province's) dossiers. */
export function computeReport(facts: Iterable<DossierFacts>, period: Period, opts: ReportOptions): Report {
  const { start, end } = periodBounds(period);
  const asOf = reportInstant(period, opts.now);
  const perDay = minutesPerWorkingDay(opts.cal);
  const total: Acc = { key: '', name: '', fig: emptyFigures(), minutes: { sum: 0 } };
  const fields = new Map<string, Acc>();
  const procedures = new Map<string, Acc>();
  const pairs = new Map<string, Map<string, Acc>>();
  const clock = new OfficeClock(opts.cal, asOf);
  const c: FactClass = { ...OUTSIDE_BALANCE };
  const months = monthsOf(period);
  // Each month's first instant, to place an instant in its month without making date strings.
  const monthStarts = months.map((m) => periodBounds({ kind: 'month', from: `${m}-01`, to: `${m}-01` }).start);
  const monthOf = (t: number): number => {
    if (t < start || t >= end) return -1;
    let i = monthStarts.length - 1;
    while (i > 0 && t < monthStarts[i]!) i--;
    return i;
  };
  const monthly = months.map(() => ({ received: 0, resolved: 0, onTime: 0 }));
  const ages: AgeBucket[] = OVERDUE_AGES.map((a) => ({ ...a, count: 0 }));

  for (const f of facts) {
    if (!classifyInto(c, f, start, end, asOf, clock)) continue;
    // Counted once, per field and procedure; the field rows, the procedure rows and the total
    // are sums of these (a year holds a few hundred pairs and 50,000 dossiers).
    let byProc = pairs.get(f.fieldCode ?? '');
    if (!byProc) pairs.set(f.fieldCode ?? '', (byProc = new Map()));
    const pair = acc(byProc, f.procedureCode, f.procedureName);
    pair.fieldName = f.fieldName;
    addTo(pair.fig, c, f, pair.minutes);
    if (c.receivedNew) {
      const i = monthOf(f.receivedAt);
      if (i >= 0) monthly[i]!.received++;
    }
    if (c.resolved && f.resolvedAt !== null) {
      const i = monthOf(f.resolvedAt);
      if (i >= 0) {
        monthly[i]!.resolved++;
        if (c.resolved !== 'late') monthly[i]!.onTime++;
      }
    }
    if (c.inProgress === 'overdue') {
      const days = c.overdueWorkingDays ?? 0;
      const bucket = ages.find((a) => days >= a.from && (a.to === null || days <= a.to));
      if (bucket) bucket.count++;
    }
  }

  for (const [fieldCode, byProc] of pairs) {
    for (const pair of byProc.values()) {
      sumInto(total, pair);
      sumInto(acc(fields, fieldCode, pair.fieldName ?? ''), pair);
      sumInto(acc(procedures, pair.key, pair.name), pair);
    }
  }
  const rows = (map: Map<string, Acc>): ReportRow[] =>
    [...map.values()].map((a) => ({ key: a.key, name: a.name, figures: finish(a.fig, a.minutes.sum, perDay) }));
  const byField = rows(fields).sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)) || a.name.localeCompare(b.name, 'vi'));
  const byProcedure = rows(procedures).sort(
    (a, b) => b.figures.receivedTotal - a.figures.receivedTotal || a.name.localeCompare(b.name, 'vi') || a.key.localeCompare(b.key),
  );
  const totalFig = finish(total.fig, total.minutes.sum, perDay);
  const monthPoints: MonthPoint[] = months.map((month, i) => ({
    month,
    received: monthly[i]!.received,
    resolved: monthly[i]!.resolved,
    onTimeRate: ratio(monthly[i]!.onTime, monthly[i]!.resolved),
  }));
  return { period, asOf, total: totalFig, byField, byProcedure, monthly: monthPoints, overdueByAge: ages, estimates766: estimates(totalFig) };
}

/**
 * Decision 766 components this data supports, each as its maximum points times one share — an
 * estimate (the portal's formulas are to confirm, DOMAIN.md §8). Transparency (synced to the
 * national portal) and online payment have no data at the desk: null.
 */
export function estimates(fig: Figures): Estimate766[] {
  const basis: Record<Estimate766['key'], number | null> = {
    transparency: null,
    progress: fig.onTimeRate,
    online: fig.onlineRate,
    payment: null,
    digitisation: fig.digitisedRate,
    satisfaction: fig.satisfiedRate,
  };
  return DECISION_766.map(({ key, maxPoints }) => {
    const b = basis[key];
    return { key, maxPoints, basis: b, points: b === null ? null : Math.round(b * maxPoints * 10) / 10 };
  });
}

/** Whether a classified dossier is counted in the figure `key`. */
export function countsIn(key: FigureKey, c: FactClass, f: DossierFacts): boolean {
  switch (key) {
    case 'carriedOver':
      return c.carriedOver;
    case 'receivedNew':
      return c.receivedNew;
    case 'receivedTotal':
      return c.carriedOver || c.receivedNew;
    case 'byChannel.desk':
    case 'byChannel.online':
    case 'byChannel.postal':
      return c.receivedNew && f.channel === key.slice('byChannel.'.length);
    case 'resolved':
      return c.resolved !== null;
    case 'resolvedEarly':
      return c.resolved === 'early';
    case 'resolvedOnTime':
      return c.resolved === 'on-time';
    case 'resolvedLate':
      return c.resolved === 'late';
    case 'resolvedLateApologised':
      return c.resolved === 'late' && c.apologised;
    case 'refused':
      return c.resolved !== null && f.refused;
    case 'inProgress':
      return c.inProgress !== null;
    case 'inProgressWithin':
      return c.inProgress === 'within';
    case 'inProgressOverdue':
      return c.inProgress === 'overdue';
    case 'inProgressOverdueApologised':
      return c.inProgress === 'overdue' && c.apologised;
    case 'overdueUnapologised':
      return c.inProgress === 'overdue' && !c.apologised;
    case 'withdrawn':
      return c.withdrawn;
    case 'returned':
      return c.returned && f.returnMethod !== null;
    case 'late':
      return c.resolved === 'late' || c.inProgress === 'overdue';
    case 'lateApologised':
      return (c.resolved === 'late' || c.inProgress === 'overdue') && c.apologised;
    case 'digitised':
      return c.receivedNew && f.digitised;
    case 'rated':
      return c.rated;
    case 'overdueAge.0':
    case 'overdueAge.1':
    case 'overdueAge.2':
    case 'overdueAge.3': {
      const age = OVERDUE_AGES[Number(key.slice('overdueAge.'.length))]!;
      const days = c.overdueWorkingDays;
      return c.inProgress === 'overdue' && days !== null && days >= age.from && (age.to === null || days <= age.to);
    }
    case 'rating.very-satisfied':
    case 'rating.satisfied':
    case 'rating.acceptable':
    case 'rating.not-satisfied':
      return c.rated && f.rating === key.slice('rating.'.length);
  }
}

/**
 * The dossiers behind a figure of the report (the drill-down), narrowed to a field or procedure
 * row when `scope` says so, in order of receipt. Counted by the same `classifyFacts` as the report.
 */
export function factsBehind(facts: Iterable<DossierFacts>, period: Period, key: FigureKey, scope: FigureScope, opts: ReportOptions): DossierFacts[] {
  const { start, end } = periodBounds(period);
  const asOf = reportInstant(period, opts.now);
  const clock = new OfficeClock(opts.cal, asOf);
  const c: FactClass = { ...OUTSIDE_BALANCE };
  const out: DossierFacts[] = [];
  for (const f of facts) {
    if (scope.procedureCode !== undefined && f.procedureCode !== scope.procedureCode) continue;
    if (scope.fieldCode !== undefined && (f.fieldCode ?? '') !== (scope.fieldCode ?? '')) continue;
    if (classifyInto(c, f, start, end, asOf, clock) && countsIn(key, c, f)) out.push(f);
  }
  return out.sort((a, b) => a.receivedAt - b.receivedAt || a.code.localeCompare(b.code));
}
