/** Messages between the service worker (src/sw.ts) and the page (pwa.ts). */
export const PRECACHE_PROGRESS = 'motcua:precache-progress';

/** How many of the files needed offline are on the device, during the service worker's install. */
export interface PrecacheProgress {
  type: typeof PRECACHE_PROGRESS;
  done: number;
  total: number;
}
