/** Live data every screen may need: the settings and the rules they produce. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DEFAULT_DESK_SETTINGS, rulesFor, type DeskRules, type DeskSettings } from '../domain/deskSettings';
import { readSettings } from '../store/settings';

export function useDeskSettings(): DeskSettings | undefined {
  return useLiveQuery(readSettings, []);
}

export function useDeskRules(settings: DeskSettings | undefined): DeskRules {
  return rulesFor(settings ?? DEFAULT_DESK_SETTINGS);
}

/** The current instant, refreshed every `everyMs` so queues move on as time passes. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
