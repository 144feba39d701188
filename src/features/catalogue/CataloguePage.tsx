import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAddressText } from '../../app/useAddressText';
import { useT } from '../../app/i18n';
import { catalogueIndex, searchCatalogue, type CatalogueEntry } from '../../store/catalogue';
import { frequentProcedures } from '../../store/recentProcedures';

const SHOWN = 100;

export function CataloguePage() {
  const t = useT();
  // The box keeps every keystroke; the address (?q=) follows when typing pauses.
  const search = useAddressText('q');
  // The list may lag a keystroke behind a fast typist; the box never does.
  const query = useDeferredValue(search.text);
  const [entries, setEntries] = useState<CatalogueEntry[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void catalogueIndex().then((e) => live && setEntries(e));
    return () => {
      live = false;
    };
  }, []);

  // "/" jumps to the search box from anywhere on the page, as on most search screens.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && document.activeElement !== input.current && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The same ranking as the intake picker: the desk's frequent procedures order equal matches.
  const uses = useLiveQuery(() => frequentProcedures(), [], []);
  const found = useMemo(() => {
    if (!entries) return null;
    const counts = new Map(uses.map((u) => [u.procedureId, u.count]));
    return searchCatalogue(entries, query, SHOWN, (e) => counts.get(e.id) ?? 0);
  }, [entries, query, uses]);

  return (
    <div className="page">
      <h1>{t('catalogue.title')}</h1>
      <label htmlFor="catalogue-search" className="field-label">
        {t('catalogue.searchLabel')}
      </label>
      <input
        id="catalogue-search"
        ref={input}
        type="search"
        className="search"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder={t('catalogue.searchPlaceholder')}
        value={search.text}
        onChange={(e) => search.setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') search.flush();
        }}
      />
      {!found ? (
        <p>{t('app.loading')}</p>
      ) : entries?.length === 0 ? (
        <p>{t('catalogue.empty')}</p>
      ) : (
        <>
          <p role="status" aria-live="polite" className="muted">
            {found.total === 0
              ? t('catalogue.none', { query })
              : found.total > found.results.length
                ? t('catalogue.showing', { shown: found.results.length, count: found.total })
                : t('catalogue.results', { count: found.total })}
          </p>
          <ul className="result-list" data-testid="catalogue-results">
            {found.results.map((p) => (
              <li key={p.id}>
                <Link to={`/thu-tuc/${encodeURIComponent(p.id)}`} className="result">
                  <span className="result-title">{p.name}</span>
                  <span className="result-meta">
                    <span className="code">{p.code}</span> · {p.fieldName}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
