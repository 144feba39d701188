/**
 * The desk's report (/bao-cao): received, resolved, in progress and the rest for a month, a
 * quarter, a year or a custom range, from the dossiers on this device (offline). The figures come
 * first as tables — every count opens the list of the dossiers behind it — and the charts after.
 * The period and the open list live in the address: a report can be linked and reloaded.
 */
// This screen's texts register themselves with i18n when this chunk loads (the drill-down shows
// the dossiers' statuses in the dossier screens' words).
import './messages';
import '../dossiers/messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { ExportButtons } from '../export';
import { reportToExportTable } from './reportExport';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DateInput } from '../../app/DateInput';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useT, type MessageKey, type Translate } from '../../app/i18n';
import { useUi, type Language } from '../../app/uiState';
import { useNow } from '../../app/useDesk';
import { formatDateVi, makeDate, parseDate, vnDate } from '../../domain/calendar/vnTime';
import {
  factsBehind,
  periodBounds,
  periodLabelVi,
  periodOf,
  shiftPeriod,
  customPeriod,
  type FigureKey,
  type FigureScope,
  type Period,
  type PeriodKind,
  type Report,
} from '../../domain/statistics';
import { dossierRowsByIds } from '../../store/statistics';
import { QUALITY_COLUMNS, RECEIVED_COLUMNS, type ColumnLabel, type ReportColumn } from './columns';
import { vi as viMessages } from './messages';
import { periodKey, useReport, type ReportData } from './reportData';
import { formatCell, formatPercent } from './reportFormat';
import { ReportCharts } from './ReportCharts';
import { ReportTable, type TableRow } from './ReportTable';
import { customProblem, MAX_CUSTOM_DAYS, periodFromParams, periodSearch, type PeriodProblem } from './periodParams';
import './reports.css';

/** Address parameters of the drill-down: the figure, and the row it was taken in. */
const DRILL = { figure: 'chi-tiet', field: 'linh-vuc', procedure: 'thu-tuc' } as const;

const FIGURE_KEYS = Object.keys(viMessages.figures) as FigureKey[];
const isFigureKey = (x: string | null): x is FigureKey => x !== null && (FIGURE_KEYS as string[]).includes(x);

/** The period in the interface's language: "Quý IV/2026" / "Q4/2026". */
export function periodLabel(p: Period, language: Language): string {
  if (language === 'vi') return periodLabelVi(p);
  const { year, month } = parseDate(p.from);
  switch (p.kind) {
    case 'month':
      return `${month}/${year}`;
    case 'quarter':
      return `Q${Math.floor((month - 1) / 3) + 1}/${year}`;
    case 'year':
      return String(year);
    default:
      return `${formatDateVi(p.from)} – ${formatDateVi(p.to)}`;
  }
}

const labelOf = (t: Translate) => (l: ColumnLabel) => t(l.startsWith('levels.') ? (`reports.${l}` as MessageKey) : (`reports.col.${l}` as MessageKey));

function drillParams(key: FigureKey, scope: FigureScope): Record<string, string> {
  const out: Record<string, string> = { [DRILL.figure]: key };
  if (scope.procedureCode !== undefined) out[DRILL.procedure] = scope.procedureCode;
  else if (scope.fieldCode !== undefined) out[DRILL.field] = scope.fieldCode ?? '';
  return out;
}

function drillFromParams(params: URLSearchParams): { key: FigureKey; scope: FigureScope } | 'unknown' | null {
  const key = params.get(DRILL.figure);
  if (key === null) return null;
  if (!isFigureKey(key)) return 'unknown';
  const procedure = params.get(DRILL.procedure);
  const field = params.get(DRILL.field);
  return { key, scope: procedure !== null ? { procedureCode: procedure } : field !== null ? { fieldCode: field } : {} };
}

// ---------------------------------------------------------------------------------------------
// The period picker
// ---------------------------------------------------------------------------------------------

interface Draft {
  kind: PeriodKind;
  year: string;
  month: string;
  quarter: string;
  from: string;
  to: string;
}

function draftOf(p: Period): Draft {
  const { year, month } = parseDate(p.from);
  return {
    kind: p.kind,
    year: String(year),
    month: String(month),
    quarter: String(Math.floor((month - 1) / 3) + 1),
    from: p.from,
    to: p.to,
  };
}

