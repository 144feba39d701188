/**
 * `node dist-server/hub.mjs`: the hub process. Env: PORT (4173), HOST (0.0.0.0), HUB_DATA_DIR
 * (PGlite data folder, data/hub), DATABASE_URL (a real PostgreSQL instead), HUB_STATIC_DIR (dist).
 */
import { createHub } from './app';
import { openDatabase } from './db';
import { migrate } from './migrate';
import { seedDemo } from './seed';

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 4173);
  const host = env.HOST ?? '0.0.0.0';
  const database = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUB_DATA_DIR ?? 'data/hub' });
  await migrate(database);
  const logins = await seedDemo(database);
  const app = createHub({ database, staticDir: env.HUB_STATIC_DIR ?? 'dist' });
  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  app.log.info({ url, database: database.kind }, 'hub listening');
  // Plainly, for the person who just ran `npm start` (the JSON lines are for machines).
  console.log(`\nHub một cửa: ${url}  (cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite, ${env.HUB_DATA_DIR ?? 'data/hub'}` : 'PostgreSQL'})`);
  if (logins.length > 0) {
    console.log('Tài khoản mẫu / demo logins (chỉ để thử / for trying only):');
    for (const l of logins) console.log(`  ${l.username.padEnd(22)} mật khẩu: ${l.password}   (${l.role === 'officer' ? 'cán bộ' : 'tỉnh'} — ${l.where})`);
    console.log(`Mở ${url}, vào "Đồng bộ" (${url}/dong-bo) và đăng nhập bằng một tài khoản cán bộ để đăng ký thiết bị.`);
    console.log(`Open ${url}, go to "Đồng bộ" (${url}/dong-bo) and sign in with an officer's login to enrol the device.`);
  }
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
