/**
 * Service worker registration with workbox-window. An update never reloads by itself: the officer
 * may be in the middle of a form, so a waiting version is offered and applied on request.
 */
import { Workbox } from 'workbox-window';
import { useUi } from './uiState';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
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
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) useUi.setState({ offlineReady: true });
  });
  void wb.register();
}

export function watchConnectivity(): void {
  const update = () => useUi.setState({ online: navigator.onLine });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}
