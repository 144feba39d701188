/**
 * The embedded default's durability, below the hub: a process writing into a PGlite data folder is
 * killed with SIGKILL while transactions are in flight, twice, and every transaction whose COMMIT
 * had returned (what a hub would have acknowledged) is there after a restart, whole; anything
 * else is either whole or absent (docs/durability.md). Run with PGlite's own start parameters
 * (fsync off: the WAL still reaches the OS at each commit) and with the durable WAL setting that
 * docs/durability.md proposes (fsync on, wal_sync_method=open_datasync).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';

const WRITER = join(import.meta.dirname, 'fixtures', 'pgliteWriter.mjs');
/** Acknowledged rows to wait for before each kill: enough that many batches are in flight. */
const ACKS_BEFORE_KILL = 800;

const PGLITE_DEFAULT_PARAMS = ['--single', '-O', '-j', '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false', '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0', '-c', 'io_method=sync', '-c', 'max_parallel_maintenance_workers=0'];
const MODES: Record<string, string[] | undefined> = {
  'PGlite defaults (fsync off)': undefined,
  'durable WAL (fsync on, open_datasync)': [...PGLITE_DEFAULT_PARAMS, '-c', 'wal_sync_method=open_datasync'],
};

const children = new Set<ChildProcess>();
const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the writer until it has acknowledged `acks` more rows, then SIGKILLs it; returns every id acknowledged. */
function runAndKill(dataDir: string, params: string[] | undefined, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, ...(params ? [JSON.stringify(params)] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      // Only whole lines: the kill may cut the last one.
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!killed && acked.length >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (signal === 'SIGKILL' && killed) resolve(acked);
      else reject(new Error(`writer ended on its own (${code ?? signal}): ${stderr.slice(-2000)}`));
    });
  });
}

describe.each(Object.entries(MODES))('PGlite data folder, process killed with SIGKILL: %s', (_name, params) => {
  it('keeps every acknowledged commit, and only whole transactions', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'motcua-sigkill-'));
    dirs.push(dataDir);
    const acknowledged = new Set<string>();
    for (let round = 0; round < 2; round++) {
      for (const id of await runAndKill(dataDir, params, ACKS_BEFORE_KILL)) acknowledged.add(id);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(2 * ACKS_BEFORE_KILL);

    // Opened the way the hub opens it after a crash: recovery replays the WAL.
    const db = await PGlite.create(dataDir, params ? { startParams: params } : {});
    try {
      const rows = (await db.query<{ id: string; batch: string; n: number; body: { id: string } }>('SELECT id, batch, n, body FROM acked')).rows;
      const stored = new Set(rows.map((r) => r.id));
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      // Nothing half-written: every stored transaction has all its rows, each with its own body.
      const perBatch = new Map<string, { n: number; count: number }>();
      for (const r of rows) {
        expect(r.body.id).toBe(r.id);
        const entry = perBatch.get(r.batch) ?? { n: r.n, count: 0 };
        entry.count++;
        perBatch.set(r.batch, entry);
      }
      const partial = [...perBatch].filter(([, e]) => e.count !== e.n);
      expect(partial).toEqual([]);
      // The database is whole too, not only these rows.
      const check = await db.query<{ ok: boolean }>("SELECT count(*) = count(DISTINCT id) AS ok FROM acked");
      expect(check.rows[0]?.ok).toBe(true);
    } finally {
      await db.close();
    }
  });
});
