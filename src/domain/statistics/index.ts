/** The desk's statistics (DOMAIN.md §8, docs/statistics.md): pure, shared by the desk and the hub. */
export * from './types';
export { dossierFacts, appointmentAt, pauseAt } from './facts';
export { periodOf, customPeriod, shiftPeriod, periodBounds, monthsOf, periodLabelVi } from './period';
export {
  classifyFacts,
  computeReport,
  countsIn,
  emptyFigures,
  estimates,
  factsBehind,
  minutesPerWorkingDay,
  OfficeClock,
  reportInstant,
  resolutionTimeliness,
  DECISION_766,
  OVERDUE_AGES,
  RETURN_METHODS,
  SATISFACTION_LEVELS,
  type ReportOptions,
} from './report';
