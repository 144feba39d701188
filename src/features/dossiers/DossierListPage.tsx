/**
 * The full dossier list. Every filter lives in the address (reload and "back" keep it; the home
 * screen's counters link here with ?hang-doi=…). Only the rows on screen exist in the page and
 * only their records are read, so 100,000 dossiers scroll as smoothly as 100.
 */
// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateInput } from '../../app/DateInput';
import { formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { useUi } from '../../app/uiState';
import { useAddressText } from '../../app/useAddressText';
import { useDeskRules, useDeskSettings, useNow } from '../../app/useDesk';
import type { DeskRules } from '../../domain/deskSettings';
import type { DossierStatus } from '../../domain/dossier/state';
import {
  dossierListIds,
  dossierProcedures,
  dossierRows,
  isQueueName,
  QUEUE_NAMES,
  type DossierListFilter,
} from '../../store/dossierList';
import type { DossierRow } from '../../store/dossierRow';
import { filteredDossierRows } from '../../store/exportRows';
import { statFactsOf } from '../../store/statistics';
import { ExportButtons } from '../export';
import { dossierListTable } from '../export/tables/dossierList';
import { markersOf } from './dossierView';
import './dossiers.css';

const STATUSES: DossierStatus[] = ['received', 'processing', 'awaiting-supplement', 'approved', 'result-ready', 'returned', 'refused', 'withdrawn'];

/** Address parameters, in Vietnamese like the routes. */
const PARAM = {
  text: 'q',
  queue: 'hang-doi',
  status: 'trang-thai',
  procedure: 'thu-tuc',
  field: 'linh-vuc',
  from: 'tu',
  to: 'den',
} as const;

/** Fixed row height: every row shows the same three lines, so no measuring is needed. */
const ROW_HEIGHT = 84;

function readFilter(params: URLSearchParams): DossierListFilter & { text: string } {
  const status = params.get(PARAM.status);
  const queue = params.get(PARAM.queue);
  return {
    text: params.get(PARAM.text) ?? '',
    queue: isQueueName(queue) ? queue : null,
    status: STATUSES.includes(status as DossierStatus) ? (status as DossierStatus) : null,
    procedureId: params.get(PARAM.procedure) || null,
    fieldName: params.get(PARAM.field) || null,
    from: params.get(PARAM.from) || null,
    to: params.get(PARAM.to) || null,
  };
}

function DossierListRow({ row, now, rules }: { row: DossierRow; now: number; rules: DeskRules }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const markers = markersOf(row, now, rules);
  return (
    <>
      <span className="row-line">
        <span className="code row-code">{row.code}</span>
        <span className={`status status-${row.status}`}>{t(`dossiers.status.${row.status}`)}</span>
        {markers.map((m) => (
          <span key={m} className={`marker marker-${m}`}>
            {t(`dossiers.marker.${m}`)}
          </span>
        ))}
      </span>
      <span className="row-line row-main">
        <strong>{row.applicant.name}</strong> — {row.procedureName}
      </span>
      <span className="row-line muted">
        {t('dossiers.list.received')} {formatDate(row.receivedAt, language)} · {t('dossiers.list.due')} {formatDate(row.dueAt, language)}
      </span>
    </>
  );
}

export function DossierListPage() {
  const t = useT();
  const language = useUi((s) => s.language);
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const settings = useDeskSettings();
  const rules = useDeskRules(settings);
  const now = useNow();
  const nearDueDays = settings?.nearDueWorkingDays ?? 1;
  // The box keeps every keystroke; the address (?q=), and with it the search, follows when typing
  // pauses or on Enter (a scanner reading a receipt's QR ends with Enter).
  const search = useAddressText(PARAM.text);
  const query: DossierListFilter = filter;
  const queryKey = JSON.stringify(query);
  // Only the queues depend on the time: other filters are not re-run every minute.
  const clockNow = filter.queue ? now : 0;

  const result = useLiveQuery(
    async () => ({ key: queryKey, ids: await dossierListIds(query, { now: clockNow || Date.now(), rules, nearDueWorkingDays: nearDueDays }) }),
    [queryKey, clockNow, rules, nearDueDays],
  );
  const ids = result?.ids ?? [];
  const searching = !result || result.key !== queryKey || search.text !== search.settled;
  const procedures = useLiveQuery(dossierProcedures, []);
  const fields = [...new Set((procedures ?? []).map((p) => p.fieldName))].sort((a, b) => a.localeCompare(b, 'vi'));

  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const windowIds = items.map((item) => ids[item.index]).filter((id): id is string => id !== undefined);
  const windowKey = windowIds.join(',');
  const windowRows = useLiveQuery(() => dossierRows(windowIds), [windowKey]);
  const rowById = new Map((windowRows ?? []).filter((r): r is DossierRow => r !== undefined).map((r) => [r.id, r]));

  // A new filter starts at the top of the list.
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0 });
  }, [queryKey]);

  function set(name: keyof typeof PARAM, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(PARAM[name], value);
    else next.delete(PARAM[name]);
    setParams(next, { replace: true });
  }

  /**
   * Arrow keys move between rows; the virtualiser brings the next one into the page first, so
   * focus follows a frame later. A key held down repeats faster than that: count from the row
   * about to be focused, not from the one that still has the focus.
   */
  const pendingRow = useRef<number | null>(null);
  function onRowKey(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const index = pendingRow.current ?? Number((e.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index);
    if (Number.isNaN(index)) return;
    const next = index + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= ids.length) return;
    e.preventDefault();
    pendingRow.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focusRow = (attempts: number) =>
      requestAnimationFrame(() => {
        const link = scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`);
        if (link) link.focus();
        if (link || attempts === 0) {
          if (pendingRow.current === next) pendingRow.current = null;
        } else focusRow(attempts - 1);
      });
    focusRow(5);
  }

  const periodInvalid = !!filter.from && !!filter.to && filter.from > filter.to;
  const anyFilter = [...params.keys()].some((k) => (Object.values(PARAM) as string[]).includes(k));
  const listSearch = params.toString() ? `?${params.toString()}` : '';

  return (
    <div className="page dossier-list-page">
      <h1>{t('dossiers.list.title')}</h1>
      <form
        role="search"
        aria-label={t('dossiers.list.filters')}
        className="list-filters"
        onSubmit={(e) => {
          e.preventDefault();
          search.flush();
        }}
      >
        <div className="field filter-text">
          <label htmlFor="dossier-search" className="field-label">
            {t('dossiers.list.search')}
          </label>
          <input
            id="dossier-search"
            type="search"
            className="search"
            autoComplete="off"
            spellCheck={false}
            value={search.text}
            aria-describedby="dossier-search-hint"
            onChange={(e) => search.setText(e.target.value)}
          />
          <p id="dossier-search-hint" className="muted field-hint">
            {t('dossiers.list.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="dossier-queue" className="field-label">
            {t('dossiers.list.queue')}
          </label>
          <select id="dossier-queue" value={filter.queue ?? ''} onChange={(e) => set('queue', e.target.value)}>
            <option value="">{t('dossiers.list.anyQueue')}</option>
            {QUEUE_NAMES.map((q) => (
              <option key={q} value={q}>
                {t(`home.${q}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dossier-status" className="field-label">
            {t('dossiers.list.status')}
          </label>
          <select id="dossier-status" value={filter.status ?? ''} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('dossiers.list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dossiers.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dossier-procedure" className="field-label">
            {t('dossiers.list.procedure')}
          </label>
          <select id="dossier-procedure" value={filter.procedureId ?? ''} onChange={(e) => set('procedure', e.target.value)}>
            <option value="">{t('dossiers.list.anyProcedure')}</option>
            {(procedures ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dossier-field" className="field-label">
            {t('dossiers.list.field')}
          </label>
          <select id="dossier-field" value={filter.fieldName ?? ''} onChange={(e) => set('field', e.target.value)}>
            <option value="">{t('dossiers.list.anyField')}</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dossier-from" className="field-label">
            {t('dossiers.list.from')}
          </label>
          <DateInput id="dossier-from" value={filter.from ?? ''} onChange={(v) => set('from', v)} />
        </div>
        <div className="field">
          <label htmlFor="dossier-to" className="field-label">
            {t('dossiers.list.to')}
          </label>
          <DateInput
            id="dossier-to"
            value={filter.to ?? ''}
            onChange={(v) => set('to', v)}
            aria-invalid={periodInvalid}
            aria-describedby={periodInvalid ? 'dossier-period-error' : undefined}
          />
          {periodInvalid && (
            <p id="dossier-period-error" className="field-error">
              {t('dossiers.list.periodInvalid')}
            </p>
          )}
        </div>
        {anyFilter && (
          <div className="filter-clear">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                // Also what was typed but not yet in the address.
                search.setText('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('dossiers.list.clear')}
            </button>
          </div>
        )}
      </form>

      <p role="status" aria-live="polite" className="list-count" data-testid="list-count">
        {searching
          ? t('dossiers.list.searching')
          : ids.length > 0
            ? t('dossiers.list.count', { count: formatNumber(ids.length, language) })
            : anyFilter
              ? t('dossiers.list.none')
              : t('dossiers.list.empty')}
      </p>
      <ExportButtons
        disabled={searching || ids.length === 0}
        // Every dossier the filters match, read when the button is pressed (not only the rows on screen).
        getTable={async () => {
          const at = Date.now();
          const rows = await filteredDossierRows(query, { now: clockNow || at, rules, nearDueWorkingDays: nearDueDays });
          const facts = await statFactsOf(rows);
          return dossierListTable({ rows, filter: query, procedures: procedures ?? [], agencyName: settings?.agencyName, now: at, facts });
        }}
      />
      {!searching && ids.length === 0 && !anyFilter && (
        <p>
          <Link to="/tiep-nhan">{t('dossiers.list.receive')}</Link>
        </p>
      )}

      <p id="dossier-list-hint" className="visually-hidden">
        {t('dossiers.list.keyboardHint')}
      </p>
      <div ref={scroller} className="dossier-scroll" data-testid="dossier-scroll" onKeyDown={onRowKey} hidden={ids.length === 0}>
        <div role="list" aria-label={t('dossiers.list.results')} aria-describedby="dossier-list-hint" className="dossier-rows" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const id = ids[item.index];
            if (id === undefined) return null;
            const row = rowById.get(id);
            return (
              <div
                key={item.key}
                role="listitem"
                className="dossier-row"
                data-index={item.index}
                aria-setsize={ids.length}
                aria-posinset={item.index + 1}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <Link to={`/ho-so/${encodeURIComponent(id)}`} state={{ listSearch }} className="dossier-link">
                  {row ? <DossierListRow row={row} now={now} rules={rules} /> : <span className="muted">{t('dossiers.list.loadingRow')}</span>}
                </Link>
              </div>
            );
          })}
        </div>
      </div>
      <p>
        <Link to="/luot-tiep">{t('dossiers.list.visits')}</Link>
      </p>
    </div>
  );
}
