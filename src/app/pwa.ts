/**
 * Service worker registration with workbox-window. An update never reloads by itself: the officer
 * may be in the middle of a form, so a waiting version is offered and applied on request.
 *
 * It also tells the officer when this device can work without a network: until the service worker
 * has every file of the app (its first install), a lost connection means a screen not yet opened
 * cannot load, and a reload shows the browser's "no internet" page. `offline` in the UI state says
 * where that stands ('loading' with x/y files, then 'ready'); the shell shows it (Layout).
 */
import { PRECACHE_PROGRESS, type PrecacheProgress } from './swMessages';
import { useUi } from './uiState';

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    useUi.setState({ offline: { state: 'unsupported' } });
    return;
  }
  // An active worker controlling this page finished its install: every file is on the device.
  if (navigator.serviceWorker.controller) useUi.setState({ offline: { state: 'ready' } });

  // The first install reports each file it stores (src/sw.ts).
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as Partial<PrecacheProgress> | null;
    if (data?.type !== PRECACHE_PROGRESS || useUi.getState().offline.state === 'ready') return;
    useUi.setState({ offline: { state: 'loading', done: data.done ?? 0, total: data.total ?? 0 } });
  });
  navigator.serviceWorker.startMessages();

  // Loaded after the first screen, like everything not needed to draw it.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('waiting', () => {
    useUi.setState({
      update: {
        apply: () => {
          // Reload once the new worker has taken control, not before.
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        },
      },
    });
  });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) useUi.setState({ offline: { state: 'ready' } });
  });
  try {
    const registration = await wb.register({ immediate: true });
    if (registration?.active && !registration.installing && !registration.waiting) useUi.setState({ offline: { state: 'ready' } });
    else if (registration?.installing && useUi.getState().offline.state === 'unknown') useUi.setState({ offline: { state: 'loading', done: 0, total: 0 } });
  } catch (error) {
    // Offline at this moment: try again when the network is back, it is no browser limitation.
    if (!navigator.onLine) {
      window.addEventListener('online', () => void wb.register({ immediate: true }).catch(() => undefined), { once: true });
      return;
    }
    console.error('motcua: service worker registration failed', error);
    useUi.setState({ offline: { state: 'unsupported' } });
  }
}

export function watchConnectivity(): void {
  const update = () => useUi.setState({ online: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}
