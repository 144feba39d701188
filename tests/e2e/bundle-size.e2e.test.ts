/** The first screen's JS + CSS must stay within 120 KB gzip: the desk loads over slow links (issue 6: ≤ 5 s at 400 kbit/s). */
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM helper shared with bench/size.mjs
import { firstLoadSize, FIRST_LOAD_BUDGET } from '../../bench/firstLoad.mjs';

describe('first-load size', () => {
  it('keeps the shell within its gzip budget', async () => {
    const { totalGzip, files } = await firstLoadSize('dist');
    expect(files.length).toBeGreaterThan(0);
    expect(totalGzip, JSON.stringify(files, null, 1)).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
