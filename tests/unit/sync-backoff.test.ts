import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffCeiling, backoffDelay } from '../../src/sync/backoff';

describe('backoff after failed syncs', () => {
  it('doubles its ceiling from 5 s and stops at 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffCeiling(n))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    expect(BACKOFF_BASE_MS).toBe(5_000);
    expect(BACKOFF_CAP_MS).toBe(300_000);
  });

  it('draws a full-jitter delay between 0 and the ceiling', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(10_000);
    expect(backoffDelay(3, () => 0.999_999)).toBeLessThan(20_000);
    expect(backoffDelay(50, () => 0.999_999)).toBeLessThan(300_000);
    expect(backoffDelay(50, () => 0.5)).toBe(150_000);
  });

  it('waits nothing before any failure and survives a broken random source', () => {
    expect(backoffDelay(0, () => 0.7)).toBe(0);
    expect(backoffDelay(2, () => 7)).toBe(10_000);
    expect(backoffDelay(2, () => -1)).toBe(0);
  });
});
