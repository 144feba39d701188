/**
 * Request bodies may arrive gzip-compressed (the app compresses pushes with CompressionStream on
 * slow links). Fastify's body limit counts the bytes coming out of this stream, so the cap
 * (LIMITS.bodyBytes) applies to the decompressed body: a zip bomb stops at the cap with a 413.
 */
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { HubError } from './errors';

export function decompressRequest(request: FastifyRequest, payload: Readable): Readable {
  const header = request.headers['content-encoding'];
  const encoding = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return payload;
  if (encoding !== 'gzip') {
    throw new HubError(415, 'unsupported-encoding', `Máy chủ chỉ nhận nội dung nén gzip (nhận được "${encoding.slice(0, 40)}").`);
  }
  const gunzip = createGunzip() as ReturnType<typeof createGunzip> & { receivedEncodedLength: number };
  // Fastify compares the encoded length with Content-Length; count what came over the wire.
  gunzip.receivedEncodedLength = 0;
  payload.on('data', (chunk: Buffer) => {
    gunzip.receivedEncodedLength += chunk.length;
  });
  payload.on('error', (error) => gunzip.destroy(error));
  return payload.pipe(gunzip);
}
