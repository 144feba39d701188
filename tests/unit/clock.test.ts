import { describe, expect, it } from 'vitest';
import { compareHlc, createHlc, formatHlc, HlcError, isHlc, parseHlc } from '../../src/domain/clock';

/** A wall clock the test moves by hand. */
function fakeTime(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => (t = v) };
}

const T0 = Date.UTC(2026, 10, 22, 1, 0, 0); // 22/11/2026 08:00 in Vietnam

describe('hybrid logical clock', () => {
  it('formats fixed-width stamps that parse back', () => {
    const clock = createHlc('desk-1', () => T0);
    const s = clock.tick();
    expect(s).toBe(`${String(T0).padStart(15, '0')}:00000:desk-1`);
    expect(parseHlc(s)).toEqual({ ms: T0, counter: 0, deviceId: 'desk-1' });
    expect(formatHlc({ ms: 5, counter: 36, deviceId: 'x' })).toBe('000000000000005:00010:x');
    expect(isHlc(s)).toBe(true);
    expect(isHlc('garbage')).toBe(false);
    expect(() => parseHlc('12:00000:x')).toThrow(HlcError);
  });

  it('stays monotonic when the device clock goes backwards', () => {
    const time = fakeTime(T0);
    const clock = createHlc('desk-1', time.now);
    const stamps = [clock.tick()];
    time.set(T0 - 60 * 60 * 1000); // NTP correction or a flat battery: one hour back
    stamps.push(clock.tick(), clock.tick());
    time.set(T0); // same instant again
    stamps.push(clock.tick());
    time.set(T0 + 1);
    stamps.push(clock.tick());
    for (let i = 1; i < stamps.length; i++) expect(compareHlc(stamps[i - 1]!, stamps[i]!)).toBe(-1);
    // The physical part never went back; the counter carried the order meanwhile.
    expect(parseHlc(stamps[2]!)).toMatchObject({ ms: T0, counter: 2 });
    expect(parseHlc(stamps[4]!)).toMatchObject({ ms: T0 + 1, counter: 0 });
  });

  it('survives a restart with a clock set back, given its last stamp', () => {
    const before = createHlc('desk-1', () => T0);
    before.tick();
    const last = before.last();
    const after = createHlc('desk-1', () => T0 - 86_400_000, { last });
    expect(compareHlc(after.tick(), last)).toBe(1);
  });

  it('receive() moves the clock past a remote stamp, even one from a clock running ahead', () => {
    const drifts: number[] = [];
    const local = createHlc('desk-1', () => T0, { onDrift: (d) => drifts.push(d.driftMs) });
    const ahead = createHlc('laptop-9', () => T0 + 2 * 60 * 60 * 1000); // two hours fast
    const remote = ahead.tick();
    local.receive(remote);
    const next = local.tick();
    expect(compareHlc(next, remote)).toBe(1);
    expect(parseHlc(next).ms).toBe(T0 + 2 * 60 * 60 * 1000);
    expect(drifts).toEqual([2 * 60 * 60 * 1000]); // reported, not refused
    expect(compareHlc(local.last(), remote)).toBe(1);
  });

  it('receive() of an older stamp does not move the clock back', () => {
    const local = createHlc('desk-1', () => T0);
    const mine = local.tick();
    local.receive(createHlc('old', () => T0 - 5000).tick());
    expect(compareHlc(local.tick(), mine)).toBe(1);
  });

  it('receive() with the same millisecond takes the larger counter', () => {
    const local = createHlc('a', () => T0);
    local.tick();
    local.receive(formatHlc({ ms: T0, counter: 40, deviceId: 'b' }));
    expect(parseHlc(local.tick())).toMatchObject({ ms: T0, counter: 42 });
  });

  it('rejects malformed remote stamps', () => {
    const local = createHlc('a', () => T0);
    expect(() => local.receive('not a stamp')).toThrow(HlcError);
    expect(() => createHlc('')).toThrow(HlcError);
  });

  it('string order is the causal order, and ties are broken by device id', () => {
    const stamps = [
      formatHlc({ ms: T0, counter: 1, deviceId: 'b' }),
      formatHlc({ ms: T0 - 1, counter: 99999, deviceId: 'z' }),
      formatHlc({ ms: T0, counter: 1, deviceId: 'a' }),
      formatHlc({ ms: T0, counter: 10, deviceId: 'a' }), // base 36 "0000a" sorts after "00009"
      formatHlc({ ms: T0, counter: 9, deviceId: 'a' }),
      formatHlc({ ms: T0 + 1, counter: 0, deviceId: 'a' }),
    ];
    const byString = [...stamps].sort();
    const byParts = [...stamps].sort((x, y) => {
      const a = parseHlc(x);
      const b = parseHlc(y);
      return a.ms - b.ms || a.counter - b.counter || (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0);
    });
    expect(byString).toEqual(byParts);
    expect([...stamps].sort(compareHlc)).toEqual(byParts);
    expect(byParts.slice(1, 3).map((s) => parseHlc(s).deviceId)).toEqual(['a', 'b']);
  });

  it('two devices exchanging stamps never issue equal ones', () => {
    const a = createHlc('a', () => T0);
    const b = createHlc('b', () => T0);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const sa = a.tick();
      const sb = b.tick();
      b.receive(sa);
      a.receive(sb);
      seen.add(sa).add(sb);
    }
    expect(seen.size).toBe(200);
  });
});
