/**
 * Vitest globalSetup: a throwaway PostgreSQL server for the hub suites, so that they run on a real
 * PostgreSQL as well as on PGlite (issue 7 §6).
 *
 * - `TEST_DATABASE_URL` already set (a developer's own server, a CI service): used as it is.
 * - Debian's binaries present (/usr/lib/postgresql/<version>/bin): initdb into a fresh temp folder,
 *   start on a free port of 127.0.0.1 only (its unix socket inside that folder), and export
 *   `TEST_DATABASE_URL` (superuser) before vitest starts its workers: the pool copies
 *   `process.env` into every worker when it runs the files, after all global setups
 *   (vitest 4 `createPool`: `env = { ...process.env, ...config.env }`).
 * - Neither: one line saying that the PostgreSQL half is skipped; the suites run on PGlite only.
 *
 * Stopped and deleted in teardown, at process exit, and by a watchdog process if vitest itself is
 * killed (SIGKILL runs no handler in the dying process).
 *
 * Speed settings: fsync=off, full_page_writes=off. They only matter if the machine (kernel,
 * power) crashes, which no test simulates: the SIGKILL test kills the hub process, and even a
 * killed PostgreSQL keeps everything it wrote in the kernel's page cache. Commit semantics and
 * visibility, which the tests do check, are those of any PostgreSQL (synchronous_commit stays on).
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

/** The newest installed Debian PostgreSQL's bin folder, or null. */
export function findPostgresBin(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((v) => /^\d+$/.test(v) && existsSync(join(ROOT, v, 'bin', 'pg_ctl')) && existsSync(join(ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(ROOT, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** uid/gid of the `postgres` system user (initdb and postgres refuse to run as root). */
function postgresUser(): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

interface Runner {
  run(cmd: string, args: string[]): SpawnSyncReturns<string>;
  /** The command line that runs `cmd` as the right user. */
  argv(cmd: string, args: string[]): [string, string[]];
}

function runner(asPostgres: boolean): Runner {
  const argv = (cmd: string, args: string[]): [string, string[]] => (asPostgres ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  return {
    argv,
    run(cmd, args) {
      const [c, a] = argv(cmd, args);
      return spawnSync(c, a, { encoding: 'utf8', timeout: 120_000 });
    },
  };
}

function check(result: SpawnSyncReturns<string>, what: string): void {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error?.message}`);
}

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.TEST_DATABASE_URL) return undefined; // given from outside, or another project's setup already started one
  const bin = findPostgresBin();
  if (!bin) {
    console.log('[pg] No PostgreSQL binaries (/usr/lib/postgresql/*/bin/pg_ctl): the PostgreSQL half of the hub suites is skipped (PGlite only).');
    return undefined;
  }

  const isRoot = process.getuid?.() === 0;
  const owner = isRoot ? postgresUser() : null;
  if (isRoot && !owner) {
    console.log('[pg] Running as root and no `postgres` user to run PostgreSQL as: the PostgreSQL half of the hub suites is skipped.');
    return undefined;
  }
  const pg = runner(isRoot);
  // Under root, /tmp rather than TMPDIR: the postgres user must be able to reach the folder.
  const dir = mkdtempSync(join(isRoot ? '/tmp' : tmpdir(), 'motcua-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, password + '\n', { mode: 0o600 });
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(pwfile, owner.uid, owner.gid);
  }

  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    // immediate: nothing in a throwaway server is worth a shutdown checkpoint.
    if (existsSync(join(data, 'postmaster.pid'))) pg.run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);

  try {
    // -N: initdb's own fsyncs are wasted on a folder deleted in a minute.
    check(
      pg.run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '-N']),
      'initdb',
    );
    rmSync(pwfile);

    let url = '';
    for (let attempt = 1; ; attempt++) {
      // The port is free when asked and taken a moment later by postgres; another process can slip
      // in between, hence the retry.
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        "-c listen_addresses='127.0.0.1'",
        '-c fsync=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
        '-c shared_buffers=64MB',
      ].join(' ');
      const started = pg.run(join(bin, 'pg_ctl'), ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'postgres.log'), '-o', options]);
      if (started.status === 0) {
        url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
        break;
      }
      if (attempt === 3) {
        const log = existsSync(join(dir, 'postgres.log')) ? readFileSync(join(dir, 'postgres.log'), 'utf8').slice(-2000) : '';
        throw new Error(`pg_ctl start failed: ${started.stderr || started.stdout}\n${log}`);
      }
    }

    // If vitest dies without running teardown or exit handlers (SIGKILL, OOM), this stops the
    // server and deletes the folder once our pid is gone. It runs as us (the postgres user could
    // not `kill -0` a root process); only pg_ctl runs as postgres.
    const pgCtl = [...pg.argv(join(bin, 'pg_ctl'), [])].flat().map((a) => `'${a}'`).join(' ');
    const watchdog = spawn(
      'sh',
      ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; [ -f '${data}/postmaster.pid' ] && ${pgCtl} stop -D '${data}' -m immediate -w -t 30 >/dev/null 2>&1; rm -rf '${dir}'`],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.unref();

    process.env.TEST_DATABASE_URL = url;
    console.log(`[pg] Throwaway PostgreSQL (${bin.split('/').at(-2)}) on 127.0.0.1:${new URL(url).port}, data in ${dir}`);
    return () => {
      stop();
      process.off('exit', stop);
      delete process.env.TEST_DATABASE_URL;
    };
  } catch (error) {
    stop();
    process.off('exit', stop);
    throw error;
  }
}
