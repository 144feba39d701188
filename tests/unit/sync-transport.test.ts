import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFetchTransport, TransportError } from '../../src/sync/transport';

const pullReply = { events: [], codeSlot: { number: 1, first: 1, last: 1000 }, cursor: 'c1', upToDate: true, serverTime: 1_790_000_000_000 };

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  }) as typeof fetch;
  return { fn, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(p: Promise<unknown>): Promise<TransportError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof TransportError) return error;
    throw error;
  }
  throw new Error('expected a TransportError');
}

describe('fetch transport', () => {
  it('pulls with the credential and the cursor, and returns the validated reply', async () => {
    const { fn, calls } = fakeFetch(() => json(pullReply));
    const t = createFetchTransport({ baseUrl: 'https://hub.test/', fetch: fn });
    expect(await t.pull('secret', 'abc', 200)).toEqual(pullReply);
    expect(calls[0]!.url).toBe('https://hub.test/api/v1/sync/pull?cursor=abc&limit=200');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer secret');
  });

  it('gzips a large push body when CompressionStream exists, and sends a small one plain', async () => {
    const { fn, calls } = fakeFetch(() => json({ results: [], serverTime: 1_790_000_000_000 }));
    const t = createFetchTransport({ baseUrl: 'https://hub.test', fetch: fn });
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, text: 'Nguyễn Văn An '.repeat(10) }));
    await t.push('k', { events, sentAt: 1 });
    const big = calls[0]!.init;
    expect((big.headers as Record<string, string>)['Content-Encoding']).toBe('gzip');
    const body = gunzipSync(big.body as Uint8Array).toString('utf8');
    expect(JSON.parse(body)).toEqual({ events, sentAt: 1 });
    await t.push('k', { events: [{ id: 'x' }], sentAt: 2 });
    expect((calls[1]!.init.headers as Record<string, string>)['Content-Encoding']).toBeUndefined();
    expect(calls[1]!.init.body).toBe(JSON.stringify({ events: [{ id: 'x' }], sentAt: 2 }));
  });

  it('refuses a reply that does not match the protocol (an HTML page, a wrong shape)', async () => {
    const html = createFetchTransport({ baseUrl: 'https://hub.test', fetch: fakeFetch(() => new Response('<!doctype html><title>Wi-Fi</title>', { status: 200 })).fn });
    expect((await failure(html.pull('k', null))).kind).toBe('invalid-reply');
    const shape = createFetchTransport({ baseUrl: 'https://hub.test', fetch: fakeFetch(() => json({ ...pullReply, upToDate: 'yes' })).fn });
    expect((await failure(shape.pull('k', null))).kind).toBe('invalid-reply');
  });

  it("maps the hub's errors to typed errors with its code, message and wait", async () => {
    const t = createFetchTransport({
      baseUrl: 'https://hub.test',
      fetch: fakeFetch(() => json({ error: { code: 'account-locked', message: 'Tài khoản tạm khoá.', retryAfter: 600 } }, 423)).fn,
    });
    const e = await failure(t.enrol({ username: 'a', password: 'b', deviceName: 'c', deviceId: 'd' }));
    expect(e).toMatchObject({ kind: 'http', code: 'account-locked', status: 423, retryAfter: 600, message: 'Tài khoản tạm khoá.' });
    const revoked = createFetchTransport({
      baseUrl: 'https://hub.test',
      fetch: fakeFetch(() => json({ error: { code: 'device-revoked', message: 'Đã thu hồi.' } }, 403)).fn,
    });
    expect(await failure(revoked.pull('k', null))).toMatchObject({ code: 'device-revoked', status: 403 });
  });

  it('reports a network failure as offline and a hung request as a timeout', async () => {
    const down = createFetchTransport({ baseUrl: 'https://hub.test', fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fn });
    expect((await failure(down.pull('k', null))).kind).toBe('offline');
    const hung = createFetchTransport({
      baseUrl: 'https://hub.test',
      timeoutMs: 20,
      fetch: fakeFetch(
        (_url, init) =>
          new Promise<Response>((_resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      ).fn,
    });
    expect((await failure(hung.pull('k', null))).kind).toBe('timeout');
  });
});
