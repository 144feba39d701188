/**
 * First run: a demo province so that `npm start` gives something to enrol against. Two real
 * communes of Điện Biên province as they are after the 2025 reorganisation (xã Mường Phăng,
 * xã Thanh Nưa). Their agency identifiers are DEMO VALUES of the DOMAIN.md §4 shape
 * (000.00.xx.H17), not the official codes: a real province loads its own.
 */
import { randomUUID } from 'node:crypto';
import { procedures } from '../src/data/catalogue/procedures';
import { CATALOGUE_VERSION } from '../src/data/catalogue/version';
import { hashPassword } from './accounts';
import type { Database } from './db';

export interface DemoLogin {
  username: string;
  password: string;
  role: 'officer' | 'province';
  where: string;
}

const PROVINCE = { id: 'dien-bien', name: 'Tỉnh Điện Biên', agencyId: '000.00.00.H17' };
const COMMUNES = [
  {
    id: 'muong-phang',
    name: 'Xã Mường Phăng',
    agencyId: '000.00.21.H17', // demo value
    address: 'Trung tâm hành chính xã Mường Phăng, tỉnh Điện Biên',
    placeName: 'Mường Phăng',
    user: 'muongphang',
  },
  {
    id: 'thanh-nua',
    name: 'Xã Thanh Nưa',
    agencyId: '000.00.22.H17', // demo value
    address: 'Trung tâm hành chính xã Thanh Nưa, tỉnh Điện Biên',
    placeName: 'Thanh Nưa',
    user: 'thanhnua',
  },
];
const DEMO_PASSWORD = 'motcua-demo';

/** The demo logins, to print at every start while the demo province is there. */
function demoLogins(): DemoLogin[] {
  return [
    ...COMMUNES.flatMap((c) => [1, 2].map((n) => ({ username: `${c.user}.canbo${n}`, password: DEMO_PASSWORD, role: 'officer' as const, where: c.name }))),
    { username: 'tinh.quantri', password: DEMO_PASSWORD, role: 'province', where: PROVINCE.name },
  ];
}

/**
 * Seeds the demo province when the database has none. Returns the demo logins whenever the demo
 * province is there (seeded now or on an earlier start), none for a real province's database.
 */
export async function seedDemo(db: Database): Promise<DemoLogin[]> {
  const existing = await db.query<{ id: string }>('SELECT id FROM provinces');
  if (existing.rows.length > 0) return existing.rows.some((r) => r.id === PROVINCE.id) ? demoLogins() : [];
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO provinces (id, name, agency_id) VALUES ($1, $2, $3)', [PROVINCE.id, PROVINCE.name, PROVINCE.agencyId]);
    for (const c of COMMUNES) {
      await tx.query(
        `INSERT INTO communes (id, province_id, name, agency_id, agency_name, parent_agency_name, place_name, address, sequence_scope, slot_size)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'daily', 500)`,
        [c.id, PROVINCE.id, c.name, c.agencyId, `UBND ${c.name.toUpperCase()}`, PROVINCE.name.toUpperCase(), c.placeName, c.address],
      );
      for (const n of [1, 2]) {
        const username = `${c.user}.canbo${n}`;
        await tx.query(
          `INSERT INTO accounts (id, username, password_hash, display_name, role, commune_id, province_id) VALUES ($1, $2, $3, $4, 'officer', $5, $6)`,
          [randomUUID(), username, hash, `Cán bộ một cửa ${n} (${c.name})`, c.id, PROVINCE.id],
        );
      }
    }
    await tx.query(
      `INSERT INTO accounts (id, username, password_hash, display_name, role, commune_id, province_id) VALUES ($1, 'tinh.quantri', $2, $3, 'province', NULL, $4)`,
      [randomUUID(), hash, 'Quản trị hệ thống một cửa tỉnh', PROVINCE.id],
    );
    await tx.query('INSERT INTO catalogue (province_id, version, procedures) VALUES ($1, $2, $3)', [PROVINCE.id, CATALOGUE_VERSION, JSON.stringify(procedures)]);
    // No announcement loaded yet: the computed days off stand (an empty adjustment list).
    const year = new Date().getUTCFullYear();
    await tx.query('INSERT INTO holiday_lists (province_id, year, body, version) VALUES ($1, $2, $3, 1)', [
      PROVINCE.id, year, JSON.stringify({ year, added: [], removed: [], makeUpWorkingDays: [], source: 'Chưa nạp thông báo nghỉ lễ của năm' }),
    ]);
    await tx.query('INSERT INTO holiday_versions (province_id, version) VALUES ($1, 1)', [PROVINCE.id]);
  });
  return demoLogins();
}
