/**
 * The server behind `npm start`: precompressed files chosen by Accept-Encoding, cache headers that
 * let hashed files live a year and the shell be revalidated, 304s, and nothing outside its root.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM helpers shared with `npm start` and the build
import { acceptedCodings, startStaticServer } from '../../scripts/staticServer.mjs';
// @ts-expect-error — plain ESM build step
import { compressDir } from '../../scripts/compress.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: { url: string; close: () => Promise<void> };
let port: number;
const SCRIPT = `export const text = ${JSON.stringify('Tiếp nhận hồ sơ '.repeat(400))};\n`;

/** A raw request: the path is sent as written (no URL normalisation by the client). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'motcua-serve-'));
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>Một cửa</title>${'<p>shell</p>'.repeat(200)}`);
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'tiny-X1.js'), 'export {};\n');
  writeFileSync(join(root, 'sw.js'), `self.addEventListener('fetch', () => {});\n${'// precache\n'.repeat(200)}`);
  writeFileSync(join(root, 'manifest.webmanifest'), JSON.stringify({ name: 'Một cửa', pad: 'x'.repeat(2000) }));
  writeFileSync(join(root, 'icon.png'), Buffer.alloc(3000, 7));
  // A sibling whose name starts like the root's: must stay out of reach.
  mkdirSync(join(parent, 'dist-secret'));
  writeFileSync(join(parent, 'dist-secret', 'key.txt'), 'secret');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  await compressDir(root);
  server = await startStaticServer({ root, port: 0 });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
});

describe('Accept-Encoding', () => {
  it('parses the codings a client accepts, in our order of preference', () => {
    expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedCodings('gzip')).toEqual(['gzip']);
    expect(acceptedCodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(acceptedCodings('*')).toEqual(['br', 'gzip']);
    expect(acceptedCodings('identity')).toEqual([]);
    expect(acceptedCodings(undefined)).toEqual([]);
  });

  it('sends brotli when accepted, gzip otherwise, the file itself without either — same content', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('compresses the shell and the service worker too, and falls back to index.html compressed', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/ho-so/123']) {
      const reply = await get(path, { 'accept-encoding': 'br' });
      expect(reply.headers['content-encoding'], path).toBe('br');
    }
    expect(brotliDecompressSync((await get('/ho-so/123', { 'accept-encoding': 'br' })).body).toString()).toContain('<title>Một cửa</title>');
  });

  it('opens a route whose last part has a dot (a procedure code) as a page, and keeps a missing asset a 404', async () => {
    const page = await get('/thu-tuc/2.000815', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<title>Một cửa</title>');
    expect((await get('/assets/missing-abc.js', { accept: '*/*' })).status).toBe(404);
  });

  it('sends small files and images as they are', async () => {
    const tiny = await get('/assets/tiny-X1.js', { 'accept-encoding': 'br, gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};\n');
    const png = await get('/icon.png', { 'accept-encoding': 'br, gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['vary']).toBeUndefined();
    expect(png.body.length).toBe(3000);
  });

  it('never sends a compressed copy older than the file (a file changed after the build)', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'motcua-stale-'));
    writeFileSync(join(parent, 'index.html'), '<p>old</p>'.repeat(300));
    await compressDir(parent);
    await new Promise((ok) => setTimeout(ok, 20));
    writeFileSync(join(parent, 'index.html'), '<p>new</p>'.repeat(300));
    const other = await startStaticServer({ root: parent, port: 0 });
    try {
      const reply = await fetch(`${other.url}/`, { headers: { 'accept-encoding': 'br' } });
      expect(reply.headers.get('content-encoding')).toBeNull();
      expect(await reply.text()).toContain('<p>new</p>');
    } finally {
      await other.close();
    }
  });
});

describe('cache headers', () => {
  it('caches hashed assets for a year, revalidates the shell, the service worker and the manifest', async () => {
    expect((await get('/assets/index-AbC123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/thu-tuc']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers 304 to a matching ETag, one ETag per encoding', async () => {
    const first = await get('/sw.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/sw.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers['vary']).toBe('Accept-Encoding');

    const gzip = await get('/sw.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['etag']).not.toBe(etag);
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body.length).toBe(0);
  });
});

describe('paths', () => {
  it('never serves a file outside its root', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fdist-secret%2fkey.txt',
      '/../dist-secret/key.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const reply = await get(path);
      expect(reply.body.toString(), path).not.toContain('secret');
      expect([400, 403, 404, 200], path).toContain(reply.status);
      // A 200 can only be the app shell (a navigation the URL parser normalised back inside).
      if (reply.status === 200) expect(reply.body.toString(), path).toContain('<title>Một cửa</title>');
    }
    expect((await get('/%2e%2e%2fdist-secret%2fkey.txt')).status).toBe(403);
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('gives a missing asset a 404, a missing page the app shell', async () => {
    expect((await get('/assets/gone-123.js')).status).toBe(404);
    const page = await get('/ho-so/abc');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
  });
});
