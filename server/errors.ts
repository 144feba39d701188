/** Errors the hub replies with, always in the protocol's shape `{ error: { code, message, … } }`. */
import * as v from 'valibot';
import { describeIssues, type ErrorCode } from '../src/sync/protocol';

export class HubError extends Error {
  readonly status: number;
  readonly code: ErrorCode | string;
  readonly path: string | undefined;
  readonly retryAfter: number | undefined;
  constructor(status: number, code: ErrorCode | string, message: string, extra: { path?: string; retryAfter?: number } = {}) {
    super(message);
    this.name = 'HubError';
    this.status = status;
    this.code = code;
    this.path = extra.path;
    this.retryAfter = extra.retryAfter;
  }

  toBody(): { error: { code: string; message: string; path?: string; retryAfter?: number } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.path !== undefined ? { path: this.path } : {}),
        ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
      },
    };
  }
}

/**
 * The path of a string PostgreSQL cannot store (a NUL character, or half of a UTF-16 surrogate
 * pair, which jsonb refuses), or null. Checked before any query so that such input is a 400,
 * not a database error.
 */
export function unstorableText(value: unknown, path = ''): string | null {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what PostgreSQL cannot store
  if (typeof value === 'string') return /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableText(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableText(key, path) ?? unstorableText(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

export const UNSTORABLE_MESSAGE = 'chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode hỏng)';

/**
 * Parses with a protocol schema; a mismatch is a 400 naming the field. `checkText: false` for a
 * push body, whose events are judged one by one (a bad one is refused, not the batch).
 */
export function parseOr400<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, where: string, checkText = true): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (result.success) {
    const bad = checkText ? unstorableText(result.output) : null;
    if (bad !== null) throw new HubError(400, 'bad-request', `${where} không hợp lệ: ${bad || 'nội dung'} ${UNSTORABLE_MESSAGE}`, { path: bad });
    return result.output;
  }
  const { message, path } = describeIssues(result.issues);
  throw new HubError(400, 'bad-request', `${where} không hợp lệ: ${message}`, { path });
}

export const unauthenticated = () =>
  new HubError(401, 'unauthenticated', 'Thiếu hoặc sai mã xác thực của thiết bị hay phiên đăng nhập. Hãy đăng nhập (hoặc đăng ký thiết bị) lại.');
export const forbidden = (message: string) => new HubError(403, 'forbidden', message);
