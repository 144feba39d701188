/**
 * Visits that ended without a dossier: guidance on what is missing (Mẫu 02), a refusal (Mẫu 03)
 * or directing the citizen elsewhere. The officer reprints the form, sees that a citizen was
 * already guided for the same procedure (guidance is given once, DOMAIN.md §2), and starts the
 * intake again from the visit when the citizen comes back. Filters live in the address, like the
 * dossier list; a page of visits is read at a time.
 */
// This screen's texts register themselves with i18n when this chunk loads.
import './messages';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DateInput } from '../../app/DateInput';
import { formatDateTime, formatNumber } from '../../app/format';
import { useAddressText } from '../../app/useAddressText';
import { useT, type Translate } from '../../app/i18n';
import { useUi, type Language } from '../../app/uiState';
import type { SupplementItem } from '../../domain/dossier/events';
import type { VisitRow } from '../../store/db';
import { isVisitOutcome, VISIT_OUTCOMES, visitPage, type VisitListFilter } from '../../store/visitList';
import { printPaths } from '../print/paths';
import './visits.css';

/** Address parameters, in Vietnamese like the routes. */
const PARAM = { text: 'q', outcome: 'ket-qua', from: 'tu', to: 'den' } as const;

/** Visits read per page; "show older" adds another page. */
export const VISITS_PAGE = 50;
function readFilter(params: URLSearchParams): VisitListFilter {
  const outcome = params.get(PARAM.outcome);
  return {
    text: params.get(PARAM.text) ?? '',
    outcome: isVisitOutcome(outcome) ? outcome : null,
    from: params.get(PARAM.from) || null,
    to: params.get(PARAM.to) || null,
  };
}

function itemText(item: SupplementItem, t: Translate): string {
  const counts = [
    item.originals > 0 && t('visits.copies.original', { count: item.originals }),
    item.copies > 0 && t('visits.copies.copy', { count: item.copies }),
    (item.photocopies ?? 0) > 0 && t('visits.copies.photocopy', { count: item.photocopies ?? 0 }),
  ].filter(Boolean);
  return counts.length > 0 ? `${item.name} (${counts.join(', ')})` : item.name;
}

function VisitItem({ visit, guided, t, language }: { visit: VisitRow; guided: number | undefined; t: Translate; language: Language }) {
  // Guidance earlier or later for the same procedure, besides this visit itself.
  const others = (guided ?? 0) - (visit.outcome === 'guidance' ? 1 : 0);
  const reprint = visit.outcome === 'guidance' ? printPaths.guidance(visit.id) : visit.outcome === 'refusal' ? printPaths.visitRefusal(visit.id) : null;
  const name = visit.applicant.name.trim() || t('visits.noName');
  return (
    <li className="visit" data-outcome={visit.outcome}>
      <div className="visit-body">
        <p className="visit-line">
          <time dateTime={new Date(visit.at).toISOString()}>{formatDateTime(visit.at, language)}</time>
          <span className={`visit-outcome visit-outcome-${visit.outcome}`}>{t(`visits.outcomes.${visit.outcome}`)}</span>
          {others > 0 && guided !== undefined && (
            <span className={guided > 1 ? 'visit-guided visit-guided-warn' : 'visit-guided'} title={t('visits.guidedBeforeHint', { count: guided })} data-testid="guided">
              {t('visits.guidedBefore', { count: guided })}
            </span>
          )}
        </p>
        <p className="visit-line visit-main">
          <strong>{name}</strong>
          {visit.applicant.idNumber && <span className="muted"> · {t('visits.idNumber', { id: visit.applicant.idNumber })}</span>}
          {' — '}
          {visit.procedureName ?? t('visits.noProcedure')}
          {visit.procedureCode && <span className="muted"> ({visit.procedureCode})</span>}
        </p>
        {visit.outcome === 'guidance' && visit.missing.length > 0 && (
          <p className="visit-detail">{t('visits.missing', { items: visit.missing.map((m) => itemText(m, t)).join('; ') })}</p>
        )}
        {visit.reason && (
          <p className="visit-detail">
            {t(visit.outcome === 'guidance' ? 'visits.reason' : visit.outcome === 'refusal' ? 'visits.refusalReason' : 'visits.redirectTo', { text: visit.reason })}
          </p>
        )}
        <p className="visit-detail muted">{t('visits.officer', { name: visit.officerName || '—' })}</p>
      </div>
      <div className="visit-actions">
        {reprint && (
          <Link className="button secondary" to={reprint} title={t('visits.reprintTitle')}>
            {t(visit.outcome === 'guidance' ? 'visits.reprintGuidance' : 'visits.reprintRefusal')}
          </Link>
        )}
        <Link className="button" to={`/tiep-nhan?luot=${encodeURIComponent(visit.id)}`} title={t('visits.receiveAgainTitle')}>
          {t('visits.receiveAgain')}
        </Link>
      </div>
    </li>
  );
}

