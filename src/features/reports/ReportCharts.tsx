/**
 * The report's charts, drawn after the figures: chart.js is fetched only here, on first use (its
 * own chunk, never in the first screen's), with only the bar chart's parts registered. Every
 * chart has its numbers in words for screen readers (aria-label), and animation is off, so a chart
 * is finished when it is made: `onDrawn` then means drawn.
 */
import { useEffect, useRef, useState } from 'react';
import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { formatNumber } from '../../app/format';
import { useT, type Translate } from '../../app/i18n';
import type { Language } from '../../app/uiState';
import type { FigureKey, FigureScope, Report } from '../../domain/statistics';
import { formatPercent, monthLabel } from './reportFormat';

type BarConfig = ChartConfiguration<'bar', number[], string>;

interface ChartSpec {
  id: 'trend' | 'on-time' | 'age';
  title: string;
  alt: string;
  /** Shown instead of a chart when there is nothing to draw. */
  empty?: string;
  height: number;
  config: BarConfig;
  /** What a click on bar `index` (of dataset `dataset`) lists, if anything. */
  drill?: (index: number, dataset: number) => { key: FigureKey; scope: FigureScope } | null;
}

const COLORS = { received: '#0b57b3', resolved: '#1a7f37', rate: '#1a7f37', overdue: '#b42318' };

function ageLabel(from: number, to: number | null, t: Translate): string {
  return to === null ? t('reports.charts.ageMore', { from }) : t('reports.charts.ageRange', { from, to });
}

export function chartSpecs(report: Report, t: Translate, language: Language, fieldName: (key: string, name: string) => string): ChartSpec[] {
  const n = (x: number) => formatNumber(x, language);
  const base = { animation: false as const, responsive: true, maintainAspectRatio: false };
  const months = report.monthly;
  const fields = report.byField.filter((r) => r.figures.onTimeRate !== null);
  const ages = report.overdueByAge;
  return [
    {
      id: 'trend',
      title: t('reports.charts.trend'),
      alt: t('reports.charts.trendAlt', {
        items: months.map((m) => t('reports.charts.trendItem', { month: monthLabel(m.month), received: n(m.received), resolved: n(m.resolved) })).join('; '),
      }),
      height: 260,
      config: {
        type: 'bar',
        data: {
          labels: months.map((m) => monthLabel(m.month)),
          datasets: [
            { label: t('reports.charts.receivedSeries'), data: months.map((m) => m.received), backgroundColor: COLORS.received },
            { label: t('reports.charts.resolvedSeries'), data: months.map((m) => m.resolved), backgroundColor: COLORS.resolved },
          ],
        },
        options: { ...base, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      },
    },
    {
      id: 'on-time',
      title: t('reports.charts.onTime'),
      alt: t('reports.charts.onTimeAlt', { items: fields.map((r) => `${fieldName(r.key, r.name)} ${formatPercent(r.figures.onTimeRate, language)}`).join('; ') }),
      ...(fields.length === 0 ? { empty: t('reports.charts.onTimeNone') } : {}),
      height: Math.max(140, 60 + fields.length * 34),
      config: {
        type: 'bar',
        data: {
          labels: fields.map((r) => fieldName(r.key, r.name)),
          datasets: [{ label: t('reports.charts.onTimeSeries'), data: fields.map((r) => Math.round((r.figures.onTimeRate ?? 0) * 1000) / 10), backgroundColor: COLORS.rate }],
        },
        options: { ...base, indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 100 } } },
      },
      drill: (i) => {
        const row = fields[i];
        return row ? { key: 'resolvedLate', scope: { fieldCode: row.key } } : null;
      },
    },
    {
      id: 'age',
      title: t('reports.charts.age'),
      alt: t('reports.charts.ageAlt', { items: ages.map((a) => `${ageLabel(a.from, a.to, t)}: ${n(a.count)}`).join('; ') }),
      height: 220,
      config: {
        type: 'bar',
        data: {
          labels: ages.map((a) => ageLabel(a.from, a.to, t)),
          datasets: [{ label: t('reports.charts.ageSeries'), data: ages.map((a) => a.count), backgroundColor: COLORS.overdue }],
        },
        options: { ...base, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      },
      drill: (i) => ({ key: `overdueAge.${i}` as FigureKey, scope: {} }),
    },
  ];
}

