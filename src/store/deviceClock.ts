/**
 * The device's hybrid logical clock. Its last stamp is kept in the database so that a device
 * whose wall clock is set back (a tablet with a flat battery) still orders new events after the
 * ones it already made.
 */
import { createHlc } from '../domain/clock';
import { getMeta, setMeta } from './settings';

type Hlc = ReturnType<typeof createHlc>;
const clocks = new Map<string, Hlc>();

export async function deviceClock(deviceId: string): Promise<Hlc> {
  let clock = clocks.get(deviceId);
  if (!clock) {
    clock = createHlc(deviceId);
    const last = await getMeta<string>('hlc');
    if (last) clock.receive(last);
    clocks.set(deviceId, clock);
  }
  return clock;
}

/** Takes a stamp for a new local event and remembers it (inside the caller's transaction). */
export async function stamp(deviceId: string): Promise<string> {
  const clock = await deviceClock(deviceId);
  const hlc = clock.tick();
  await setMeta('hlc', hlc);
  return hlc;
}

export function forgetClocks(): void {
  clocks.clear();
}
