/**
 * The real provincial hub for browser tests, in this process: an in-memory PGlite database,
 * migrated and seeded with the demo province (server/seed.ts), serving the built app (dist/, run
 * `npx vite build` first) and the sync API on 127.0.0.1 and a free port — the app's pages and
 * its hub share one origin, as in `npm start`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createHub } from '../../server/app';
import { openDatabase, type Database } from '../../server/db';
import { migrate } from '../../server/migrate';
import { seedDemo } from '../../server/seed';

/** Demo logins of server/seed.ts. */
export const DEMO_PASSWORD = 'motcua-demo';
export const COMMUNE_1 = { name: 'Xã Mường Phăng', agencyId: '000.00.21.H17', agencyName: 'UBND XÃ MƯỜNG PHĂNG', officers: ['muongphang.canbo1', 'muongphang.canbo2'] };
export const COMMUNE_2 = { name: 'Xã Thanh Nưa', agencyId: '000.00.22.H17', agencyName: 'UBND XÃ THANH NƯA', officers: ['thanhnua.canbo1', 'thanhnua.canbo2'] };
export const PROVINCE_LOGIN = 'tinh.quantri';

export interface RunningHub {
  url: string;
  db: Database;
  /** An API call as a provincial staff member would make it (logged in once, on first use). */
  province<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function startHub(options: { staticDir?: string } = {}): Promise<RunningHub> {
  const staticDir = options.staticDir ?? 'dist';
  if (!existsSync(`${staticDir}/index.html`)) throw new Error(`${staticDir}/index.html is missing: run \`npx vite build\` first`);
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  await seedDemo(db);
  const app = createHub({ database: db, staticDir, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  let session: string | null = null;
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, token?: string | null): Promise<T> {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  }

  return {
    url,
    db,
    async province<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      session ??= (await call<{ token: string }>('POST', '/login', { username: PROVINCE_LOGIN, password: DEMO_PASSWORD })).token;
      return call<T>(method, path, body ?? (method === 'POST' ? {} : undefined), session);
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
