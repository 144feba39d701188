/**
 * What the report is made of: the facts of the dossiers that may count in the period, the desk's
 * settings (its calendar, its name for the header), and the report computed from them — all on
 * this device, so the report works offline.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkCalendar } from '../../domain/calendar/workCalendar';
import { rulesFor, type DeskSettings } from '../../domain/deskSettings';
import { computeReport, type DossierFacts, type Period, type Report, type ReportOptions } from '../../domain/statistics';
import { readSettings } from '../../store/settings';
import { loadStatFacts } from '../../store/statistics';

export interface ReportData {
  /** The period this was computed for (a stale result is recognised by it). */
  key: string;
  settings: DeskSettings;
  facts: DossierFacts[];
  opts: ReportOptions;
  report: Report;
}

export type ReportLoad = ReportData | { key: string; error: string };

export const periodKey = (p: Period) => `${p.kind}:${p.from}:${p.to}`;

export async function loadReport(period: Period): Promise<ReportData> {
  const t0 = performance.now();
  const [settings, facts] = await Promise.all([readSettings(), loadStatFacts(period)]);
  const t1 = performance.now();
  const cal: WorkCalendar = rulesFor(settings).calendar;
  const opts: ReportOptions = { now: Date.now(), cal };
  const report = computeReport(facts, period, opts);
  // Where the time goes (read by bench/reports.mjs).
  performance.measure('motcua:report-read', { start: t0, end: t1 });
  performance.measure('motcua:report-count', { start: t1 });
  return { key: periodKey(period), settings, facts, opts, report };
}

/**
 * The report of `period`, computed again when a dossier changes (live); undefined while the first
 * one is computed. A failure comes back as a message, not as a broken screen.
 */
export function useReport(period: Period): ReportLoad | undefined {
  const key = periodKey(period);
  return useLiveQuery(
    async (): Promise<ReportLoad> => {
      try {
        return await loadReport(period);
      } catch (error) {
        return { key, error: error instanceof Error ? error.message : String(error) };
      }
    },
    // The period is fully described by its key.
    [key],
  );
}
