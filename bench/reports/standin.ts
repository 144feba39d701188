/**
 * Bench-only stand-in for the reports screen, used by bench/reports.mjs while the app has no
 * /bao-cao screen (BENCH_MODE=standin, or automatically when the built app has no
 * 'motcua:report-figures' mark). Bundled by rolldown into /__bench/standin.js beside the built app
 * (same origin, so the same 'motcua' database) and imported by the app's own page.
 *
 * It does what the screen's data path must do for figures — read the settings' calendar, the
 * year's facts (loadStatFacts) and compute the report — with the app's own store and domain code,
 * but draws nothing: no React, no table, no charts. Its time is a lower bound of the screen's.
 */
import { rulesFor } from '../../src/domain/deskSettings';
import { computeReport, periodOf } from '../../src/domain/statistics';
import { readSettings } from '../../src/store/settings';
import { loadStatFacts } from '../../src/store/statistics';

export async function run(year: string) {
  const t0 = performance.now();
  const cal = rulesFor(await readSettings()).calendar;
  const period = periodOf('year', `${year}-01-01`);
  const facts = await loadStatFacts(period);
  const t1 = performance.now();
  const report = computeReport(facts, period, { now: Date.now(), cal });
  const t2 = performance.now();
  performance.mark('motcua:report-figures');
  return { facts: facts.length, loadMs: t1 - t0, computeMs: t2 - t1, total: report.total };
}
