/**
 * Choosing the procedure from the keyboard: type (with or without diacritics, or the code), move
 * with the arrow keys, take with Enter — an ARIA combobox with a list of options.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../app/i18n';
import type { CatalogueEntry } from '../../store/catalogue';
import type { ProcedureUse } from '../../store/recentProcedures';
import { rankProcedures } from './procedureSearch';
import type { ScanCapture } from './useScanCapture';

interface Props {
  entries: CatalogueEntry[] | null;
  uses: ProcedureUse[];
  onChoose(entry: CatalogueEntry): void;
  scan: ScanCapture;
  autoFocus: boolean;
  error: string | null;
}

export function ProcedurePicker({ entries, uses, onChoose, scan, autoFocus, error }: Props) {
  const t = useT();
  const base = useId();
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(true);

  const found = useMemo(() => rankProcedures(entries ?? [], query, uses), [entries, query, uses]);
  const options = found.results;
  const useCounts = useMemo(() => new Map(uses.map((u) => [u.procedureId, u.count])), [uses]);
  const shown = open && options.length > 0;
  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${base}-opt-${i}`;

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (scan.complete()) return;
      const chosen = options[current];
      if (shown && chosen) onChoose(chosen);
    } else if (e.key === 'Escape') {
      // Closes the list only; what was typed stays.
      setOpen(false);
    }
  }

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="rc-picker">
      <label htmlFor="rc-procedure" className="field-label">
        {t('receive.procedure.search')}
      </label>
      <input
        id="rc-procedure"
        type="text"
        role="combobox"
        className="search"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && current >= 0 ? optionId(current) : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          scan.observe(e.target.value, setQuery);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="muted rc-hint">
        {t('receive.procedure.searchHint')}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {entries && query.trim() && (
        <p className="muted" role="status">
          {found.total === 0 ? t('receive.procedure.none', { query }) : t('receive.procedure.count', { count: found.total })}
        </p>
      )}
      {shown && (
        <>
          {!query.trim() && <p className="rc-list-title">{t('receive.procedure.frequent')}</p>}
          <ul id={listId} role="listbox" className="rc-options" aria-label={query.trim() ? t('receive.procedure.results') : t('receive.procedure.frequent')}>
            {options.map((entry, i) => {
              const count = useCounts.get(entry.id);
              return (
                <li
                  key={entry.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  className={i === current ? 'rc-option rc-option-active' : 'rc-option'}
                  // Keeps the focus in the search box, so the keyboard flow goes on.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onChoose(entry)}
                >
                  <span className="rc-option-name">{entry.name}</span>
                  <span className="rc-option-meta">
                    <span className="code">{entry.code}</span> · {entry.fieldName}
                    {count ? ` · ${t('receive.procedure.uses', { count })}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
