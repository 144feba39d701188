/**
 * The app's side of the wire (protocol.ts): fetch with a timeout, request bodies gzip-compressed
 * through CompressionStream where the browser has it, every reply validated against its schema —
 * a reply that does not match is an error and nothing of it is used (a captive portal's page or
 * the service worker's offline fallback must never look like success).
 */
import * as v from 'valibot';
import {
  API_PREFIX,
  enrolReplySchema,
  errorSchema,
  pullReplySchema,
  pushReplySchema,
  type EnrolReply,
  type EnrolRequest,
  type PullReply,
  type PushReply,
  type PushRequest,
} from './protocol';

export type TransportErrorKind =
  /** No answer at all: no network, hub down, DNS, refused connection. */
  | 'offline'
  /** The request took longer than the timeout (a link that dropped mid-way). */
  | 'timeout'
  /** The hub answered with an error body (4xx/5xx): see `code`. */
  | 'http'
  /** The answer is not what the protocol says (HTML page, cut JSON, wrong shape). */
  | 'invalid-reply';

export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  /** The hub's error code (protocol.ts ErrorCode) for kind 'http'. */
  readonly code: string;
  readonly status: number | null;
  /** Seconds, when the hub said how long to wait. */
  readonly retryAfter: number | null;
  constructor(kind: TransportErrorKind, message: string, details: { code?: string; status?: number | null; retryAfter?: number | null } = {}) {
    super(message);
    this.name = 'TransportError';
    this.kind = kind;
    this.code = details.code ?? kind;
    this.status = details.status ?? null;
    this.retryAfter = details.retryAfter ?? null;
  }
}

/** What the engine needs from the hub; a test implements it with a fake hub. */
export interface SyncTransport {
  enrol(request: EnrolRequest): Promise<EnrolReply>;
  push(credential: string, request: PushRequest): Promise<PushReply>;
  pull(credential: string, cursor: string | null, limit?: number): Promise<PullReply>;
}

export interface FetchTransportOptions {
  /** The hub's origin, e.g. "https://motcua.tinh.gov.vn" (the app's own origin by default). */
  baseUrl: string;
  /** Per request. Default 30 s: a 100 KB gzip batch takes ~4 s at 256 kbit/s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Bodies smaller than this are sent plain (gzip's header would cost more than it saves). */
  compressAbove?: number;
}

/** gzip through the browser's CompressionStream; null where it is missing (plain body then). */
async function gzip(text: string): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

export function createFetchTransport(options: FetchTransportOptions): SyncTransport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const compressAbove = options.compressAbove ?? 1024;

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: v.GenericSchema<unknown, T>,
    init: { credential?: string; body?: unknown } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.credential) headers.Authorization = `Bearer ${init.credential}`;
    let body: BodyInit | undefined;
    if (init.body !== undefined) {
      const text = JSON.stringify(init.body);
      headers['Content-Type'] = 'application/json';
      const compressed = text.length > compressAbove ? await gzip(text) : null;
      if (compressed) {
        headers['Content-Encoding'] = 'gzip';
        body = compressed as unknown as BodyInit;
      } else {
        body = text;
      }
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}${API_PREFIX}${path}`, { method, headers, body, signal: controller.signal, credentials: 'omit', cache: 'no-store' });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) throw new TransportError('timeout', 'Máy chủ không trả lời kịp (đường truyền chậm hoặc bị ngắt).');
      throw new TransportError('offline', `Không kết nối được máy chủ (${(error as Error)?.message ?? 'lỗi mạng'}).`);
    } finally {
      clearTimeout(timer);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new TransportError('invalid-reply', `Máy chủ trả lời không đúng định dạng (HTTP ${response.status}).`, { status: response.status });
    }
    if (!response.ok) {
      const parsed = v.safeParse(errorSchema, json);
      if (!parsed.success) throw new TransportError('invalid-reply', `Máy chủ báo lỗi không rõ (HTTP ${response.status}).`, { status: response.status });
      const { code, message, retryAfter } = parsed.output.error;
      throw new TransportError('http', message, { code, status: response.status, retryAfter: retryAfter ?? null });
    }
    const parsed = v.safeParse(schema, json);
    if (!parsed.success) throw new TransportError('invalid-reply', 'Máy chủ trả lời không đúng giao thức đồng bộ.', { status: response.status });
    return parsed.output;
  }

  return {
    enrol: (req) => request('POST', '/devices/enrol', enrolReplySchema, { body: req }),
    push: (credential, req) => request('POST', '/sync/push', pushReplySchema, { credential, body: req }),
    pull: (credential, cursor, limit) => {
      const query = new URLSearchParams();
      if (cursor) query.set('cursor', cursor);
      if (limit) query.set('limit', String(limit));
      const qs = query.toString();
      return request('GET', `/sync/pull${qs ? `?${qs}` : ''}`, pullReplySchema, { credential });
    },
  };
}
