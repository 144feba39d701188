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

/** Parses with a protocol schema; a mismatch is a 400 naming the field. */
export function parseOr400<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, where: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const { message, path } = describeIssues(result.issues);
  throw new HubError(400, 'bad-request', `${where} không hợp lệ: ${message}`, { path });
}

export const unauthenticated = () =>
  new HubError(401, 'unauthenticated', 'Thiếu hoặc sai mã xác thực của thiết bị hay phiên đăng nhập. Hãy đăng nhập (hoặc đăng ký thiết bị) lại.');
export const forbidden = (message: string) => new HubError(403, 'forbidden', message);
