// Benchmark: the hub's throughput for docs/scaling.md. Run: node bench/hubLoad.mjs
// (BENCH_DEVICES=1,4,16, BENCH_PUSH_SECONDS=12, BENCH_BACKENDS=pglite,postgres). Builds the hub
// (dist-server/hub.mjs, run as its own process) and bench/hubLoad/main.ts, which drives it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
const external = (id) => id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));

execFileSync('node', ['scripts/build-hub.mjs'], { stdio: 'inherit' });
await build({
  input: 'bench/hubLoad/main.ts',
  platform: 'node',
  external,
  output: { dir: 'bench/.out/hubLoad', format: 'esm', entryFileNames: 'main.mjs' },
  logLevel: 'warn',
});
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load generator, hub and PostgreSQL share it`);
const { main } = await import(pathToFileURL('bench/.out/hubLoad/main.mjs').href);
await main();
