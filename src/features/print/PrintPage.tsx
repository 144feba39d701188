/**
 * The print preview (/in/*): a toolbar that never prints, and the form laid out as it will print
 * on A4. Every form is built from what is on the device (the dossier's history, the visits, the
 * settings), so printing works offline. Addresses: paths.ts.
 */
// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { DateInput } from '../../app/DateInput';
import { useT, type Translate } from '../../app/i18n';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useDeskSettings, useNow } from '../../app/useDesk';
import { addDays, epochDay, isValidDate, makeDate, parseDate, vnDate } from '../../domain/calendar/vnTime';
import type { DeskSettings } from '../../domain/deskSettings';
import { trackingBookEntries } from '../../store/trackingBook';
import { ExportButtons } from '../export';
import { trackingBookTable } from '../export/tables/trackingBook';
import { ApologyForm } from './forms/ApologyForm';
import { ControlSheetForm } from './forms/ControlSheetForm';
import { GuidanceForm } from './forms/GuidanceForm';
import { ReceiptForm } from './forms/ReceiptForm';
import { RefusalForm } from './forms/RefusalForm';
import { StopForm } from './forms/StopForm';
import { formTitle, regimeOn, type FormKind, type FormRegime, type FormTitle } from './forms/titles';
import { TrackingBookForm } from './forms/TrackingBookForm';
import { isEvent, useDossierRecord, useVisitRecord, type DossierRecord } from './printData';
import './print.css';

