/**
 * The messages between a bench and the simulated device it forks (bench/sync/device.ts,
 * bench/reports/device.ts): the device side. The bench side is `next` in bench/deviceIpc.mjs.
 */

/** Sends a message to the bench that forked this process. */
export function send(message: unknown): void {
  process.send!(message);
}

/** The next message of this kind from the bench. */
export function waitFor(kind: string): Promise<unknown> {
  return new Promise((resolve) => {
    const on = (m: { kind?: string }) => {
      if (m?.kind === kind) {
        process.off('message', on);
        resolve(m);
      }
    };
    process.on('message', on);
  });
}
