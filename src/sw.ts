/**
 * The service worker (built by vite-plugin-pwa, injectManifest). It does what the generated one
 * did — precache the build, answer every navigation with the app shell, drop old caches, take
 * control at first install, wait for the officer's "reload" before an update — and one thing more:
 * it tells the open windows how far the first download has come, so the desk can say when it is
 * ready to work offline ("Đang tải để dùng khi mất mạng… x/y", src/app/pwa.ts).
 */
import { cacheNames, clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PRECACHE_PROGRESS, type PrecacheProgress } from './app/swMessages';

declare const self: ServiceWorkerGlobalScope;

const manifest = self.__WB_MANIFEST;

async function report(): Promise<void> {
  // Counted in the cache, so files kept from an install that was cut short count too.
  const done = (await (await caches.open(cacheNames.precache)).keys()).length;
  const message: PrecacheProgress = { type: PRECACHE_PROGRESS, done: Math.min(done, manifest.length), total: manifest.length };
  // During the first install no window is controlled yet: include the uncontrolled ones.
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
}

self.addEventListener('install', (event) => event.waitUntil(report()));
addPlugins([{ cacheDidUpdate: report }]);

precacheAndRoute(manifest);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));

// First install takes control at once (nothing to disrupt); an update waits until the officer
// clicks "reload", which sends SKIP_WAITING (workbox-window's messageSkipWaiting).
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
