import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/migrate';
import { MIGRATIONS } from '../../server/migrations/index';
import { createHub } from '../../server/app';
import { enrol, get, OFFICER_A, T0 } from './harness';
import { seedDemo } from '../../server/seed';
import { targets } from './targets';

describe.each(targets)('migrations on $name', (target) => {
  let drop: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await drop?.();
    drop = null;
  });

  it('upgrades a database populated at the first migration, keeps its data, and is idempotent', async () => {
    const created = await target.create();
    drop = created.drop;
    const { db } = created;
    expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    // Data as a hub at schema 1 had it: the demo province's rows (the seed needs schema 2 for
    // the catalogue, so these are written by hand).
    await db.query("INSERT INTO provinces (id, name, agency_id) VALUES ('dien-bien', 'Tỉnh Điện Biên', '000.00.00.H17')");
    await db.query(
      `INSERT INTO communes (id, province_id, name, agency_id, agency_name, parent_agency_name, place_name, address)
       VALUES ('muong-phang', 'dien-bien', 'Xã Mường Phăng', '000.00.21.H17', 'UBND XÃ MƯỜNG PHĂNG', 'TỈNH ĐIỆN BIÊN', 'Mường Phăng', 'Mường Phăng')`,
    );
    await db.query(
      `INSERT INTO accounts (id, username, password_hash, display_name, role, commune_id, province_id)
       VALUES ('acc-1', 'cu.canbo', 'x', 'Cán bộ cũ', 'officer', 'muong-phang', 'dien-bien')`,
    );
    expect(await migrate(db)).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    const versions = (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await db.query('SELECT username FROM accounts')).rows).toEqual([{ username: 'cu.canbo' }]);
    // The upgraded schema works: new tables exist and the old commune takes events' counters.
    expect((await db.query('SELECT change_seq, generation FROM communes')).rows).toEqual([{ change_seq: 0, generation: 1 }]);
    expect((await db.query('SELECT count(*)::int AS n FROM events')).rows).toEqual([{ n: 0 }]);
  });

  it('lets two hub processes start on one database at once: each migration applied exactly once', async () => {
    const created = await target.create();
    drop = created.drop;
    const results = await Promise.all([migrate(created.db), migrate(created.db)]);
    expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    const logins = await seedDemo(created.db);
    expect(logins.map((l) => l.username)).toContain('tinh.quantri');
    // A second start seeds nothing more and still tells the demo logins.
    expect(await seedDemo(created.db)).toEqual(logins);
    expect(Number((await created.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts')).rows[0]!.n)).toBe(logins.length);
    const app = createHub({ database: created.db, now: () => T0, logger: false });
    const dev = await enrol(app, OFFICER_A);
    expect((await get(app, '/api/v1/sync/status', dev.credential)).statusCode).toBe(200);
    await app.close();
  });
});