type PickerProblem = PeriodProblem | 'yearInvalid';

function periodOfDraft(d: Draft): Period | PickerProblem {
  if (d.kind === 'custom') return customProblem(d.from, d.to) ?? customPeriod(d.from, d.to);
  if (!/^\d{4}$/.test(d.year.trim()) || Number(d.year) < 1900) return 'yearInvalid';
  const year = Number(d.year);
  if (d.kind === 'year') return periodOf('year', makeDate(year, 1, 1));
  if (d.kind === 'quarter') return periodOf('quarter', makeDate(year, Number(d.quarter) * 3 - 2, 1));
  return periodOf('month', makeDate(year, Number(d.month), 1));
}

function PeriodPicker({ period, onChange }: { period: Period; onChange: (p: Period) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(period));
  const [problem, setProblem] = useState<PickerProblem | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = periodOfDraft(draft);
    if (typeof result === 'string') {
      setProblem(result);
      return;
    }
    setProblem(null);
    onChange(result);
  }

  const invalid = problem ? { 'aria-invalid': true as const, 'aria-describedby': 'report-period-error' } : {};
  return (
    <form className="report-period" onSubmit={submit} noValidate aria-label={t('reports.period')}>
      <div className="field">
        <label htmlFor="report-kind" className="field-label">
          {t('reports.kind')}
        </label>
        <select id="report-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as PeriodKind })}>
          {(['month', 'quarter', 'year', 'custom'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`reports.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'month' && (
        <div className="field">
          <label htmlFor="report-month" className="field-label">
            {t('reports.month')}
          </label>
          <select id="report-month" value={draft.month} onChange={(e) => set({ month: e.target.value })}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i} value={String(i + 1)}>
                {i + 1}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind === 'quarter' && (
        <div className="field">
          <label htmlFor="report-quarter" className="field-label">
            {t('reports.quarter')}
          </label>
          <select id="report-quarter" value={draft.quarter} onChange={(e) => set({ quarter: e.target.value })}>
            {['I', 'II', 'III', 'IV'].map((roman, i) => (
              <option key={roman} value={String(i + 1)}>
                {roman}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.kind !== 'custom' && (
        <div className="field report-year">
          <label htmlFor="report-year" className="field-label">
            {t('reports.year')}
          </label>
          <input
            id="report-year"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={draft.year}
            onChange={(e) => set({ year: e.target.value.replace(/\D/g, '') })}
            {...(problem === 'yearInvalid' ? invalid : {})}
          />
        </div>
      )}
      {draft.kind === 'custom' && (
        <>
          <div className="field report-date">
            <label htmlFor="report-from" className="field-label">
              {t('reports.from')}
            </label>
            <DateInput id="report-from" value={draft.from} onChange={(value) => set({ from: value })} {...(problem && problem !== 'yearInvalid' ? invalid : {})} />
          </div>
          <div className="field report-date">
            <label htmlFor="report-to" className="field-label">
              {t('reports.to')}
            </label>
            <DateInput id="report-to" value={draft.to} onChange={(value) => set({ to: value })} {...(problem && problem !== 'yearInvalid' ? invalid : {})} />
          </div>
        </>
      )}
      <button type="submit">{t('reports.show')}</button>
      {problem && (
        <p id="report-period-error" className="field-error" role="alert">
          {t(`reports.${problem}`, { days: formatNumber(MAX_CUSTOM_DAYS, 'vi') })}
        </p>
      )}
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------------------------

function tableRows(report: Report, t: Translate, by: 'field' | 'procedure', fieldName: (key: string, name: string) => string): TableRow[] {
  const total: TableRow = { id: 'total', name: t('reports.total'), scope: {}, figures: report.total, total: true };
  if (by === 'field') {
    return [total, ...report.byField.map((r) => ({ id: `f:${r.key}`, name: fieldName(r.key, r.name), scope: { fieldCode: r.key }, figures: r.figures }))];
  }
  return [total, ...report.byProcedure.map((r) => ({ id: `p:${r.key}`, name: r.name, code: r.key, scope: { procedureCode: r.key }, figures: r.figures }))];
}

interface FiguresProps {
  report: Report;
  period: Period;
  language: Language;
  fieldName: (key: string, name: string) => string;
}

function Figures({ report, period, language, fieldName }: FiguresProps) {
  const t = useT();
  const label = labelOf(t);
  const cell = (c: ReportColumn, row: TableRow, value: number | null): ReactNode => {
    const text = formatCell(c, value, language);
    if (!c.figure || value === null || value === 0) return text;
    // A plain link: a year's tables hold a few thousand counts, and the router's <Link> costs
    // hooks and a handler each. One handler on the section (below) follows them in the app.
    return (
      <a className="report-count" href={`/bao-cao${periodSearch(period, drillParams(c.figure, row.scope))}`} aria-label={t('reports.figureLink', { count: text, figure: t(`reports.figures.${c.figure}`), scope: row.name })}>
        {text}
      </a>
    );
  };
  const navigate = useNavigate();
  /** A plain click on a count opens its list in the app, without loading the page again. */
  const follow = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as HTMLElement).closest('a.report-count');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(link.getAttribute('href')!);
  };
  const byField = tableRows(report, t, 'field', fieldName);
  const byProcedure = tableRows(report, t, 'procedure', fieldName);
  // The totals and fields first (the first screen); the procedures' tables, four times as many
  // cells and below the fold, in the next frame, so that the figures do not wait for them.
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (later) {
      performance.mark('motcua:report-tables');
      return;
    }
    const frame = requestAnimationFrame(() => setTimeout(() => setLater(true)));
    return () => cancelAnimationFrame(frame);
  }, [later]);
  // The title stays above the frame that scrolls sideways (a caption would scroll away with it).
  const table = (caption: string, rowHeader: string, columns: readonly ReportColumn[], rows: TableRow[], testId: string) => (
    <>
      <h3 className="report-table-title" id={`${testId}-title`}>
        {caption}
      </h3>
      <div className="report-scroll" role="region" aria-labelledby={`${testId}-title`} tabIndex={0}>
        <ReportTable caption={caption} rowHeader={rowHeader} columns={columns} rows={rows} label={label} cell={cell} testId={testId} hideCaption />
      </div>
    </>
  );
  return (
    <div onClick={follow}>
      <p className="muted report-scroll-hint">{t('reports.scrollHint')}</p>
      <section aria-labelledby="report-by-field">
        <h2 id="report-by-field">{t('reports.sections.byField')}</h2>
        {table(t('reports.tableReceived', { scope: t('reports.sections.byField') }), t('reports.col.row'), RECEIVED_COLUMNS, byField, 'report-by-field')}
        {table(t('reports.tableQuality', { scope: t('reports.sections.byField') }), t('reports.col.row'), QUALITY_COLUMNS, byField, 'report-quality-by-field')}
      </section>
      <section aria-labelledby="report-by-procedure" className="report-later" aria-busy={!later}>
        <h2 id="report-by-procedure">{t('reports.sections.byProcedure')}</h2>
        {later ? (
          <>
            {table(t('reports.tableReceived', { scope: t('reports.sections.byProcedure') }), t('reports.col.rowProcedure'), RECEIVED_COLUMNS, byProcedure, 'report-by-procedure')}
            {table(t('reports.tableQuality', { scope: t('reports.sections.byProcedure') }), t('reports.col.rowProcedure'), QUALITY_COLUMNS, byProcedure, 'report-quality-by-procedure')}
          </>
        ) : (
          <p className="muted">{t('reports.loading')}</p>
        )}
      </section>
      <Estimates report={report} language={language} />
    </div>
  );
}

/** The tables are the screen's bulk (a year: a hundred procedures × thirty columns): drawn again only when what they show changes, not on every tick of the clock. */
const FiguresOnce = memo(
  Figures,
  (a, b) => a.report === b.report && periodKey(a.period) === periodKey(b.period) && a.language === b.language && a.fieldName === b.fieldName,
);

function Estimates({ report, language }: { report: Report; language: Language }) {
  const t = useT();
  return (
    <section aria-labelledby="report-766" className="report-estimates">
      <h2 id="report-766">{t('reports.sections.estimates')}</h2>
      <p className="report-estimate-note" role="note">
        {t('reports.estimates.note')}
      </p>
      <div className="report-scroll">
        <table className="report-table report-766" data-testid="report-766">
          <caption>{t('reports.estimates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="report-rowhead">
                {t('reports.estimates.component')}
              </th>
              <th scope="col">{t('reports.estimates.basis')}</th>
              <th scope="col">{t('reports.estimates.points')}</th>
              <th scope="col">{t('reports.estimates.max')}</th>
            </tr>
          </thead>
          <tbody>
            {report.estimates766.map((e) => (
              <tr key={e.key} data-row={e.key}>
                <th scope="row" className="report-rowhead">
                  {t(`reports.estimates.keys.${e.key}`)}
                </th>
                <td className="report-num">{e.basis === null ? t('reports.estimates.noData') : formatPercent(e.basis, language)}</td>
                <td className="report-num">
                  {e.points === null ? t('reports.estimates.noData') : new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(e.points)}
                </td>
                <td className="report-num">{formatNumber(e.maxPoints, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// The drill-down: the dossiers behind a figure
// ---------------------------------------------------------------------------------------------

interface DrillProps {
  data: ReportData;
  figure: FigureKey;
  scope: FigureScope;
  scopeName: string;
  closeTo: string;
  language: Language;
}

function DrillDown({ data, figure, scope, scopeName, closeTo, language }: DrillProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Computed again only when the figure, the row or the data change (not on every render: a
  // year's facts are tens of thousands).
  const { fieldCode, procedureCode } = scope;
  const ids = useMemo(() => {
    const narrowed: FigureScope = procedureCode !== undefined ? { procedureCode } : fieldCode !== undefined ? { fieldCode } : {};
    return factsBehind(data.facts, data.report.period, figure, narrowed, data.opts).map((f) => f.id);
  }, [data, figure, fieldCode, procedureCode]);
  const idsKey = ids.join('|');
  const rows = useLiveQuery(async () => ({ key: idsKey, rows: await dossierRowsByIds(ids) }), [idsKey]);
  const shown = rows && rows.key === idsKey ? rows.rows : null;
  useEffect(() => {
    heading.current?.focus();
  }, [figure, fieldCode, procedureCode]);

  return (
    <section className="report-drill" aria-labelledby="report-drill-title" data-testid="report-drill">
      <div className="report-drill-head">
        <h2 id="report-drill-title" tabIndex={-1} ref={heading}>
          {t('reports.drill.title', { figure: t(`reports.figures.${figure}`), scope: scopeName })}
        </h2>
        <Link className="button secondary" to={closeTo} replace>
          {t('reports.drill.close')}
        </Link>
      </div>
      <p role="status" data-testid="report-drill-count">
        {t('reports.drill.count', { count: formatNumber(ids.length, language) })}
      </p>
      {ids.length === 0 ? (
        <p className="muted">{t('reports.drill.none')}</p>
      ) : (
        <div className="report-scroll">
          <table className="table report-drill-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.drill.code')}</th>
                <th scope="col">{t('reports.drill.applicant')}</th>
                <th scope="col">{t('reports.drill.procedure')}</th>
                <th scope="col">{t('reports.drill.received')}</th>
                <th scope="col">{t('reports.drill.due')}</th>
                <th scope="col">{t('reports.drill.status')}</th>
              </tr>
            </thead>
            <tbody>
              {shown === null ? (
                <tr>
                  <td colSpan={6}>{t('reports.loading')}</td>
                </tr>
              ) : (
                shown.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link className="code" to={`/ho-so/${encodeURIComponent(r.id)}`}>
                        {r.code}
                      </Link>
                    </td>
                    <td>{r.applicant.name}</td>
                    <td>{r.procedureName}</td>
                    <td className="nowrap">{formatDate(r.receivedAt)}</td>
                    <td className="nowrap">{formatDate(r.dueAt)}</td>
                    <td>{t(`dossiers.status.${r.status}`)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// The screen
// ---------------------------------------------------------------------------------------------

export function ReportsPage() {
  const t = useT();
  const language = useUi((s) => s.language);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = vnDate(useNow());
  const { period, bad } = periodFromParams(params, today);
  const key = periodKey(period);
  const load = useReport(period);
  const data = load && load.key === key && 'report' in load ? load : null;
  const error = load && load.key === key && 'error' in load ? load.error : null;
  const [chartsFor, setChartsFor] = useState<string | null>(null);

  const fieldName = useCallback((code: string, name: string) => (code === '' && !name.trim() ? t('reports.noField') : name), [t]);

  // The agreed marks (bench): the figures on screen, then every chart drawn.
  const figuresShown = data !== null;
  useEffect(() => {
    if (figuresShown) performance.mark('motcua:report-figures');
  }, [figuresShown, key]);
  // Charts drawn for this period and language (labels change with it: they are drawn again).
  const drawKey = `${key}|${language}`;
  const chartsDrawn = chartsFor === drawKey && figuresShown;
  const onDrawn = useCallback(() => {
    performance.mark('motcua:report-charts');
    setChartsFor(drawKey);
  }, [drawKey]);

  const go = (p: Period) => navigate({ search: periodSearch(p) });
  const drill = drillFromParams(params);
  const onDrill = useCallback(
    (figure: FigureKey, scope: FigureScope) => navigate({ search: periodSearch(period, drillParams(figure, scope)) }),
    [navigate, period],
  );

  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);
  const scopeName = (scope: FigureScope, report: Report): string => {
    if (scope.procedureCode !== undefined) return report.byProcedure.find((r) => r.key === scope.procedureCode)?.name ?? scope.procedureCode;
    if (scope.fieldCode !== undefined) {
      const row = report.byField.find((r) => r.key === scope.fieldCode);
      return row ? fieldName(row.key, row.name) : scope.fieldCode || t('reports.noField');
    }
    return t('reports.total');
  };

  return (
    <div
      className="page reports-page"
      data-report-ready={figuresShown ? 'true' : undefined}
      data-charts-ready={chartsDrawn ? 'true' : undefined}
      data-period={key}
    >
      <h1>{t('reports.title')}</h1>
      <p className="muted">{t('reports.intro')}</p>
      {bad && (
        <p className="banner banner-warn" role="status">
          {t('reports.badAddress')}
        </p>
      )}
      <PeriodPicker key={key} period={period} onChange={go} />
      <div className="report-nav">
        <Link className="button secondary" to={{ search: periodSearch(previous) }} aria-label={t('reports.previousLabel', { period: periodLabel(previous, language) })}>
          {t('reports.previous')}
        </Link>
        <p className="report-period-label" data-testid="report-period">
          {periodLabel(period, language)}
        </p>
        <Link className="button secondary" to={{ search: periodSearch(next) }} aria-label={t('reports.nextLabel', { period: periodLabel(next, language) })}>
          {t('reports.next')}
        </Link>
        <Link className="button report-print" to={`/in/bao-cao${periodSearch(period)}`}>
          {t('reports.print')}
        </Link>
        {data && <ExportButtons getTable={() => reportToExportTable(data.report, data.settings.agencyName)} />}
      </div>
      {error && (
        <p className="banner banner-error" role="alert">
          {t('reports.failed', { message: error })}
        </p>
      )}
      {!data && !error && (
        <p role="status" className="muted">
          {t('reports.loading')}
        </p>
      )}
      {data && (
        <>
          <p className="muted report-asof">
            {data.report.asOf >= periodBounds(period).end
              ? t('reports.asOfEnd', { date: formatDateVi(period.to) })
              : t('reports.asOf', { time: formatDateTime(data.report.asOf, language) })}
          </p>
          {drill === 'unknown' && (
            <p className="banner banner-warn" role="status">
              {t('reports.drill.unknownFigure')}
            </p>
          )}
          {drill && drill !== 'unknown' && (
            <DrillDown
              data={data}
              figure={drill.key}
              scope={drill.scope}
              scopeName={scopeName(drill.scope, data.report)}
              closeTo={periodSearch(period)}
              language={language}
            />
          )}
          {data.report.total.receivedTotal === 0 && data.report.total.returned === 0 && data.report.total.rated === 0 && (
            <p className="report-empty" role="status">
              {t('reports.empty')}
            </p>
          )}
          <FiguresOnce report={data.report} period={period} language={language} fieldName={fieldName} />
          <section aria-labelledby="report-charts">
            <h2 id="report-charts">{t('reports.sections.charts')}</h2>
            <ReportCharts report={data.report} language={language} fieldName={fieldName} onDrawn={onDrawn} onDrill={onDrill} />
          </section>
        </>
      )}
    </div>
  );
}
