/**
 * Officer and staff logins: argon2id hashes, and a per-username throttle kept in the database (so
 * that every hub process behind a load balancer shares it). After FREE_FAILURES consecutive
 * failures each further attempt waits an increasing delay; after LOCK_FAILURES the name is locked
 * for LOCK_MS. A success clears the counter. Unknown usernames are throttled and hashed like known
 * ones, so neither the reply nor its timing tells whether a name exists.
 */
import argon2 from 'argon2';
import type { Database } from './db';
import { HubError } from './errors';
import { vnMinuteOfDay } from '../src/domain/calendar/vnTime';

export const FREE_FAILURES = 5;
export const LOCK_FAILURES = 10;
export const LOCK_MS = 15 * 60 * 1000;

/** Delay before the next attempt after `failed` consecutive failures (0 below the threshold). */
export function attemptDelayMs(failed: number): number {
  if (failed < FREE_FAILURES) return 0;
  return 2000 * 2 ** (failed - FREE_FAILURES);
}

export interface AccountRow {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: 'officer' | 'province';
  commune_id: string | null;
  province_id: string;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | null = null;

const badCredentials = () => new HubError(401, 'bad-credentials', 'Sai tên đăng nhập hoặc mật khẩu.');

function lockedError(until: number, now: number, locked: boolean): HubError {
  const seconds = Math.max(1, Math.ceil((until - now) / 1000));
  const minute = vnMinuteOfDay(until);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return locked
    ? new HubError(423, 'account-locked', `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${hhmm} (khoảng ${Math.ceil(seconds / 60)} phút nữa).`, { retryAfter: seconds })
    : new HubError(429, 'account-locked', `Nhập sai mật khẩu nhiều lần. Hãy đợi ${seconds} giây rồi thử lại.`, { retryAfter: seconds });
}

/** The account whose password matches, or a 401/423/429. */
export async function checkLogin(db: Database, usernameRaw: string, password: string, now: number): Promise<AccountRow> {
  const username = usernameRaw.trim().toLowerCase();
  const throttle = (
    await db.query<{ failed: number; next_attempt_at: number; locked_until: number }>(
      'SELECT failed, next_attempt_at, locked_until FROM login_throttle WHERE username = $1',
      [username],
    )
  ).rows[0];
  if (throttle && throttle.locked_until > now) throw lockedError(throttle.locked_until, now, true);
  if (throttle && throttle.next_attempt_at > now) throw lockedError(throttle.next_attempt_at, now, false);

  const account = (await db.query<AccountRow>('SELECT * FROM accounts WHERE username = $1', [username])).rows[0];
  let ok = false;
  if (account) {
    ok = await argon2.verify(account.password_hash, password).catch(() => false);
  } else {
    dummyHash ??= hashPassword('motcua-dummy-password');
    await argon2.verify(await dummyHash, password).catch(() => false);
  }
  if (ok && account) {
    await db.query('DELETE FROM login_throttle WHERE username = $1', [username]);
    return account;
  }
  // Atomic increment: two hub processes counting failures of one name never lose one.
  const { rows } = await db.query<{ failed: number }>(
    `INSERT INTO login_throttle (username, failed) VALUES ($1, 1)
       ON CONFLICT (username) DO UPDATE SET failed = login_throttle.failed + 1
     RETURNING failed`,
    [username],
  );
  const failed = rows[0]!.failed;
  if (failed >= LOCK_FAILURES) {
    await db.query('UPDATE login_throttle SET locked_until = $2 WHERE username = $1', [username, now + LOCK_MS]);
    throw lockedError(now + LOCK_MS, now, true);
  }
  const delay = attemptDelayMs(failed);
  if (delay > 0) await db.query('UPDATE login_throttle SET next_attempt_at = $2 WHERE username = $1', [username, now + delay]);
  throw badCredentials();
}
