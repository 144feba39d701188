// Benchmark: what durable commits cost the embedded hub database (PGlite with a data folder).
// Run: node bench/durability.mjs [folder]     (results in docs/durability.md)
//
// Two ways of starting PGlite on the same disk:
//   default      PGlite's own start parameters: `-F` (fsync off). Each COMMIT still writes its WAL
//                into the data folder (a pwrite into the OS page cache) before the query returns.
//   wal-osync    without `-F`, with wal_sync_method=open_datasync: the WAL file is opened O_SYNC on
//                the host (Emscripten's O_DSYNC maps to Node's O_SYNC), so each COMMIT's WAL write
//                reaches the disk before the query returns. (PGlite's fsync() itself is a no-op in
//                Node: only the O_SYNC open makes a write durable.)
// Each: 300 one-row transactions, and 60 transactions of 50 rows (a push batch), timed per commit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const BASE = ['--single', '-O', '-j', '-c', 'search_path=public', '-c', 'exit_on_error=false', '-c', 'log_checkpoints=false', '-c', 'max_worker_processes=0', '-c', 'max_parallel_workers=0', '-c', 'max_parallel_workers_per_gather=0', '-c', 'io_method=sync', '-c', 'max_parallel_maintenance_workers=0'];
const MODES = {
  default: undefined,
  'wal-osync': [...BASE, '-c', 'wal_sync_method=open_datasync'],
};

const root = mkdtempSync(join(process.argv[2] ?? tmpdir(), 'motcua-durability-'));
const body = JSON.stringify({ type: 'noted', text: 'x'.repeat(400) });
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `p50 ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${s.at(-1).toFixed(2)} ms`;
};

try {
  for (const [name, startParams] of Object.entries(MODES)) {
    const db = await PGlite.create(join(root, name), startParams ? { startParams } : {});
    const settings = (await db.query("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'wal_sync_method')")).rows.map((r) => `${r.name}=${r.setting}`).join(' ');
    await db.exec('CREATE TABLE events (id serial PRIMARY KEY, body jsonb NOT NULL)');
    const single = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await db.query('INSERT INTO events (body) VALUES ($1)', [body]);
      single.push(performance.now() - t);
    }
    const batch = [];
    for (let i = 0; i < 60; i++) {
      const t = performance.now();
      await db.transaction(async (tx) => {
        for (let j = 0; j < 50; j++) await tx.query('INSERT INTO events (body) VALUES ($1)', [body]);
      });
      batch.push(performance.now() - t);
    }
    await db.close();
    console.log(`${name.padEnd(10)} (${settings})`);
    console.log(`  one-row commit:      ${stats(single)}`);
    console.log(`  50-row batch commit: ${stats(batch)}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
