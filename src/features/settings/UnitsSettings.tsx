/**
 * The commune's units (where dossiers are transferred) and leaders (who sign), kept in the desk's
 * settings and offered in the transfer, appraisal, supplement, result, approval and apology forms
 * so they are not typed again for every dossier. Free text stays possible in those forms.
 */
// The texts live with the dossier screens that use the lists (namespace "dossiers").
import '../dossiers/messages';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import type { DeskSettings, Leader } from '../../domain/deskSettings';
import type { Unit, UnitKind } from '../../domain/dossier/events';
import { saveSettings } from '../../store/settings';
import './units.css';

const KINDS: UnitKind[] = ['commune-specialist', 'provincial-agency', 'vertical-sector', 'other-commune', 'leader'];
const TITLES = ['Chủ tịch', 'Phó Chủ tịch'];

interface UnitRow {
  key: number;
  kind: UnitKind;
  name: string;
  person: string;
}

interface LeaderRow {
  key: number;
  name: string;
  title: string;
}

let nextKey = 1;
const unitRow = (u?: Unit): UnitRow => ({ key: nextKey++, kind: u?.kind ?? 'commune-specialist', name: u?.name ?? '', person: u?.person ?? '' });
const leaderRow = (l?: Leader): LeaderRow => ({ key: nextKey++, name: l?.name ?? '', title: l?.title ?? '' });

export function UnitsSettings({ settings }: { settings: DeskSettings }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [units, setUnits] = useState<UnitRow[]>(() => (settings.units ?? []).map(unitRow));
  const [leaders, setLeaders] = useState<LeaderRow[]>(() => (settings.leaders ?? []).map(leaderRow));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const patchUnit = (key: number, patch: Partial<UnitRow>) => setUnits((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const patchLeader = (key: number, patch: Partial<LeaderRow>) => setLeaders((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    // Rows left empty are dropped; a row with something typed needs its name (and a leader a title).
    const keptUnits = units.filter((r) => r.name.trim() || r.person.trim());
    const keptLeaders = leaders.filter((r) => r.name.trim() || r.title.trim());
    const found: Record<string, string> = {};
    keptUnits.forEach((r) => {
      if (!r.name.trim()) found[`unit-name-${r.key}`] = t('dossiers.directory.unitNameMissing', { n: units.indexOf(r) + 1 });
    });
    keptLeaders.forEach((r) => {
      const n = leaders.indexOf(r) + 1;
      if (!r.name.trim()) found[`leader-name-${r.key}`] = t('dossiers.directory.leaderNameMissing', { n });
      else if (!r.title.trim()) found[`leader-title-${r.key}`] = t('dossiers.directory.leaderTitleMissing', { n });
    });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      // The first field to correct gets the focus, where the officer looks.
      form.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    try {
      await saveSettings({
        units: keptUnits.map((r) => ({ kind: r.kind, name: r.name.trim().replace(/\s+/g, ' '), person: r.person.trim() || null })),
        leaders: keptLeaders.map((r) => ({ name: r.name.trim().replace(/\s+/g, ' '), title: r.title.trim() })),
      });
      setUnits(keptUnits);
      setLeaders(keptLeaders);
      setMessage({ kind: 'ok', text: t('dossiers.directory.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('errors.saveFailed', { message: (error as Error).message }) });
    }
  }

  const invalid = (id: string) => (errors[id] ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {});
  const errorOf = (id: string) =>
    errors[id] ? (
      <p id={`${id}-error`} className="field-error">
        {errors[id]}
      </p>
    ) : null;

  return (
    <section aria-labelledby="directory-title">
      <h2 id="directory-title">{t('dossiers.directory.title')}</h2>
      <p className="muted">{t('dossiers.directory.hint')}</p>
      <form ref={form} className="form directory-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('dossiers.directory.units')}</legend>
          {units.length === 0 ? (
            <p className="muted">{t('dossiers.directory.noUnits')}</p>
          ) : (
            // Column titles for the eye; each field carries its own label for screen readers.
            <div className="directory-row directory-head" aria-hidden="true">
              <span>{t('dossiers.directory.headKind')}</span>
              <span>{t('dossiers.directory.headName')}</span>
              <span>{t('dossiers.directory.headPerson')}</span>
            </div>
          )}
          {units.map((r, i) => (
            <div key={r.key} className="directory-row" data-testid="unit-row">
              <select aria-label={t('dossiers.directory.unitKind', { n: i + 1 })} value={r.kind} onChange={(e) => patchUnit(r.key, { kind: e.target.value as UnitKind })}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`dossiers.unitKind.${k}`)}
                  </option>
                ))}
              </select>
              <div>
                <input
                  id={`unit-name-${r.key}`}
                  aria-label={t('dossiers.directory.unitName', { n: i + 1 })}
                  placeholder={t('dossiers.directory.unitNamePlaceholder')}
                  value={r.name}
                  onChange={(e) => patchUnit(r.key, { name: e.target.value })}
                  {...invalid(`unit-name-${r.key}`)}
                />
                {errorOf(`unit-name-${r.key}`)}
              </div>
              <input
                aria-label={t('dossiers.directory.unitPerson', { n: i + 1 })}
                placeholder={t('dossiers.directory.unitPersonPlaceholder')}
                value={r.person}
                onChange={(e) => patchUnit(r.key, { person: e.target.value })}
              />
              <button type="button" className="secondary" onClick={() => setUnits(units.filter((x) => x.key !== r.key))}>
                {t('dossiers.directory.removeUnit', { n: i + 1 })}
              </button>
            </div>
          ))}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setUnits([...units, unitRow()])}>
              {t('dossiers.directory.addUnit')}
            </button>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('dossiers.directory.leaders')}</legend>
          {leaders.length === 0 ? (
            <p className="muted">{t('dossiers.directory.noLeaders')}</p>
          ) : (
            <div className="directory-row directory-row-leader directory-head" aria-hidden="true">
              <span>{t('dossiers.directory.headLeaderName')}</span>
              <span>{t('dossiers.directory.headLeaderTitle')}</span>
            </div>
          )}
          {leaders.map((r, i) => (
            <div key={r.key} className="directory-row directory-row-leader" data-testid="leader-row">
              <div>
                <input
                  id={`leader-name-${r.key}`}
                  aria-label={t('dossiers.directory.leaderName', { n: i + 1 })}
                  placeholder={t('dossiers.directory.leaderNamePlaceholder')}
                  value={r.name}
                  onChange={(e) => patchLeader(r.key, { name: e.target.value })}
                  {...invalid(`leader-name-${r.key}`)}
                />
                {errorOf(`leader-name-${r.key}`)}
              </div>
              <div>
                <input
                  id={`leader-title-${r.key}`}
                  aria-label={t('dossiers.directory.leaderTitle', { n: i + 1 })}
                  placeholder={TITLES.join(', ')}
                  list="directory-titles"
                  value={r.title}
                  onChange={(e) => patchLeader(r.key, { title: e.target.value })}
                  {...invalid(`leader-title-${r.key}`)}
                />
                {errorOf(`leader-title-${r.key}`)}
              </div>
              <button type="button" className="secondary" onClick={() => setLeaders(leaders.filter((x) => x.key !== r.key))}>
                {t('dossiers.directory.removeLeader', { n: i + 1 })}
              </button>
            </div>
          ))}
          <datalist id="directory-titles">
            {TITLES.map((x) => (
              <option key={x} value={x} />
            ))}
          </datalist>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setLeaders([...leaders, leaderRow()])}>
              {t('dossiers.directory.addLeader')}
            </button>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit">{t('dossiers.directory.save')}</button>
        </div>
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'ok'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
