import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHub } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import { migrate } from '../../server/migrate';

/** The built app as vite writes it: hashed assets with .br/.gz copies beside every text file. */
function fakeBuild(dir: string): void {
  const write = (path: string, text: string) => {
    const file = join(dir, path);
    writeFileSync(file, text);
    writeFileSync(`${file}.br`, brotliCompressSync(Buffer.from(text)));
    writeFileSync(`${file}.gz`, gzipSync(Buffer.from(text)));
  };
  mkdirSync(join(dir, 'assets'), { recursive: true });
  write('index.html', `<!doctype html><title>Một cửa</title>${'<!-- padding -->'.repeat(100)}`);
  write('sw.js', 'self.addEventListener("install", () => {});');
  write('manifest.webmanifest', '{"name":"Một cửa"}');
  write('assets/index-3f2a1b.js', `console.log(${JSON.stringify('x'.repeat(2000))});`);
}

describe('the hub serves the built app', () => {
  let dir: string;
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hub-static-'));
    fakeBuild(dir);
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    app = createHub({ database: db, logger: false, staticDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends hashed assets precompressed and immutable, with Vary and an ETag per coding', async () => {
    const br = await app.inject({ url: '/assets/index-3f2a1b.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    const gz = await app.inject({ url: '/assets/index-3f2a1b.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).toBeTruthy();
    expect(gz.headers.etag).not.toBe(br.headers.etag);
    const plain = await app.inject({ url: '/assets/index-3f2a1b.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
  });

  it('revalidates index.html, sw.js and the manifest (no-cache, 304 on a matching ETag)', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      const again = await app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(res.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
    }
  });

  it('answers a client-side route with the app shell, a missing asset with 404, an unknown API path with the error shape', async () => {
    const nav = await app.inject({ url: '/ho-so/123?tab=2' });
    expect(nav.statusCode).toBe(200);
    expect(nav.headers['cache-control']).toBe('no-cache');
    expect(nav.body).toContain('Một cửa');
    expect((await app.inject({ url: '/assets/missing-abc.js' })).statusCode).toBe(404);
    // A procedure's page: its code has dots, but a browser opening it asks for a page.
    const dotted = await app.inject({ url: '/thu-tuc/2.000815', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(dotted.statusCode).toBe(200);
    expect(dotted.body).toContain('Một cửa');
    expect((await app.inject({ url: '/assets/missing-abc.js', headers: { accept: '*/*' } })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not-found');
  });
});
