/**
 * When to try again after a failed sync: exponential backoff with full jitter (a random delay
 * between 0 and min(cap, base·2^(n−1))), so the devices of a commune that lost the link together
 * do not all come back at the same second, and a device offline for a day tries only every few
 * minutes.
 */
export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** Delay before attempt n+1 after `failures` consecutive failures (≥ 1); `random` in [0, 1). */
export function backoffDelay(failures: number, random: () => number = Math.random, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  if (failures <= 0) return 0;
  // 2^30 overflows nothing and is far above the cap already.
  const ceiling = Math.min(cap, base * 2 ** Math.min(failures - 1, 30));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/** The largest delay backoffDelay can return after `failures` failures (for the screen's "next try"). */
export function backoffCeiling(failures: number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  return failures <= 0 ? 0 : Math.min(cap, base * 2 ** Math.min(failures - 1, 30));
}