export function PrintPage() {
  const t = useT();
  return (
    <div className="print-page">
      <Routes>
        <Route path="tiep-nhan/:dossierId" element={<DossierFormRoute kind="receipt" />} />
        <Route path="bo-sung/:dossierId/:eventId" element={<DossierFormRoute kind="supplement" />} />
        <Route path="tu-choi-ho-so/:dossierId" element={<DossierFormRoute kind="refusal" />} />
        <Route path="xin-loi/:dossierId" element={<DossierFormRoute kind="apology" />} />
        <Route path="dung/:dossierId" element={<DossierFormRoute kind="stop" />} />
        <Route path="kiem-soat/:dossierId" element={<DossierFormRoute kind="controlSheet" />} />
        <Route path="huong-dan/:visitId" element={<VisitFormRoute kind="supplement" />} />
        <Route path="tu-choi/:visitId" element={<VisitFormRoute kind="refusal" />} />
        <Route path="so-theo-doi" element={<TrackingBookRoute />} />
        <Route path="*" element={<Frame fallback="/" message={t('print.unknownForm')} />} />
      </Routes>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The frame: toolbar (screen only) and the sheet
// ---------------------------------------------------------------------------------------------

interface FrameProps {
  /** Where "Quay lại" goes when the form was opened directly (no page to go back to). */
  fallback: string;
  form?: { title: FormTitle; regime: FormRegime; code?: string };
  settings?: DeskSettings;
  /** Shown instead of a form: unknown id, wrong kind of record, bad period. */
  message?: string;
  loading?: boolean;
  extra?: ReactNode;
  children?: ReactNode;
}

function Frame({ fallback, form, settings, message, loading = false, extra, children }: FrameProps) {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const ready = !!form && !message && !loading;

  // The browser's "Save as PDF" proposes the page title as the file name.
  const docTitle = form ? [`Mẫu số ${form.title.number}`, form.title.title, form.code].filter(Boolean).join(' - ') : null;
  useDocumentTitle(docTitle);

  return (
    <>
      <div className="print-toolbar" role="region" aria-label={t('print.toolbar')}>
        <div className="print-actions">
          <button
            type="button"
            className="secondary"
            // react-router marks the first entry of the tab 'default': a form opened in a new tab
            // has nowhere to go back to, so it goes to the dossier (or home) instead.
            onClick={() => (location.key === 'default' ? navigate(fallback) : navigate(-1))}
          >
            {t('print.back')}
          </button>
          <button
            type="button"
            onClick={(e) => {
              window.print();
              // The dialog is closed: what comes next (the next citizen's intake) takes the focus.
              e.currentTarget.closest('.print-toolbar')?.querySelector<HTMLElement>('[data-after-print]')?.focus();
            }}
            disabled={!ready}
          >
            {t('print.print')}
          </button>
          {form && (
            <span className="print-info">
              {t('print.formInfo', { form: `Mẫu số ${form.title.number}`, circular: form.title.circular })}
              {form.regime === 'tt01-2018' && ` (${t('print.oldRegime')})`}
            </span>
          )}
        </div>
        {settings && !settings.agencyName.trim() && (
          <p className="print-warn" role="status">
            {t('print.agencyMissing')} <Link to="/cai-dat">{t('print.openSettings')}</Link>
          </p>
        )}
        {extra}
      </div>
      <main id="main" className="print-main">
        {message ? (
          <p className="print-message" role="alert">
            {message}
          </p>
        ) : loading ? (
          <p className="print-message" role="status">
            {t('print.loading')}
          </p>
        ) : (
          children
        )}
      </main>
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Forms of a dossier
// ---------------------------------------------------------------------------------------------

type DossierFormKind = Exclude<FormKind, 'trackingBook'>;

/** The form for a dossier, or why there is none. */
function dossierForm(kind: DossierFormKind, settings: DeskSettings, dossier: DossierRecord, eventId: string, t: Translate): ReactNode | string {
  const r = dossier.received;
  const regime = r.terms.formRegime;
  const ref = { code: r.code, receivedAt: r.at };
  switch (kind) {
    case 'receipt':
      return <ReceiptForm settings={settings} dossier={dossier} />;
    case 'controlSheet':
      return <ControlSheetForm settings={settings} dossier={dossier} />;
    case 'supplement': {
      const e = dossier.events.filter(isEvent('supplement-requested')).find((x) => x.id === eventId);
      if (!e) return t('print.unknownEvent');
      return (
        <GuidanceForm
          settings={settings}
          form={formTitle('supplement', regime)}
          at={e.at}
          applicant={r.applicant}
          procedureName={r.terms.procedureName}
          items={e.items}
          reason={e.reason}
          officerName={e.officerName}
          dossier={ref}
        />
      );
    }
    case 'refusal': {
      const e = dossier.events.filter(isEvent('refused')).at(-1);
      if (!e) return t('print.notRefused');
      return (
        <RefusalForm
          settings={settings}
          form={formTitle('refusal', regime)}
          at={e.at}
          applicant={r.applicant}
          procedureName={r.terms.procedureName}
          reasons={e.reasons}
          officerName={e.officerName}
          dossier={ref}
        />
      );
    }
    case 'apology': {
      const e = dossier.events.find(isEvent('apologised'));
      return e ? <ApologyForm settings={settings} dossier={dossier} apology={e} /> : t('print.notApologised');
    }
    case 'stop': {
      const e = dossier.events.filter(isEvent('withdrawn')).find((x) => x.kind === 'stopped');
      return e ? <StopForm settings={settings} dossier={dossier} stop={e} /> : t('print.notStopped');
    }
  }
}

function DossierFormRoute({ kind }: { kind: DossierFormKind }) {
  const t = useT();
  const { dossierId = '', eventId = '' } = useParams();
  const load = useDossierRecord(dossierId);
  const fallback = `/ho-so/${encodeURIComponent(dossierId)}`;
  if (!load) return <Frame fallback={fallback} loading />;
  if (load.status === 'missing') return <Frame fallback="/ho-so" settings={load.settings} message={t('print.unknownDossier')} />;
  if (load.status === 'error') return <Frame fallback={fallback} settings={load.settings} message={t('print.badHistory', { message: load.message })} />;
  const r = load.dossier.received;
  const form = dossierForm(kind, load.settings, load.dossier, eventId, t);
  const regime = r.terms.formRegime;
  if (typeof form === 'string') return <Frame fallback={fallback} settings={load.settings} message={form} />;
  return (
    <Frame fallback={fallback} settings={load.settings} form={{ title: formTitle(kind, regime), regime, code: r.code }} extra={kind === 'receipt' && <Link to="/tiep-nhan?moi=1" className="button" data-after-print>{t('home.newDossier', { shortcut: 'Alt+N' })}</Link>}>
      {form}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------
// Forms of a visit (intake that ended without a dossier)
// ---------------------------------------------------------------------------------------------

function VisitFormRoute({ kind }: { kind: 'supplement' | 'refusal' }) {
  const t = useT();
  const { visitId = '' } = useParams();
  const load = useVisitRecord(visitId);
  const fallback = '/tiep-nhan';
  if (!load) return <Frame fallback={fallback} loading />;
  const { settings, visit } = load;
  if (!visit) return <Frame fallback={fallback} settings={settings} message={t('print.unknownVisit')} />;
  const expected = kind === 'supplement' ? 'guidance' : 'refusal';
  if (visit.outcome !== expected) {
    return <Frame fallback={fallback} settings={settings} message={t(kind === 'supplement' ? 'print.notGuidance' : 'print.notRefusalVisit')} />;
  }
  const regime = regimeOn(vnDate(visit.at));
  const title = formTitle(kind, regime);
  const common = {
    settings,
    form: title,
    at: visit.at,
    applicant: visit.applicant,
    procedureName: visit.procedureName,
    officerName: visit.officerName,
  };
  return (
    <Frame fallback={fallback} settings={settings} form={{ title, regime }}>
      {kind === 'supplement' ? <GuidanceForm {...common} items={visit.missing} reason={visit.reason} /> : <RefusalForm {...common} reasons={visit.reason} />}
    </Frame>
  );
}

// ---------------------------------------------------------------------------------------------
// The tracking book of a period
// ---------------------------------------------------------------------------------------------

/** A longer book is split: a year of a busy commune would be 60,000 rows in one page. */
const MAX_PERIOD_DAYS = 92;

type PeriodProblem = 'print.periodMissing' | 'print.periodInvalid' | 'print.periodReversed' | 'print.periodTooLong';

function periodProblem(from: string, to: string): PeriodProblem | null {
  if (!from || !to) return 'print.periodMissing';
  if (!isValidDate(from) || !isValidDate(to)) return 'print.periodInvalid';
  const days = epochDay(to) - epochDay(from) + 1;
  if (days < 1) return 'print.periodReversed';
  if (days > MAX_PERIOD_DAYS) return 'print.periodTooLong';
  return null;
}

/** The month of a date (YYYY-MM-DD): its first and last day. */
export function monthOf(date: string): { from: string; to: string } {
  const { year, month } = parseDate(date);
  const next = month === 12 ? makeDate(year + 1, 1, 1) : makeDate(year, month + 1, 1);
  return { from: makeDate(year, month, 1), to: addDays(next, -1) };
}

interface PeriodPickerProps {
  from: string;
  to: string;
  /** Today (YYYY-MM-DD): the quick choices are this month and the last. */
  today: string;
  onChange: (from: string, to: string) => void;
}

function PeriodPicker({ from, to, today, onChange }: PeriodPickerProps) {
  const t = useT();
  const [draft, setDraft] = useState(() => ({ from, to }));
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  const thisMonth = monthOf(today);
  const lastMonth = monthOf(addDays(thisMonth.from, -1));

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = periodProblem(draft.from, draft.to);
    setProblem(found);
    if (!found) onChange(draft.from, draft.to);
  }

  const describedBy = problem ? 'period-error' : undefined;
  return (
    <form className="print-period" onSubmit={submit} noValidate aria-label={t('print.period')}>
      <div className="field">
        <label htmlFor="period-from" className="field-label">
          {t('print.from')}
        </label>
        <DateInput
          id="period-from"
          value={draft.from}
          onChange={(value) => setDraft((d) => ({ ...d, from: value }))}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <div className="field">
        <label htmlFor="period-to" className="field-label">
          {t('print.to')}
        </label>
        <DateInput
          id="period-to"
          value={draft.to}
          onChange={(value) => setDraft((d) => ({ ...d, to: value }))}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <button type="submit">{t('print.show')}</button>
      <button type="button" className="secondary" onClick={() => onChange(thisMonth.from, thisMonth.to)}>
        {t('print.thisMonth')}
      </button>
      <button type="button" className="secondary" onClick={() => onChange(lastMonth.from, lastMonth.to)}>
        {t('print.lastMonth')}
      </button>
      {problem && (
        <p id="period-error" className="field-error" role="alert">
          {t(problem, { days: MAX_PERIOD_DAYS })}
        </p>
      )}
    </form>
  );
}

function TrackingBookRoute() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const today = vnDate(useNow());
  // Opened from the navigation without a period: this month, the book's usual page.
  const month = monthOf(today);
  const given = params.has('tu') || params.has('den');
  const from = given ? (params.get('tu') ?? '') : month.from;
  const to = given ? (params.get('den') ?? '') : month.to;
  const problem = periodProblem(from, to);
  const settings = useDeskSettings();
  const entries = useLiveQuery(() => (problem ? null : trackingBookEntries(from, to)), [from, to, problem]);
  const regime = regimeOn(isValidDate(to) ? to : today);

  const ready = !problem && !!settings && !!entries;
  const picker = (
    <>
      <PeriodPicker key={`${from}|${to}`} from={from} to={to} today={today} onChange={(tu, den) => setParams({ tu, den })} />
      {/* The same period and lines as the book on screen. */}
      <ExportButtons disabled={!ready} getTable={() => trackingBookTable({ entries: entries ?? [], from, to, agencyName: settings?.agencyName })} />
    </>
  );
  const frame = { fallback: '/', settings, extra: picker, form: { title: formTitle('trackingBook', regime), regime } };
  if (problem) return <Frame {...frame} message={t(problem, { days: MAX_PERIOD_DAYS })} />;
  if (!settings || !entries) return <Frame {...frame} loading />;
  return (
    <Frame {...frame}>
      <p className="print-info no-print" role="status">
        {t('print.bookCount', { count: entries.length })}
      </p>
      <TrackingBookForm settings={settings} from={from} to={to} entries={entries} />
    </Frame>
  );
}
