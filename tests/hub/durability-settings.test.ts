/**
 * The embedded hub's durable setting (server/db.ts, docs/durability.md): a data folder opens with
 * fsync on and the WAL written synchronously, whatever PGlite's own defaults become.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db';

const dir = mkdtempSync(join(tmpdir(), 'motcua-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database in a data folder', () => {
  it('runs with fsync on and the WAL opened for synchronous writes', async () => {
    const db = await openDatabase({ dataDir: join(dir, 'hub') });
    try {
      expect((await db.query<{ fsync: string }>('SHOW fsync')).rows[0]!.fsync).toBe('on');
      expect((await db.query<{ wal_sync_method: string }>('SHOW wal_sync_method')).rows[0]!.wal_sync_method).toBe('open_datasync');
      await db.exec('CREATE TABLE t (n int); INSERT INTO t VALUES (1);');
    } finally {
      await db.close();
    }
    // And it opens again with what it wrote.
    const again = await openDatabase({ dataDir: join(dir, 'hub') });
    expect((await again.query<{ n: number }>('SELECT n FROM t')).rows).toEqual([{ n: 1 }]);
    await again.close();
  });
});
