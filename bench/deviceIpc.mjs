// The messages between a bench and the simulated device it forks: the bench side (the device
// side is bench/deviceIpc.ts).

/** The device's next message of this kind; rejects if the device exits first. */
export function next(child, kind) {
  return new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (m?.kind === kind) {
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m);
      }
    };
    const onExit = (code) => reject(new Error(`device exited (${code}) before "${kind}"`));
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
