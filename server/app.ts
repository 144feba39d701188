/**
 * The provincial hub: the sync API and the built app, on one port.
 *
 * API (all under /api/v1; every reply carries `serverTime`; errors are
 * `{ error: { code, message, path?, retryAfter? } }`, 4xx for anything the client did wrong):
 *
 * | Route                               | Auth                         | Errors (besides 400 bad-request, 413 body-too-large, 415)          |
 * |-------------------------------------|------------------------------|--------------------------------------------------------------------|
 * | POST /login                         | username + password (body)   | 401 bad-credentials, 429/423 account-locked (retryAfter)           |
 * | POST /devices/enrol                 | officer username + password  | 401, 429/423 as login; 403 forbidden (province account);           |
 * |                                     |                              | 409 conflict (device of another commune), 409 no-free-range        |
 * | GET  /sync/status                   | device credential            | 401 unauthenticated, 403 device-revoked, 403 forbidden (session)   |
 * | POST /sync/push                     | device credential            | as status; per-event refusals are in the 200 reply                 |
 * | GET  /sync/pull?cursor&limit        | device credential            | as status; 409 must-refetch (cursor of another generation)         |
 * | GET  /province/devices              | province staff session       | 401 unauthenticated, 403 forbidden (officer session or device)     |
 * | POST /province/devices/:id/revoke   | province staff session       | as above; 404 not-found (not a device of the province)             |
 * | POST /province/events               | province staff session       | as above; per-event refusals in the 200 reply (as push)            |
 *
 * Bodies may be gzip (Content-Encoding: gzip; anything else → 415 unsupported-encoding); large
 * replies are compressed when the client accepts br or gzip. Unknown /api paths → 404 not-found;
 * other GETs serve the app from staticDir (SPA fallback to index.html).
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { LIMITS } from '../src/sync/protocol';
import { decompressRequest } from './body';
import type { HubContext } from './context';
import type { Database } from './db';
import { HubError } from './errors';
import { authRoutes } from './routes/auth';
import { provinceRoutes } from './routes/province';
import { syncRoutes } from './routes/sync';

export interface HubOptions {
  database: Database;
  /** The hub's clock (epoch ms); tests move it. */
  now?: () => number;
  /** Fastify/pino logger options; false in tests. Default: JSON lines at info level. */
  logger?: FastifyServerOptions['logger'];
  /** The built app (vite build); not served when absent. */
  staticDir?: string;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
/** Below this a compressed reply saves less than its headers cost. */
const COMPRESS_MIN_BYTES = 1024;

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The Fastify error of a client mistake → our code and status. */
function clientError(error: { statusCode?: number; code?: string; message?: string }): HubError | null {
  const status = error.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HubError(413, 'body-too-large', `Nội dung gửi lên quá lớn (tối đa ${Math.round(LIMITS.bodyBytes / 1024 / 1024)} MB sau khi giải nén).`);
  }
  if (status === 415) return new HubError(415, 'bad-request', 'Nội dung gửi lên phải là JSON (Content-Type: application/json).');
  if (error.code === 'Z_DATA_ERROR' || error.code === 'Z_BUF_ERROR' || /incorrect header check|unexpected end of file/i.test(error.message ?? '')) {
    return new HubError(400, 'bad-request', 'Nội dung nén gzip bị hỏng.');
  }
  if (status === 404) return new HubError(404, 'not-found', 'Không có địa chỉ này.');
  if (status === 405) return new HubError(405, 'bad-request', 'Phương thức không được hỗ trợ ở địa chỉ này.');
  return new HubError(status, 'bad-request', 'Yêu cầu không hợp lệ (nội dung không phải JSON đúng dạng).');
}

const routeLists = new WeakMap<FastifyInstance, string[]>();

/** "METHOD /api/…" of every API route of a hub (the scope test checks it walks them all). */
export function hubRoutes(app: FastifyInstance): string[] {
  return [...(routeLists.get(app) ?? [])];
}

