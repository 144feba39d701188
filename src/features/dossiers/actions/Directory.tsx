/**
 * The commune's units and leaders kept in Settings, offered in the action forms as suggestions
 * (a datalist): picking one fills its kind and person, and free text stays possible for a unit
 * or signer not in the list.
 */
import { useT } from '../../../app/i18n';
import type { DeskSettings, Leader } from '../../../domain/deskSettings';
import type { Unit } from '../../../domain/dossier/events';
import { foldVietnamese } from '../../../domain/searchText';
import { unitLabel } from '../dossierView';
import { Field } from './ActionForm';

/** The units offered: the commune's units, then its leaders as units a dossier goes to for signature. */
export function directoryUnits(settings: Pick<DeskSettings, 'units' | 'leaders'>, withLeaders = true): Unit[] {
  const leaders: Unit[] = withLeaders ? (settings.leaders ?? []).map((l) => ({ kind: 'leader', name: leaderLabel(l), person: null })) : [];
  return [...(settings.units ?? []), ...leaders];
}

/** "Phó Chủ tịch Trần Văn B": how a leader reads in a unit name or a signature line. */
export function leaderLabel(l: Leader): string {
  return [l.title.trim(), l.name.trim()].filter(Boolean).join(' ');
}

const same = (a: string, b: string) => foldVietnamese(a) === foldVietnamese(b);

/** The listed unit typed (ignoring case and diacritics), if any. */
export function findUnit(units: readonly Unit[], name: string): Unit | undefined {
  return name.trim() ? units.find((u) => same(u.name, name)) : undefined;
}

/** The listed leader typed, by name or by "title name". */
export function findLeader(leaders: readonly Leader[], typed: string): Leader | undefined {
  return typed.trim() ? leaders.find((l) => same(l.name, typed) || same(leaderLabel(l), typed)) : undefined;
}

export function UnitOptions({ id, units }: { id: string; units: readonly Unit[] }) {
  const t = useT();
  if (units.length === 0) return null;
  return (
    <datalist id={id}>
      {units.map((u, i) => (
        <option key={i} value={u.name} label={unitLabel(t, u)} />
      ))}
    </datalist>
  );
}

export function LeaderOptions({ id, leaders }: { id: string; leaders: readonly Leader[] }) {
  if (leaders.length === 0) return null;
  return (
    <datalist id={id}>
      {leaders.map((l, i) => (
        <option key={i} value={l.name} label={l.title} />
      ))}
    </datalist>
  );
}

export interface UnitDraft {
  name: string;
  person: string;
}

/** The units a form recognises: the listed ones and the unit holding the dossier. */
export function knownUnits(settings: Pick<DeskSettings, 'units' | 'leaders'>, holder: Unit): Unit[] {
  const units = directoryUnits(settings);
  return holder.kind === 'desk' || findUnit(units, holder.name) ? units : [...units, holder];
}

/** A unit's draft from where it starts (the unit holding the dossier); the desk is left blank. */
export function unitDraft(unit: Unit | null | undefined): UnitDraft {
  return !unit || unit.kind === 'desk' ? { name: '', person: '' } : { name: unit.name, person: unit.person ?? '' };
}

/**
 * The unit typed, completed from the list (its spelling, kind and person) when it is listed, or
 * with the fallback kind when typed freely. Null when nothing was typed.
 */
export function unitFrom(draft: UnitDraft, units: readonly Unit[], fallback: Unit['kind']): Unit | null {
  const name = draft.name.trim();
  if (!name) return null;
  const found = findUnit(units, name);
  return { kind: found?.kind ?? fallback, name: found?.name ?? name, person: draft.person.trim() || found?.person || null };
}

/**
 * The person to show when the unit's name changes to `name`: a listed unit brings its person,
 * unless the officer typed another one (which is kept).
 */
export function personFor(units: readonly Unit[], before: UnitDraft, name: string): string {
  const typedByHand = before.person !== '' && before.person !== (findUnit(units, before.name)?.person ?? '');
  return typedByHand ? before.person : (findUnit(units, name)?.person ?? '');
}

/** Name (with the list's suggestions) and person of the unit that acted, e.g. who appraised. */
export function UnitFields({
  id,
  label,
  personLabel,
  value,
  units,
  onChange,
}: {
  id: string;
  label: string;
  personLabel: string;
  value: UnitDraft;
  units: readonly Unit[];
  onChange(next: UnitDraft): void;
}) {
  const listId = `${id}-units`;
  return (
    <div className="field-row">
      <Field id={`${id}-name`} label={label}>
        <input
          id={`${id}-name`}
          value={value.name}
          list={units.length ? listId : undefined}
          autoComplete="off"
          onChange={(e) => {
            const name = e.target.value;
            onChange({ name, person: personFor(units, value, name) });
          }}
        />
        <UnitOptions id={listId} units={units} />
      </Field>
      <Field id={`${id}-person`} label={personLabel}>
        <input id={`${id}-person`} value={value.person} autoComplete="off" onChange={(e) => onChange({ ...value, person: e.target.value })} />
      </Field>
    </div>
  );
}
