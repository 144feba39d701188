import { beforeEach, describe, expect, it } from 'vitest';
import { catalogueIndex, ensureCatalogue, searchCatalogue } from '../../src/store/catalogue';
import { db } from '../../src/store/db';
import { freshDatabase } from './helpers';

describe('catalogue on the device', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('loads the starting catalogue once, offline, and finds procedures without diacritics', async () => {
    const count = await ensureCatalogue();
    expect(count).toBeGreaterThanOrEqual(30);
    // A second start does not reload it.
    await db().procedures.delete('1.001193');
    expect(await ensureCatalogue()).toBe(count - 1);

    const entries = await catalogueIndex();
    const found = searchCatalogue(entries, 'dang ky ket hon');
    expect(found.results[0]?.name).toMatch(/^Thủ tục đăng ký kết hôn$/);
    expect(searchCatalogue(entries, '2.000815').results[0]?.code).toBe('2.000815');
    expect(searchCatalogue(entries, 'zzzz khong co').total).toBe(0);
  });
});
