/** What the app does once at start, beside the first render (loaded as its own chunk by startup.ts, with the database). */
import { ensureCatalogue } from '../store/catalogue';
import { db } from '../store/db';
import { loadSettings } from '../store/settings';
import { requestPersistence, storageUse } from '../store/storage';
import { useUi } from './uiState';

export async function bootstrap(): Promise<void> {
  // A newer version of the app in another tab upgrades the database: Dexie closes this tab's
  // connection so the upgrade can proceed, and this tab must not go on writing with old code.
  db().on('versionchange', () => {
    useUi.setState({ outdated: true });
  });
  await loadSettings(); // gives this device its id on first start
  await ensureCatalogue();
  const [persistence, storage] = await Promise.all([requestPersistence(), storageUse()]);
  useUi.setState({ persistence, storage });
}
