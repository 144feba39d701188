import { useMemo, useState } from 'react';
import { DateInput } from '../../app/DateInput';
import { useT, type Translate } from '../../app/i18n';
import { useNow } from '../../app/useDesk';
import {
  adjustmentsOf,
  listFromAdjustments,
  officialListFor,
  reviewAdjustments,
  yearAtAGlance,
  type Adjustment,
  type AdjustmentKind,
  type AdjustmentProblem,
  type OfficialYearList,
  type YearDay,
} from '../../domain/calendar/holidays';
import { formatDateVi, isValidDate, vnDate, weekday } from '../../domain/calendar/vnTime';
import type { DeskSettings } from '../../domain/deskSettings';
import { saveSettings } from '../../store/settings';

/**
 * The year's days off. The defaults are computed from the Labour Code (Tết and Hùng Kings' day
 * from the lunar calendar); each year the government announces the civil service's actual days
 * off and make-up working days, and the desk enters what that announcement CHANGES here — days
 * added, computed days removed, make-up days — never a whole list (the fixed holidays stay). The
 * year is shown at a glance, the officer's draft included. Appointments already given are never
 * moved: each dossier keeps the dates recorded on its events.
 */
export function WorkCalendarSettings({ settings }: { settings: DeskSettings }) {
  const t = useT();
  const now = useNow();
  const thisYear = Number(vnDate(now).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const official = officialListFor(year, settings.calendar.officialLists);
  const [rows, setRows] = useState<Adjustment[] | null>(null);
  const [source, setSource] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);

  const draft = rows ? listFromAdjustments(year, rows.filter((r) => r.date), source) : null;
  const review = useMemo(() => (rows ? reviewAdjustments(year, rows, settings.calendar) : null), [rows, year, settings.calendar]);
  // The year as it is, or as it will be with the draft (rows not yet valid are left out).
  const glance = useMemo(() => {
    const valid = draft && review ? { ...draft, ...validOnly(draft, rows ?? [], review.errors) } : null;
    return yearAtAGlance(year, settings.calendar, valid ? [valid] : settings.calendar.officialLists);
  }, [draft, review, rows, year, settings.calendar]);
  const offOnWorkdays = glance.filter((d) => (d.kind === 'computed' || d.kind === 'added') && isWeekday(d.date, settings)).length;
  const makeUps = glance.filter((d) => d.kind === 'make-up').length;

  function startEditing() {
    setRows(adjustmentsOf(official));
    setSource(official?.source ?? '');
    setShowErrors(false);
    setSaved(false);
  }

  async function store(list: OfficialYearList | null) {
    const others = settings.calendar.officialLists.filter((l) => l.year !== year);
    await saveSettings({ calendar: { ...settings.calendar, officialLists: list ? [...others, list] : others } });
    setRows(null);
    setSaved(true);
  }

  async function saveList() {
    if (!rows || !review) return;
    setShowErrors(true);
    if (review.errors.length > 0) return;
    const list = listFromAdjustments(year, rows, source);
    const empty = list.added.length + list.removed.length + list.makeUpWorkingDays.length === 0;
    await store(empty ? null : list);
  }

  const update = (i: number, patch: Partial<Adjustment>) => setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('settings.calendar')}</h2>
      <div className="field">
        <label htmlFor="calendar-year" className="field-label">
          {t('settings.calendarYear')}
        </label>
        <select
          id="calendar-year"
          value={year}
          onChange={(e) => {
            setYear(Number(e.target.value));
            setRows(null);
            setSaved(false);
          }}
        >
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" data-testid="calendar-source">
        {official ? t('settings.calendarOfficial', { year, source: official.source ? ` ${official.source}` : '' }) : t('settings.calendarComputed', { year })}
      </p>

      <table className="table year-glance" data-testid="days-off">
        <caption>{t(rows ? 'settings.glanceDraft' : 'settings.glance', { year, off: offOnWorkdays, makeUp: makeUps })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.day')}</th>
            <th scope="col">{t('settings.dayName')}</th>
            <th scope="col">{t('settings.dayKind')}</th>
          </tr>
        </thead>
        <tbody>
          {glance.map((d) => (
            <tr key={`${d.kind}-${d.date}`} data-kind={d.kind} className={d.kind === 'removed' ? 'muted' : undefined}>
              <td style={{ whiteSpace: 'nowrap' }}>{d.kind === 'removed' ? <s>{dayLabel(t, d.date)}</s> : dayLabel(t, d.date)}</td>
              <td>{d.name || t('settings.makeUpDay')}</td>
              <td>{t(KIND_LABEL[d.kind])}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {!rows ? (
        <>
          <div className="actions">
            <button type="button" onClick={startEditing}>
              {t('settings.enterOfficial', { year })}
            </button>
            {official && (
              <button type="button" className="secondary" onClick={() => void store(null)}>
                {t('settings.dropOfficial')}
              </button>
            )}
          </div>
          {saved && (
            <p role="status" className="ok">
              {t('settings.saved')}
            </p>
          )}
        </>
      ) : (
        <div className="form">
          <p className="muted">{t('settings.adjustHint')}</p>
          <div className="field">
            <label htmlFor="calendar-list-source" className="field-label">
              {t('settings.listSource')}
            </label>
            <input id="calendar-list-source" value={source} onChange={(e) => setSource(e.target.value)} />
          </div>
          <table className="table">
            <caption className="visually-hidden">{t('settings.enterOfficial', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.day')}</th>
                <th scope="col">{t('settings.dayKind')}</th>
                <th scope="col">{t('settings.dayName')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settings.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <td>
                    <DateInput aria-label={`${t('settings.day')} ${i + 1}`} value={r.date} onChange={(date) => update(i, { date })} />
                  </td>
                  <td>
                    <select aria-label={`${t('settings.dayKind')} ${i + 1}`} value={r.kind} onChange={(e) => update(i, { kind: e.target.value as AdjustmentKind })}>
                      <option value="added">{t('settings.kindAdded')}</option>
                      <option value="removed">{t('settings.kindRemoved')}</option>
                      <option value="make-up">{t('settings.makeUpDay')}</option>
                    </select>
                  </td>
                  <td>
                    <input aria-label={`${t('settings.dayName')} ${i + 1}`} value={r.name} onChange={(e) => update(i, { name: e.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                      {t('settings.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {showErrors && review && review.errors.length > 0 && (
            <ul role="alert" className="field-error" data-testid="calendar-errors">
              {review.errors.map((p) => (
                <li key={`${p.row}-${p.code}`}>{problemText(t, p, year)}</li>
              ))}
            </ul>
          )}
          {review && review.warnings.length > 0 && (
            <ul className="banner banner-warn" data-testid="calendar-warnings">
              {review.warnings.map((p) => (
                <li key={`${p.row}-${p.code}`}>{problemText(t, p, year)}</li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setRows([...rows, { date: '', name: '', kind: 'added' }])}>
              {t('settings.addDay')}
            </button>
            <button type="button" onClick={() => void saveList()}>
              {t('settings.saveOfficial', { year })}
            </button>
            <button type="button" className="secondary" onClick={() => setRows(null)}>
              {t('settings.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

const KIND_LABEL = {
  computed: 'settings.kindComputed',
  added: 'settings.kindAdded',
  removed: 'settings.kindRemoved',
  'make-up': 'settings.makeUpDay',
} as const satisfies Record<YearDay['kind'], string>;

function isWeekday(date: string, settings: DeskSettings): boolean {
  return settings.calendar.workingWeekdays.includes(weekday(date));
}

/** "Thứ Hai, 16/02/2026". */
function dayLabel(t: Translate, date: string): string {
  const names = t('settings.weekdays').split(',');
  return `${names[weekday(date)] ?? ''}, ${formatDateVi(date)}`;
}

/** The draft without its rows in error, so the glance shows what saving would keep. */
function validOnly(list: OfficialYearList, rows: readonly Adjustment[], errors: readonly AdjustmentProblem[]): Partial<OfficialYearList> {
  const bad = new Set(errors.map((e) => e.row));
  return listFromAdjustments(list.year, rows.filter((r, i) => r.date && !bad.has(i)), list.source);
}

function problemText(t: Translate, p: AdjustmentProblem, year: number): string {
  const vars = { row: p.row + 1, date: isValidDate(p.date) ? formatDateVi(p.date) : p.date, name: p.name ?? '', year };
  switch (p.code) {
    case 'bad-date':
      return t('settings.listProblem.badDate', vars);
    case 'wrong-year':
      return t('settings.listProblem.wrongYear', vars);
    case 'duplicate':
      return t('settings.listProblem.duplicate', vars);
    case 'no-name':
      return t('settings.listProblem.noName', vars);
    case 'not-off':
      return t('settings.listProblem.notOff', vars);
    case 'make-up-off':
      return t('settings.listProblem.makeUpOff', vars);
    case 'make-up-working':
      return t('settings.listProblem.makeUpWorking', vars);
    case 'removes-holiday':
      return t('settings.listProblem.removesHoliday', vars);
  }
}
