// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the
// highest levels (brotli 11, gzip 9): the server then sends them as they are (staticServer.mjs),
// with no compression work per request. Run by the build (vite.config.ts) after the service
// worker is generated, so sw.js gets its copies too; also `node scripts/compress.mjs [dir]`.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE } from './staticServer.mjs';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Below this, compression saves less than a packet: not worth a second file. */
const MIN_BYTES = 1024;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses every compressible file of `dir`; resolves with what was written. */
export async function compressDir(dir) {
  const written = [];
  for await (const file of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const { size } = await stat(file);
    if (size < MIN_BYTES) continue;
    const body = await readFile(file);
    const [br, gzipped] = await Promise.all([
      brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: extname(file) === '.svg' || extname(file) === '.html' ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }),
      gz(body, { level: 9 }),
    ]);
    // A copy that is not smaller is useless: the server then sends the file itself.
    if (br.length < size) await writeFile(`${file}.br`, br);
    if (gzipped.length < size) await writeFile(`${file}.gz`, gzipped);
    written.push({ file, bytes: size, br: br.length, gzip: gzipped.length });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await compressDir(process.argv[2] ?? 'dist');
  const sum = (key) => files.reduce((s, f) => s + f[key], 0);
  console.log(`compressed ${files.length} files: ${sum('bytes')} B → ${sum('br')} B brotli, ${sum('gzip')} B gzip`);
}
