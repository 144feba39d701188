// What the first screen costs to download: the JS and CSS that index.html loads before the app can
// draw (entry script, module preloads, stylesheets), each gzipped as a server would send it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET = 120 * 1024;

export async function firstLoadSize(dist = 'dist') {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.(?:js|css))"/g)) refs.add(m[1]);
  const files = [];
  for (const ref of refs) {
    const body = await readFile(join(dist, ref.replace(/^\//, '')));
    files.push({ file: ref, bytes: body.length, gzip: gzipSync(body, { level: 6 }).length });
  }
  return { files, totalGzip: files.reduce((s, f) => s + f.gzip, 0) };
}
