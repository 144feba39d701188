// Serves the built app (dist/) with the fallback a single-page app needs: any path that is not a
// file gets index.html. Used by `npm start`, the browser tests and the benchmarks.
//
// Slow links: text files are sent as the brotli or gzip copy the build wrote beside them
// (scripts/compress.mjs), chosen by the request's Accept-Encoding, with `Vary: Accept-Encoding`.
// Hashed files under /assets/ are cached for a year (`immutable`); everything else (index.html,
// sw.js, the manifest, icons) is revalidated on every use (`no-cache`) and answered 304 when its
// ETag still matches, so an update is seen at once and costs nothing when there is none.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Extensions the build precompresses; only these may have a .br / .gz sibling. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** Content codings we have files for, in order of preference (brotli is ~15% smaller than gzip). */
const CODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The codings the client accepts (q > 0), from an Accept-Encoding header. */
export function acceptedCodings(header) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (coding) => {
    const q = accepted.get(coding) ?? accepted.get('*');
    return q !== undefined && q > 0;
  };
  return CODINGS.filter((c) => ok(c.name)).map((c) => c.name);
}

async function fileInfo(path) {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? info : null;
}

/** Starts the server; resolves with its URL and a close function. Port 0 picks a free one. */
export async function startStaticServer({ root = 'dist', port = 4173, host = '127.0.0.1', precompressed = true } = {}) {
  const base = resolve(root);
  const assets = join(base, 'assets') + sep;
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      let path;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file = normalize(join(base, path));
      // Inside the root only: `dist-old/` next to `dist/` shares its prefix, so compare with a separator.
      if (path.includes('\0') || (file !== base && !file.startsWith(base + sep))) {
        res.writeHead(403).end();
        return;
      }
      const dir = await stat(file).catch(() => null);
      if (dir?.isDirectory()) file = join(file, 'index.html');
      let info = await fileInfo(file);
      if (!info) {
        // Navigations fall back to the app shell; a missing asset is a real 404. A route may look
        // like a file ("/thu-tuc/2.000815": procedure codes have dots), so a request that asks for
        // a page (Accept: text/html) is a navigation whatever its last dot says.
        if (extname(path) && !String(req.headers.accept ?? '').includes('text/html')) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE }).end('Not found');
          return;
        }
        file = join(base, 'index.html');
        info = await fileInfo(file);
        if (!info) throw new Error(`no index.html in ${base}`);
      }

      const ext = extname(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        // Hashed assets never change; the shell and the service worker must always be revalidated.
        'cache-control': file.startsWith(assets) ? IMMUTABLE : REVALIDATE,
      };
      let body = file;
      if (precompressed && COMPRESSIBLE.has(ext)) {
        headers.vary = 'Accept-Encoding';
        for (const coding of acceptedCodings(req.headers['accept-encoding'])) {
          const suffix = CODINGS.find((c) => c.name === coding).suffix;
          const compressed = await fileInfo(file + suffix);
          // A stale copy (older than the file) is never sent.
          if (compressed && compressed.mtimeMs >= info.mtimeMs) {
            body = file + suffix;
            info = compressed;
            headers['content-encoding'] = coding;
            break;
          }
        }
      }
      // One ETag per representation: the gzip and brotli copies of a file differ.
      headers.etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${headers['content-encoding'] ? `-${headers['content-encoding']}` : ''}"`;
      headers['last-modified'] = info.mtime.toUTCString();

      const match = req.headers['if-none-match'];
      if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === headers.etag)) {
        delete headers['content-type'];
        res.writeHead(304, headers).end();
        return;
      }
      headers['content-length'] = info.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(body).pipe(res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${typeof address === 'object' && address ? address.port : port}`;
  return { url, close: () => new Promise((ok) => server.close(() => ok(undefined))) };
}
