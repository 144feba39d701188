/**
 * The desk's settings: who this commune and device are, and the rules it applies. Stored as one
 * record per key so a later version can add keys without a migration; read with defaults.
 */
import type { DeskSettings } from '../domain/deskSettings';
import { DEFAULT_DESK_SETTINGS } from '../domain/deskSettings';
import { normaliseCalendarSettings } from '../domain/calendar/workCalendar';
import { db, type MotcuaDatabase } from './db';

const KEY = 'desk';

/** Reads the settings with defaults; never writes (safe inside a live query). */
export async function readSettings(database: MotcuaDatabase = db()): Promise<DeskSettings> {
  const row = await database.settings.get(KEY);
  const stored = (row?.value ?? {}) as Partial<DeskSettings>;
  return {
    ...DEFAULT_DESK_SETTINGS,
    ...stored,
    // Official lists stored in the old replacing shape are converted here (holidays.ts).
    calendar: normaliseCalendarSettings(stored.calendar),
  };
}

/** Reads the settings, giving the device its id on first use. */
export async function loadSettings(database: MotcuaDatabase = db()): Promise<DeskSettings> {
  const settings = await readSettings(database);
  if (!settings.deviceId) {
    // Made once per device: every event it makes carries this id (DOMAIN: sync across devices).
    settings.deviceId = crypto.randomUUID();
    await database.settings.put({ key: KEY, value: settings });
  }
  return settings;
}

export async function saveSettings(patch: Partial<DeskSettings>, database: MotcuaDatabase = db()): Promise<DeskSettings> {
  return database.transaction('rw', database.settings, async () => {
    const next = { ...(await loadSettings(database)), ...patch };
    await database.settings.put({ key: KEY, value: next });
    return next;
  });
}

/** A small typed value kept beside the settings (catalogue version, last clock stamp…). */
export async function getMeta<T>(key: string, database: MotcuaDatabase = db()): Promise<T | undefined> {
  return (await database.settings.get(`meta:${key}`))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown, database: MotcuaDatabase = db()): Promise<void> {
  await database.settings.put({ key: `meta:${key}`, value });
}
