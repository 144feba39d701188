/**
 * Starting the app, and saying plainly why it could not start. Kept free of the database so the
 * first screen draws before Dexie has arrived: bootstrap.ts (which opens it) is a chunk of its own.
 */
import { registerServiceWorker } from './pwa';
import { useUi } from './uiState';

/** Why start-up failed; each kind has its own advice (Layout's start-up banner). */
export type StartupFailure =
  /** Plain HTTP from another machine: no crypto.randomUUID, no service worker. Needs HTTPS. */
  | { kind: 'insecure'; address: string }
  /** The on-device database would not open or write (full disk, private mode, blocked). */
  | { kind: 'storage'; message: string }
  /** The app's own code could not be fetched (offline before the first download finished). */
  | { kind: 'load'; message: string }
  | { kind: 'other'; message: string };

/**
 * Browsers give IDs (crypto.randomUUID), service workers and persistent storage only to secure
 * contexts: https://, or http://localhost on the serving machine.
 */
export function insecureContext(win: Pick<Window, 'isSecureContext' | 'location'>): StartupFailure | null {
  if (win.isSecureContext !== false) return null;
  return { kind: 'insecure', address: win.location.origin };
}

/** IndexedDB's and Dexie's failure names: a storage problem, where free space may be the cause. */
const STORAGE_ERRORS = new Set([
  'QuotaExceededError',
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'InvalidStateError',
  'VersionError',
  'UnknownError',
  'AbortError',
  'StorageFullError',
]);

function errorChain(error: unknown): { name?: unknown; message?: unknown }[] {
  const chain: { name?: unknown; message?: unknown }[] = [];
  let e = error;
  while (e && typeof e === 'object' && !chain.includes(e as object) && chain.length < 5) {
    chain.push(e as { name?: unknown; message?: unknown });
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return chain;
}

export function describeStartupFailure(error: unknown): StartupFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (errorChain(error).some((e) => typeof e.name === 'string' && STORAGE_ERRORS.has(e.name))) return { kind: 'storage', message };
  return { kind: 'other', message };
}

/**
 * What main.tsx runs once, beside the first render: refuses an insecure context with an
 * explanation, loads the database and the catalogue (bootstrap.ts, its own chunk), then registers
 * the service worker, so that its download of the whole app does not compete with the first screen.
 */
export async function start(win: Window = window, loadBootstrap: () => Promise<{ bootstrap(): Promise<void> }> = () => import('./bootstrap')): Promise<void> {
  const insecure = insecureContext(win);
  if (insecure) {
    useUi.setState({ startupError: insecure });
    return;
  }
  try {
    const module = await loadBootstrap().catch((error: unknown) => {
      throw Object.assign(new Error(error instanceof Error ? error.message : String(error), { cause: error }), { name: 'ChunkLoadError' });
    });
    await module.bootstrap();
  } catch (error) {
    console.error('motcua: start-up failed', error);
    const failure = (error as { name?: unknown } | null)?.name === 'ChunkLoadError' ? { kind: 'load' as const, message: (error as Error).message } : describeStartupFailure(error);
    useUi.setState({ startupError: failure });
  }
  await registerServiceWorker();
}
