/** UI state that is not data: language, connectivity, storage and update banners. */
import { create } from 'zustand';
import type { PersistenceState, StorageUse } from '../store/storage';
import type { StartupFailure } from './startup';

export type Language = 'vi' | 'en';

export type OfflineReadiness =
  | { state: 'unknown' }
  | { state: 'ready' }
  | { state: 'unsupported' }
  | { state: 'loading'; done: number; total: number }
  /** The first download stopped (link lost): it goes on when the network is back. */
  | { state: 'interrupted' };

export interface UiState {
  language: Language;
  online: boolean;
  persistence: PersistenceState | null;
  storage: StorageUse | null;
  /** A new service worker is waiting; `apply` activates it and reloads. */
  update: { apply: () => void } | null;
  /**
   * Whether this device can work without a network (service worker installed with every file):
   * 'unknown' before the check, 'loading' during the first download (x of y files), 'interrupted'
   * if it stopped, 'ready', or 'unsupported' (no service worker: plain HTTP, private mode, an old browser).
   */
  offline: OfflineReadiness;
  /** Another tab opened a newer version of the database: this tab must reload to go on. */
  outdated: boolean;
  /** The database is being upgraded to this version of the app (stored records rewritten). */
  upgrading: boolean;
  /** Start-up failed (insecure address, database could not open, code could not load): shown, not hidden. */
  startupError: StartupFailure | null;
  setLanguage(language: Language): void;
}

const LANGUAGE_KEY = 'motcua.language';

function initialLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const useUi = create<UiState>((set) => ({
  language: initialLanguage(),
  online: globalThis.navigator?.onLine ?? true,
  persistence: null,
  storage: null,
  update: null,
  offline: { state: 'unknown' },
  outdated: false,
  upgrading: false,
  startupError: null,
  setLanguage(language) {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this session only.
    }
    document.documentElement.lang = language;
    set({ language });
  },
}));
