// Benchmark: first-load transfer size of the built shell. Run: npm run build && node bench/size.mjs
import { firstLoadSize, FIRST_LOAD_BUDGET } from './firstLoad.mjs';

const { files, totalGzip } = await firstLoadSize('dist');
for (const f of files) console.log(`${f.file.padEnd(44)} ${String(f.bytes).padStart(8)} B  ${String(f.gzip).padStart(7)} B gzip`);
console.log(`first load (JS + CSS, gzip): ${(totalGzip / 1024).toFixed(1)} KB of ${FIRST_LOAD_BUDGET / 1024} KB budget`);