/** chart.js with only what the bar charts use: the rest of it is left out of the chunk. */
async function loadChartJs(): Promise<typeof ChartJs> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
  return Chart;
}

interface ReportChartsProps {
  report: Report;
  language: Language;
  fieldName: (key: string, name: string) => string;
  /** All charts are drawn (or there was nothing to draw). */
  onDrawn: () => void;
  onDrill: (key: FigureKey, scope: FigureScope) => void;
}

export function ReportCharts({ report, language, fieldName, onDrawn, onDrill }: ReportChartsProps) {
  const t = useT();
  const specs = chartSpecs(report, t, language, fieldName);
  const canvases = useRef(new Map<string, HTMLCanvasElement>());
  const [failed, setFailed] = useState(false);
  // Which data the charts on screen were drawn from: another one is still being drawn.
  const [drawnFor, setDrawnFor] = useState<string | null>(null);
  // The latest callbacks, without drawing the charts again when only they change.
  const latest = useRef({ onDrawn, onDrill, specs });
  useEffect(() => {
    latest.current = { onDrawn, onDrill, specs };
  });
  const signature = JSON.stringify(specs.map((s) => [s.config.data, s.empty ?? '']));
  const drawing = drawnFor !== signature;

  useEffect(() => {
    let cancelled = false;
    const charts: ChartJs[] = [];
    loadChartJs()
      .then((Chart) => {
        if (cancelled) return;
        for (const spec of latest.current.specs) {
          const canvas = canvases.current.get(spec.id);
          if (!canvas || spec.empty) continue;
          const drill = spec.drill;
          const config: BarConfig = {
            ...spec.config,
            options: {
              ...spec.config.options,
              ...(drill
                ? {
                    // A bar that lists its dossiers shows a hand, like a link.
                    onHover: (_event, elements) => {
                      canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
                    },
                    onClick: (_event, elements) => {
                      const hit = elements[0];
                      const target = hit ? drill(hit.index, hit.datasetIndex) : null;
                      if (target) latest.current.onDrill(target.key, target.scope);
                    },
                  }
                : {}),
            },
          };
          charts.push(new Chart(canvas, config));
        }
        setDrawnFor(signature);
        // Drawn synchronously (no animation); the frame after is when it is on screen.
        requestAnimationFrame(() => {
          if (!cancelled) latest.current.onDrawn();
        });
      })
      .catch((error: unknown) => {
        console.error('motcua: charts failed', error);
        if (!cancelled) {
          setFailed(true);
          setDrawnFor(signature);
        }
      });
    return () => {
      cancelled = true;
      for (const c of charts) c.destroy();
    };
  }, [signature]);

  return (
    <div className="report-charts">
      {failed && (
        <p className="banner banner-warn" role="status">
          {t('reports.charts.failed')}
        </p>
      )}
      {drawing && !failed && (
        <p className="muted" role="status">
          {t('reports.charts.loading')}
        </p>
      )}
      {specs.map((spec) => (
        <figure key={spec.id} className="report-chart" data-chart={spec.id}>
          <figcaption>{spec.title}</figcaption>
          {spec.empty ? (
            <p className="muted">{spec.empty}</p>
          ) : (
            <div className="report-chart-box" style={{ height: spec.height }}>
              <canvas
                ref={(el) => {
                  if (el) canvases.current.set(spec.id, el);
                  else canvases.current.delete(spec.id);
                }}
                role="img"
                aria-label={`${spec.title}. ${spec.alt}`}
              >
                {spec.alt}
              </canvas>
            </div>
          )}
        </figure>
      ))}
    </div>
  );
}