export function createHub(options: HubOptions): FastifyInstance {
  const ctx: HubContext = { db: options.database, now: options.now ?? Date.now };
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    // One line per request, written in onResponse below without URLs' queries or bodies.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: LIMITS.bodyBytes,
    // Device ids and cursors are short; a long URL is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    // Errors the router raises before any route runs (bad percent-encoding, an overlong id): the
    // same error shape as everything else.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const raw = reply as unknown as { code(n: number): { type(t: string): { send(b: unknown): unknown } } };
      void raw
        .code(tooLong ? 414 : 400)
        .type('application/json; charset=utf-8')
        .send(new HubError(tooLong ? 414 : 400, 'bad-request', tooLong ? 'Địa chỉ quá dài.' : 'Địa chỉ không hợp lệ.').toBody());
    },
  });

  app.addHook('preParsing', async (request, _reply, payload) => decompressRequest(request, payload));

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/') || reply.getHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (Buffer.byteLength(payload) < COMPRESS_MIN_BYTES) return payload;
    const accepts = String(request.headers['accept-encoding'] ?? '').toLowerCase();
    reply.header('vary', 'Accept-Encoding');
    if (/\bbr\b/.test(accepts)) {
      reply.header('content-encoding', 'br');
      reply.removeHeader('content-length');
      // Quality 5: most of brotli's gain at a fraction of its top setting's time.
      return brotliAsync(payload, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } });
    }
    if (/\bgzip\b/.test(accepts)) {
      reply.header('content-encoding', 'gzip');
      reply.removeHeader('content-length');
      return gzipAsync(payload);
    }
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    // No names, ID numbers, passwords, tokens or bodies: the route pattern, not the raw URL.
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...(request.auditId ? { who: request.auditId } : {}),
      },
      'request',
    );
  });

  app.setErrorHandler(async (error, request, reply) => {
    const hubError = error instanceof HubError ? error : clientError(error as { statusCode?: number; code?: string; message?: string });
    if (hubError) {
      if (hubError.retryAfter !== undefined) reply.header('retry-after', String(hubError.retryAfter));
      return reply.code(hubError.status).type('application/json; charset=utf-8').send(hubError.toBody());
    }
    request.log.error({ err: error, route: request.routeOptions.url }, 'internal error');
    return reply.code(500).type('application/json; charset=utf-8').send({ error: { code: 'internal', message: 'Máy chủ gặp lỗi. Hãy thử lại sau ít phút.' } });
  });

  const apiRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) apiRoutes.push(`${method} ${route.url}`);
  });
  routeLists.set(app, apiRoutes);

  authRoutes(app, ctx);
  syncRoutes(app, ctx);
  provinceRoutes(app, ctx);

  const staticRoot = options.staticDir ? resolve(options.staticDir) : null;
  const serveApp = staticRoot !== null && existsSync(join(staticRoot, 'index.html'));
  if (serveApp) {
    const assets = join(staticRoot, 'assets') + sep;
    app.register(fastifyStatic, {
      root: staticRoot,
      preCompressed: true,
      // Cache-Control is ours: hashed assets forever, everything else revalidated (ETag → 304).
      cacheControl: false,
      setHeaders: (res, path) => {
        res.header('cache-control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // A navigation to a client-side route gets the app shell, never cached. A route may look like
    // a file ("/thu-tuc/2.000815": procedure codes have dots): a request asking for a page
    // (Accept: text/html) is a navigation whatever its last dot says; a missing asset stays a 404.
    const navigation = !extname(path) || String(request.headers.accept ?? '').includes('text/html');
    if (!path.startsWith('/api/') && serveApp && (request.method === 'GET' || request.method === 'HEAD') && navigation) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    return reply.code(404).type('application/json; charset=utf-8').send(new HubError(404, 'not-found', 'Không có địa chỉ này.').toBody());
  });

  return app;
}
