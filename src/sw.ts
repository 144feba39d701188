/**
 * The service worker (built by vite-plugin-pwa, injectManifest). It does what the generated one
 * did — precache the build, answer every navigation with the app shell, drop old caches, take
 * control at first install, wait for the officer's "reload" before an update — and one thing more:
 * it tells the open windows how far the first download has come, so the desk can say when it is
 * ready to work offline ("Đang tải để dùng khi mất mạng… x/y", src/app/pwa.ts).
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PRECACHE_PROGRESS, type PrecacheProgress } from './app/swMessages';

declare const self: ServiceWorkerGlobalScope;

const manifest = self.__WB_MANIFEST;
let done = 0;

async function report(): Promise<void> {
  const message: PrecacheProgress = { type: PRECACHE_PROGRESS, done, total: manifest.length };
  // During the first install no window is controlled yet: include the uncontrolled ones.
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

self.addEventListener('install', (event) => {
  done = 0;
  event.waitUntil(report());
});
addPlugins([
  {
    cacheDidUpdate: async () => {
      done += 1;
      await report();
    },
  },
]);

precacheAndRoute(manifest);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

// First install takes control at once (nothing to disrupt); an update waits until the officer
// clicks "reload", which sends SKIP_WAITING (workbox-window's messageSkipWaiting).
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
