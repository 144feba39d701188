// A local TCP proxy that behaves like a slow rural link: a fixed bandwidth each way, shared by
// every connection (one link, not one per socket), a one-way delay on every byte, and a TCP
// handshake that costs one round trip before the first byte can leave. It counts the bytes it
// carries each way (TCP payload: HTTP headers and bodies; IP/TCP headers are not counted).
//
// Model per direction: a byte leaves when the link has finished sending what was queued before it
// (serialisation at `kbps`), then arrives `delayMs` later. Chunks are cut to 1,460 bytes (one
// Ethernet MSS) so that two connections interleave on the link as they would on a real one.
import { createServer, connect } from 'node:net';

const MSS = 1460;

function direction(kbps, delayMs) {
  let linkFreeAt = 0;
  return {
    bytes: 0,
    /** When each piece of `chunk` arrives at the other end. */
    schedule(chunk, notBefore = 0) {
      this.bytes += chunk.length;
      const out = [];
      for (let off = 0; off < chunk.length; off += MSS) {
        const piece = chunk.subarray(off, Math.min(chunk.length, off + MSS));
        const start = Math.max(performance.now(), linkFreeAt, notBefore);
        linkFreeAt = start + (piece.length * 8) / kbps; // kbit/s = bits per ms
        out.push({ piece, arrival: linkFreeAt + delayMs });
      }
      return out;
    },
  };
}

/** Delivers pieces to one socket in the order they were sent, each at its arrival time. */
function pipe(link, socket, notBefore = 0) {
  const queue = [];
  let timer = null;
  let ended = false;
  const drain = () => {
    timer = null;
    while (queue.length > 0 && queue[0].arrival <= performance.now() + 0.5) {
      const { piece } = queue.shift();
      if (!socket.destroyed) socket.write(piece);
    }
    if (queue.length > 0) timer = setTimeout(drain, Math.max(0, queue[0].arrival - performance.now()));
    else if (ended) socket.end();
  };
  return {
    write(chunk) {
      queue.push(...link.schedule(Buffer.from(chunk), notBefore));
      if (timer === null) timer = setTimeout(drain, Math.max(0, queue[0].arrival - performance.now()));
    },
    /** The sending side closed: close this one once what is on the link has arrived. */
    end() {
      ended = true;
      if (timer === null) socket.end();
    },
  };
}

/**
 * @param {{ target: { host: string, port: number }, kbps?: number, delayMs?: number }} options
 *   kbps each way (default 1,000), delayMs one way (default 150: 300 ms round trip).
 */
export async function startThrottledProxy({ target, kbps = 1000, delayMs = 150 }) {
  const up = direction(kbps, delayMs);
  const down = direction(kbps, delayMs);
  let connections = 0;
  const sockets = new Set();
  const server = createServer((client) => {
    connections += 1;
    // SYN, SYN-ACK: the client's first byte can leave one round trip after it connected.
    const openAt = performance.now() + 2 * delayMs;
    const upstream = connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const toHub = pipe(up, upstream, openAt);
    const toDevice = pipe(down, client);
    client.on('data', (chunk) => toHub.write(chunk));
    upstream.on('data', (chunk) => toDevice.write(chunk));
    client.on('end', () => toHub.end());
    upstream.on('end', () => toDevice.end());
    const gone = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', gone);
    upstream.on('close', gone);
    client.on('error', gone);
    upstream.on('error', gone);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Bytes carried so far: up = device → hub, down = hub → device; connections opened. */
    counters: () => ({ up: up.bytes, down: down.bytes, connections }),
    reset() {
      up.bytes = 0;
      down.bytes = 0;
      connections = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
