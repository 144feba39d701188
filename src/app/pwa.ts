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

const ready = () => useUi.setState({ offline: { state: 'ready' } });

const interrupted = () => useUi.setState({ offline: { state: 'interrupted' } });

/** Registers again once the network is back (or in a while): a first install that failed. */
function retryInstall(): void {
  const retry = async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const worker = registration.installing ?? registration.waiting;
      if (!worker) {
        if (registration.active) ready();
        return;
      }
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') ready();
        else if (worker.state === 'redundant' && useUi.getState().offline.state !== 'ready') {
          interrupted();
          retryInstall();
        }
      });
    } catch {
      retryInstall();
    }
  };
  // When the network comes back, or in half a minute if the browser thinks it never left.
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    window.removeEventListener('online', once);
    clearTimeout(timer);
    void retry();
  };
  window.addEventListener('online', once);
  const timer = navigator.onLine ? setTimeout(once, 30_000) : undefined;
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    useUi.setState({ offline: { state: 'unsupported' } });
    return;
  }
  // A registration with an active worker finished its install: every file is on the device.
  // (Also when the worker of a first install that failed, registered again below, succeeds.)
  void navigator.serviceWorker.ready.then(ready);

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
  // The first install failed (the link dropped, a file could not be fetched): say so, and go on
  // when the network is back instead of waiting for a reload that would show the browser's error.
  wb.addEventListener('redundant', () => {
    if (useUi.getState().offline.state === 'ready') return;
    interrupted();
    retryInstall();
  });
  try {
    const registration = await wb.register({ immediate: true });
    if (registration?.installing && useUi.getState().offline.state === 'unknown') useUi.setState({ offline: { state: 'loading', done: 0, total: 0 } });
  } catch (error) {
    console.error('motcua: service worker registration failed', error);
    // Offline at this moment: try again when the network is back, it is no browser limitation.
    if (!navigator.onLine) {
      interrupted();
      retryInstall();
    } else useUi.setState({ offline: { state: 'unsupported' } });
  }
}

export function watchConnectivity(): void {
  const update = () => useUi.setState({ online: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}
