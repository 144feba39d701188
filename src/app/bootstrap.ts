/** What the app does once at start, beside the first render (loaded as its own chunk by startup.ts, with the database). */
import { ensureCatalogue } from '../store/catalogue';
import { db } from '../store/db';
import { CURRENT_SCHEMA_VERSION } from '../store/schema';
import { loadSettings } from '../store/settings';
import { requestPersistence, storageUse } from '../store/storage';
import { useUi } from './uiState';

/**
 * Whether opening the database will run a schema upgrade (an app update that rewrites stored
 * records, e.g. deriving every dossier again): Dexie stores its version ×10 in IndexedDB. Unknown
 * (no `indexedDB.databases`, or a first start with no database yet): no.
 */
export async function upgradePending(factory: Pick<IDBFactory, 'databases'> | undefined = globalThis.indexedDB): Promise<boolean> {
  try {
    const found = (await factory?.databases?.())?.find((d) => d.name === db().name);
    return found?.version !== undefined && found.version > 0 && found.version < CURRENT_SCHEMA_VERSION * 10;
  } catch {
    return false;
  }
}

export async function bootstrap(): Promise<void> {
  // An upgrade over 100,000 dossiers takes about a minute (docs/benchmarks.md): say so meanwhile.
  if (await upgradePending()) {
    useUi.setState({ upgrading: true });
    try {
      await db().open();
    } finally {
      useUi.setState({ upgrading: false });
    }
  }
  // A newer version of the app in another tab upgrades the database: Dexie closes this tab's
  // connection so the upgrade can proceed, and this tab must not go on writing with old code.
  db().on('versionchange', () => {
    useUi.setState({ outdated: true });
  });
  await loadSettings(); // gives this device its id on first start
  await ensureCatalogue();
  const [persistence, storage] = await Promise.all([requestPersistence(), storageUse()]);
  useUi.setState({ persistence, storage });
  // Sync with the hub beside the desk's work (its own chunk); a failure there never stops the desk.
  void import('../sync/appSync').then((m) => m.startAppSync(db())).catch(() => undefined);
}
