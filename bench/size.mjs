// Benchmark: first-load transfer size of the built shell. Run: npm run build && node bench/size.mjs
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadSize, FIRST_LOAD_BUDGET } from './firstLoad.mjs';

const { files, totalGzip } = await firstLoadSize('dist');
// What the server really sends: the brotli copies the build wrote (scripts/compress.mjs).
const brotli = (file) => {
  const path = join('dist', `${file.replace(/^\//, '')}.br`);
  return existsSync(path) ? statSync(path).size : null;
};
let totalBrotli = 0;
for (const f of files) {
  const br = brotli(f.file);
  totalBrotli += br ?? f.bytes;
  console.log(`${f.file.padEnd(44)} ${String(f.bytes).padStart(8)} B  ${String(f.gzip).padStart(7)} B gzip  ${String(br ?? '-').padStart(7)} B br`);
}
console.log(`first load (JS + CSS, gzip): ${(totalGzip / 1024).toFixed(1)} KB of ${FIRST_LOAD_BUDGET / 1024} KB budget; as sent (brotli): ${(totalBrotli / 1024).toFixed(1)} KB`);
