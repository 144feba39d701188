/**
 * The periodic report on paper (/in/bao-cao?nam=2026): A4 landscape, the agency and the national
 * motto at the top like the desk's forms (print.css), the period in words, the tables of the
 * screen, the 766 estimates marked as such, and the signatures. Always in Vietnamese: it is the
 * commune's document, whatever language the officer reads the screen in.
 */
// The print preview's texts (toolbar) and this screen's register themselves with i18n.
import '../print/messages';
import './messages';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useNow } from '../../app/useDesk';
import { formatDateVi, formatTimeWordsVi, vnDate } from '../../domain/calendar/vnTime';
import { periodBounds, periodLabelVi, type Period, type Report } from '../../domain/statistics';
import type { DeskSettings } from '../../domain/deskSettings';
import { nfc, headSigner } from '../print/forms/wording';
import { SheetHead, SignatureBlock, Signatures } from '../print/forms/Sheet';
import { QUALITY_COLUMNS, RECEIVED_COLUMNS, type ReportColumn } from './columns';
import { viLabel } from './reportLabels';
import { vi as text } from './messages';
import { periodKey, useReport } from './reportData';
import { formatCell, formatPercent } from './reportFormat';
import { ReportTable, type TableRow } from './ReportTable';
import { periodFromParams, periodSearch } from './periodParams';
import '../print/print.css';
import './reportPrint.css';

export const REPORT_TITLE = 'Báo cáo tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính';

const upper = (s: string) => nfc(s).toLocaleUpperCase('vi');

const fieldNameVi = (code: string, name: string) => (code === '' && !name.trim() ? text.noField : nfc(name));

/** The rows of a printed table: the total first, then each field or procedure. */
export function printRows(report: Report, by: 'field' | 'procedure'): TableRow[] {
  const total: TableRow = { id: 'total', name: text.total, scope: {}, figures: report.total, total: true };
  const rows = by === 'field' ? report.byField : report.byProcedure;
  return [
    total,
    ...rows.map((r) => ({
      id: `${by}:${r.key}`,
      name: by === 'field' ? fieldNameVi(r.key, r.name) : nfc(r.name),
      ...(by === 'procedure' ? { code: r.key } : {}),
      scope: {},
      figures: r.figures,
    })),
  ];
}

/** "từ ngày 01/01/2026 đến ngày 31/12/2026" — the exact dates of a named period. */
function periodDates(p: Period): string {
  return `từ ngày ${formatDateVi(p.from)} đến ngày ${formatDateVi(p.to)}`;
}

export function ReportSheet({ report, settings, date }: { report: Report; settings: DeskSettings; date: number }) {
  const cell = (c: ReportColumn, _row: TableRow, value: number | null) => formatCell(c, value, 'vi');
  const { end } = periodBounds(report.period);
  const table = (caption: string, rowHeader: string, columns: readonly ReportColumn[], rows: TableRow[], testId: string) => (
    <ReportTable
      caption={caption}
      rowHeader={rowHeader}
      columns={columns}
      rows={rows}
      label={viLabel}
      cell={cell}
      className={`form-table report-print-table report-print-${columns === RECEIVED_COLUMNS ? 'received' : 'quality'}`}
      testId={testId}
    />
  );
  const byField = printRows(report, 'field');
  return (
    <article className="sheet sheet-landscape sheet-report" lang="vi" aria-labelledby="sheet-title" data-testid="print-sheet">
      <SheetHead settings={settings} date={date} />
      <h1 id="sheet-title" className="sheet-title">
        {upper(REPORT_TITLE)}
      </h1>
      <p className="sheet-subtitle" data-testid="report-period-words">
        Kỳ báo cáo: {periodLabelVi(report.period)}
        {report.period.kind !== 'custom' && ` (${periodDates(report.period)})`}
      </p>
      {report.asOf < end && <p className="sheet-subtitle">Số hồ sơ đang giải quyết tính đến {formatTimeWordsVi(report.asOf)}.</p>}
      <div className="sheet-body report-print-body">
        {table('I. Tình hình tiếp nhận và giải quyết hồ sơ theo lĩnh vực', 'Lĩnh vực', RECEIVED_COLUMNS, byField, 'print-by-field')}
        {table('II. Chất lượng giải quyết theo lĩnh vực', 'Lĩnh vực', QUALITY_COLUMNS, byField, 'print-quality-by-field')}
        {table('III. Tình hình tiếp nhận và giải quyết hồ sơ theo thủ tục', 'Thủ tục', RECEIVED_COLUMNS, printRows(report, 'procedure'), 'print-by-procedure')}
        <table className="form-table report-print-766" data-testid="print-766">
          <caption>IV. Chỉ số theo Quyết định 766/QĐ-TTg — ước tính, không phải điểm chính thức</caption>
          <thead>
            <tr>
              <th scope="col">Thành phần</th>
              <th scope="col">Tỷ lệ làm căn cứ</th>
              <th scope="col">Điểm ước tính</th>
              <th scope="col">Điểm tối đa</th>
            </tr>
          </thead>
          <tbody>
            {report.estimates766.map((e) => (
              <tr key={e.key}>
                <th scope="row">{text.estimates.keys[e.key]}</th>
                <td className="report-num">{e.basis === null ? text.estimates.noData : formatPercent(e.basis, 'vi')}</td>
                <td className="report-num">{e.points === null ? text.estimates.noData : e.points.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
                <td className="report-num">{formatNumber(e.maxPoints, 'vi')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="report-print-note">{text.estimates.note}</p>
        <div className="sheet-closing">
          <Signatures left={<SignatureBlock signer={{ role: 'Người lập biểu', name: settings.officerName }} />} right={{ role: headSigner(settings.agencyName), hint: 'Ký, ghi rõ họ tên và đóng dấu' }} />
        </div>
      </div>
    </article>
  );
}

export function ReportPrintPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const now = useNow();
  const { period } = periodFromParams(params, vnDate(now));
  const key = periodKey(period);
  const load = useReport(period);
  const data = load && load.key === key && 'report' in load ? load : null;
  const error = load && load.key === key && 'error' in load ? load.error : null;
  const screenPath = `/bao-cao${periodSearch(period)}`;

  // The browser's "Save as PDF" proposes the page title as the file name.
  useDocumentTitle(`Báo cáo ${periodLabelVi(period)}`);

  return (
    <div className="print-page" data-report-ready={data ? 'true' : undefined}>
      <div className="print-toolbar" role="region" aria-label={t('print.toolbar')}>
        <div className="print-actions">
          <button type="button" className="secondary" onClick={() => (location.key === 'default' ? navigate(screenPath) : navigate(-1))}>
            {t('print.back')}
          </button>
          <button type="button" onClick={() => window.print()} disabled={!data}>
            {t('print.print')}
          </button>
          <span className="print-info">{periodLabelVi(period)}</span>
        </div>
        {data && !data.settings.agencyName.trim() && (
          <p className="print-warn" role="status">
            {t('print.agencyMissing')} <Link to="/cai-dat">{t('print.openSettings')}</Link>
          </p>
        )}
      </div>
      <main id="main" className="print-main">
        {error ? (
          <p className="print-message" role="alert">
            {t('reports.failed', { message: error })}
          </p>
        ) : !data ? (
          <p className="print-message" role="status">
            {t('reports.loading')}
          </p>
        ) : (
          <ReportSheet report={data.report} settings={data.settings} date={data.opts.now} />
        )}
      </main>
    </div>
  );
}
