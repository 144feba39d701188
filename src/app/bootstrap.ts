/** What the app does once at start, before and beside the first render. */
import { ensureCatalogue } from '../store/catalogue';
import { loadSettings } from '../store/settings';
import { requestPersistence, storageUse } from '../store/storage';
import { useUi } from './uiState';

export async function bootstrap(): Promise<void> {
  await loadSettings(); // gives this device its id on first start
  await ensureCatalogue();
  const [persistence, storage] = await Promise.all([requestPersistence(), storageUse()]);
  useUi.setState({ persistence, storage });
}