export function VisitsPage() {
  const t = useT();
  const language = useUi((s) => s.language);
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  // The box keeps every keystroke (a scanner types fast); the address, and so the list, follow it
  // when typing pauses (useAddressText).
  const search = useAddressText(PARAM.text);
  const query: VisitListFilter = filter;
  const queryKey = JSON.stringify(query);
  const [pages, setPages] = useState({ key: queryKey, count: 1 });
  // A new filter starts again from the newest page.
  const pageCount = pages.key === queryKey ? pages.count : 1;
  const limit = pageCount * VISITS_PAGE;

  const result = useLiveQuery(async () => ({ key: `${queryKey}#${limit}`, page: await visitPage(query, limit) }), [queryKey, limit]);
  const searching = !result || result.key !== `${queryKey}#${limit}` || search.text !== search.settled;
  const page = result?.page ?? null;
  const rows = page?.rows ?? [];

  function set(name: keyof typeof PARAM, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(PARAM[name], value);
    else next.delete(PARAM[name]);
    setParams(next, { replace: true });
  }

  const periodInvalid = !!filter.from && !!filter.to && filter.from > filter.to;
  const anyFilter = [...params.keys()].some((k) => (Object.values(PARAM) as string[]).includes(k));

  return (
    <div className="page visits-page">
      <h1>{t('visits.title')}</h1>
      <p className="muted">{t('visits.intro')}</p>
      <form role="search" aria-label={t('visits.filters')} className="visit-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field visit-filter-text">
          <label htmlFor="visit-search" className="field-label">
            {t('visits.search')}
          </label>
          <input
            id="visit-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={search.text}
            aria-describedby="visit-search-hint"
            onChange={(e) => search.setText(e.target.value)}
          />
          <p id="visit-search-hint" className="muted field-hint">
            {t('visits.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="visit-outcome" className="field-label">
            {t('visits.outcome')}
          </label>
          <select id="visit-outcome" value={filter.outcome ?? ''} onChange={(e) => set('outcome', e.target.value)}>
            <option value="">{t('visits.anyOutcome')}</option>
            {VISIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`visits.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="visit-from" className="field-label">
            {t('visits.from')}
          </label>
          <DateInput id="visit-from" value={filter.from ?? ''} onChange={(v) => set('from', v)} />
        </div>
        <div className="field">
          <label htmlFor="visit-to" className="field-label">
            {t('visits.to')}
          </label>
          <DateInput
            id="visit-to"
            value={filter.to ?? ''}
            onChange={(v) => set('to', v)}
            aria-invalid={periodInvalid}
            aria-describedby={periodInvalid ? 'visit-period-error' : undefined}
          />
          {periodInvalid && (
            <p id="visit-period-error" className="field-error">
              {t('visits.periodInvalid')}
            </p>
          )}
        </div>
        {anyFilter && (
          <div className="visit-filter-clear">
            <button type="button" className="secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('visits.clear')}
            </button>
          </div>
        )}
      </form>

      <p role="status" aria-live="polite" className="list-count" data-testid="visit-count">
        {searching
          ? t('visits.searching')
          : rows.length === 0
            ? anyFilter
              ? t('visits.none')
              : t('visits.empty')
            : t(page?.more ? 'visits.countMore' : 'visits.count', { count: formatNumber(rows.length, language) })}
      </p>
      {rows.length > 0 && (
        <ul className="visit-list" aria-label={t('visits.results')}>
          {rows.map((v) => (
            <VisitItem key={v.id} visit={v} guided={page?.guidanceCount[v.id]} t={t} language={language} />
          ))}
        </ul>
      )}
      {page?.more && (
        <p>
          <button type="button" className="secondary" onClick={() => setPages({ key: queryKey, count: pageCount + 1 })}>
            {t('visits.more')}
          </button>
        </p>
      )}
    </div>
  );
}
