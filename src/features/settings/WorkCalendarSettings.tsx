import { useMemo, useState } from 'react';
import { useT } from '../../app/i18n';
import { useNow } from '../../app/useDesk';
import { defaultDaysOff, officialListFor, validateOfficialList, type OfficialYearList } from '../../domain/calendar/holidays';
import { vnDate } from '../../domain/calendar/vnTime';
import { createWorkCalendar } from '../../domain/calendar/workCalendar';
import type { DeskSettings } from '../../domain/deskSettings';
import { saveSettings } from '../../store/settings';

interface Row {
  date: string;
  name: string;
  kind: 'off' | 'work';
}

/**
 * The year's days off. The defaults are computed from the Labour Code (Tết and Hùng Kings' day
 * from the lunar calendar); each year the government announces the civil service's actual days
 * off and make-up working days, and the desk enters that list here (later the hub distributes
 * it). Appointments already given are never moved: each dossier keeps the date computed at receipt.
 */
export function WorkCalendarSettings({ settings }: { settings: DeskSettings }) {
  const t = useT();
  const now = useNow();
  const thisYear = Number(vnDate(now).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const calendar = useMemo(() => createWorkCalendar(settings.calendar), [settings.calendar]);
  const official = officialListFor(year, settings.calendar.officialLists);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  function startEditing() {
    // Start from what is in force, so the officer only adjusts what the announcement changed.
    const base = official ?? { daysOff: defaultDaysOff(year, settings.calendar), makeUpWorkingDays: [] };
    setRows([
      ...base.daysOff.map((d) => ({ date: d.date, name: d.name, kind: 'off' as const })),
      ...base.makeUpWorkingDays.map((d) => ({ date: d.date, name: d.name ?? '', kind: 'work' as const })),
    ]);
    setProblems([]);
    setSaved(false);
  }

  async function store(list: OfficialYearList | null) {
    const others = settings.calendar.officialLists.filter((l) => l.year !== year);
    await saveSettings({ calendar: { ...settings.calendar, officialLists: list ? [...others, list] : others } });
    setRows(null);
    setSaved(true);
  }

  async function saveList() {
    if (!rows) return;
    const list: OfficialYearList = {
      year,
      daysOff: rows.filter((r) => r.kind === 'off').map((r) => ({ date: r.date, name: r.name.trim() })),
      makeUpWorkingDays: rows.filter((r) => r.kind === 'work').map((r) => ({ date: r.date, name: r.name.trim() })),
    };
    const found = validateOfficialList(list);
    setProblems(found);
    if (found.length === 0) await store(list);
  }

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

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
        {official ? t('settings.calendarOfficial', { year }) : t('settings.calendarComputed', { year })}
      </p>
      {!rows ? (
        <>
          <ul data-testid="days-off">
            {calendar.daysOffOfYear(year).map((d) => (
              <li key={d.date}>
                {d.date.split('-').reverse().join('/')}: {d.name}
              </li>
            ))}
            {official?.makeUpWorkingDays.map((d) => (
              <li key={d.date}>
                {d.date.split('-').reverse().join('/')}: {t('settings.makeUpDay')} {d.name ? `(${d.name})` : ''}
              </li>
            ))}
          </ul>
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
                    <input type="date" aria-label={`${t('settings.day')} ${i + 1}`} value={r.date} onChange={(e) => update(i, { date: e.target.value })} />
                  </td>
                  <td>
                    <select aria-label={`${t('settings.dayKind')} ${i + 1}`} value={r.kind} onChange={(e) => update(i, { kind: e.target.value as Row['kind'] })}>
                      <option value="off">{t('settings.dayOff')}</option>
                      <option value="work">{t('settings.makeUpDay')}</option>
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
          {problems.length > 0 && (
            <ul role="alert" className="field-error">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setRows([...rows, { date: `${year}-01-01`, name: '', kind: 'off' }])}>
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
