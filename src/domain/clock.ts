/**
 * Hybrid logical clock (HLC) — orders dossier events made on devices that work offline for days
 * and whose wall clocks disagree (events.ts `hlc`).
 *
 * A stamp is `${ms:15 digits}:${counter:5 base-36 digits}:${deviceId}`, e.g.
 * `001763779200000:00000:desk-1`. Both numeric parts are fixed width and base-36 digits are
 * lower-case ('0'–'9' sort before 'a'–'z' in UTF-16), so plain string comparison gives the HLC
 * order: physical time, then counter, then device id. That lets the store and the hub (SQL
 * `ORDER BY hlc`) sort stamps without parsing them.
 *
 * Guarantees:
 *  - every stamp a clock issues is greater than every stamp it issued or received before, even
 *    when the device's clock jumps backwards (NTP correction, battery swap, an officer fixing the
 *    date): the physical part then stays at the last value and the counter moves on;
 *  - an event made after seeing a remote event (receive) sorts after it — causality survives
 *    wrong clocks;
 *  - two devices never issue the same stamp, because the device id is part of it.
 */

const MS_WIDTH = 15;
const COUNTER_WIDTH = 5;
const COUNTER_RADIX = 36;
/** 36^5 − 1 ≈ 60 million events in one millisecond before the counter spills into the ms part. */
const MAX_COUNTER = COUNTER_RADIX ** COUNTER_WIDTH - 1;
/** 10^15 − 1 ms is the year 33658: the fixed width holds for any real instant. */
const MAX_MS = 10 ** MS_WIDTH - 1;

const STAMP_RE = /^(\d{15}):([0-9a-z]{5}):(.+)$/s;

export interface Hlc {
  /** Physical part: epoch milliseconds (may run ahead of the wall clock after a receive). */
  ms: number;
  /** Logical part: orders events within the same millisecond. */
  counter: number;
  deviceId: string;
}

export interface HlcClock {
  /** Stamp for an event made on this device now. */
  tick(): string;
  /** Merge a stamp seen from another device, so later local stamps sort after it. */
  receive(remote: string): void;
  /**
   * A stamp at or above every stamp issued or received so far. Persist it and pass it back as
   * `options.last` after a restart.
   */
  last(): string;
}

export interface HlcOptions {
  /**
   * The last stamp this device issued or received before a restart (kept in storage). Without
   * it a device whose clock went backwards while the app was closed could issue stamps lower
   * than the ones it already synced.
   */
  last?: string | null;
  /**
   * A remote stamp further ahead of our wall clock than this is still merged (refusing it would
   * break causal order), but reported, so the sync screen can say which device has a wrong clock.
   * Default: 1 hour.
   */
  maxDriftMs?: number;
  onDrift?: (info: { remote: string; driftMs: number }) => void;
}

export class HlcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HlcError';
  }
}

export function formatHlc(h: Hlc): string {
  if (!Number.isSafeInteger(h.ms) || h.ms < 0 || h.ms > MAX_MS) throw new HlcError(`HLC: thời điểm không hợp lệ (${h.ms})`);
  if (!Number.isSafeInteger(h.counter) || h.counter < 0 || h.counter > MAX_COUNTER) {
    throw new HlcError(`HLC: bộ đếm không hợp lệ (${h.counter})`);
  }
  assertDeviceId(h.deviceId);
  return `${String(h.ms).padStart(MS_WIDTH, '0')}:${h.counter.toString(COUNTER_RADIX).padStart(COUNTER_WIDTH, '0')}:${h.deviceId}`;
}

/** Parse a stamp; throws HlcError on anything this module would not have produced. */
export function parseHlc(stamp: string): Hlc {
  const m = STAMP_RE.exec(stamp);
  if (!m) throw new HlcError(`HLC: dấu thời gian không hợp lệ: "${stamp}"`);
  const [, ms, counter, deviceId] = m as unknown as [string, string, string, string];
  return { ms: Number(ms), counter: parseInt(counter, COUNTER_RADIX), deviceId };
}

export function isHlc(stamp: string): boolean {
  return STAMP_RE.test(stamp);
}

/**
 * Total order of stamps. Equal to comparing the strings, because the numeric parts are fixed
 * width; spelled out so callers do not depend on `localeCompare` (which is *not* code-unit order).
 */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertDeviceId(deviceId: string): void {
  // A newline would break line-based logs and dumps; an empty id would make stamps collide.
  if (deviceId.length === 0 || /[\r\n]/.test(deviceId)) throw new HlcError('HLC: mã thiết bị không hợp lệ');
}

export function createHlc(deviceId: string, now: () => number = Date.now, options: HlcOptions = {}): HlcClock {
  assertDeviceId(deviceId);
  const maxDriftMs = options.maxDriftMs ?? 60 * 60 * 1000;
  // State: the greatest (ms, counter) seen. The device id of the greatest stamp does not matter:
  // our own stamps always carry our id, and ties on (ms, counter) are broken by id.
  let ms = 0;
  let counter = 0;
  if (options.last) {
    const prev = parseHlc(options.last);
    ms = prev.ms;
    counter = prev.counter;
  }
  let lastStamp = formatHlc({ ms, counter, deviceId });

  function wall(): number {
    const t = Math.floor(now());
    // A broken clock source (NaN, negative) must not corrupt the state: fall back to logical time.
    return Number.isFinite(t) && t >= 0 ? Math.min(t, MAX_MS) : 0;
  }

  function advance(nextMs: number, nextCounter: number): void {
    if (nextCounter > MAX_COUNTER) {
      // Only reachable under an absurd burst; moving the physical part by 1 ms keeps the order.
      nextMs += 1;
      nextCounter = 0;
    }
    ms = nextMs;
    counter = nextCounter;
  }

  return {
    tick(): string {
      const t = wall();
      if (t > ms) advance(t, 0);
      else advance(ms, counter + 1); // clock went backwards or stood still
      lastStamp = formatHlc({ ms, counter, deviceId });
      return lastStamp;
    },

    receive(remote: string): void {
      const r = parseHlc(remote);
      const t = wall();
      if (r.ms - t > maxDriftMs) options.onDrift?.({ remote, driftMs: r.ms - t });
      if (t > ms && t > r.ms) {
        advance(t, 0);
      } else if (r.ms > ms) {
        advance(r.ms, r.counter + 1);
      } else if (r.ms === ms) {
        advance(ms, Math.max(counter, r.counter) + 1);
      } else {
        advance(ms, counter + 1);
      }
      // (ms, counter) now exceeds the remote's, so this stamp is above everything seen.
      lastStamp = formatHlc({ ms, counter, deviceId });
    },

    last(): string {
      return lastStamp;
    },
  };
}
