import { describe, expect, it } from 'vitest';
import { allocateCodeSlot, CodeSlotError, leaseBlocks, nextSequenceInRange, type CodeSlotLease } from '../../src/domain/codeSlots';
import { DossierCodeError } from '../../src/domain/dossierCode';
import { seeded as prng } from '../prng';

const overlaps = (a: { first: number; last: number }, b: { first: number; last: number }) => a.first <= b.last && b.first <= a.last;


const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('allocateCodeSlot', () => {
  it('gives the first devices consecutive ranges of the commune size with numbers 1, 2, 3', () => {
    const leases: CodeSlotLease[] = [];
    for (let i = 0; i < 3; i++) leases.push({ ...allocateCodeSlot(leases, { size: 500, today: day(0), scope: 'daily' }), revokedOn: null });
    expect(leases.map((l) => [l.number, l.first, l.last])).toEqual([[1, 1, 500], [2, 501, 1000], [3, 1001, 1500]]);
  });

  it("reuses a revoked device's range and number only from the next day (daily) or the next year (yearly)", () => {
    const leases: CodeSlotLease[] = [
      { number: 1, first: 1, last: 500, revokedOn: '2026-03-10' },
      { number: 2, first: 501, last: 1000, revokedOn: null },
    ];
    expect(allocateCodeSlot(leases, { size: 500, today: '2026-03-10', scope: 'daily' })).toEqual({ number: 3, first: 1001, last: 1500 });
    expect(allocateCodeSlot(leases, { size: 500, today: '2026-03-11', scope: 'daily' })).toEqual({ number: 1, first: 1, last: 500 });
    expect(allocateCodeSlot(leases, { size: 500, today: '2026-12-31', scope: 'yearly' })).toEqual({ number: 3, first: 1001, last: 1500 });
    expect(allocateCodeSlot(leases, { size: 500, today: '2027-01-01', scope: 'yearly' })).toEqual({ number: 1, first: 1, last: 500 });
  });

  it('takes the largest free stretch of at least 50 when none has the full size, then says plainly that none is left', () => {
    const leases: CodeSlotLease[] = [
      { number: 1, first: 1, last: 9000, revokedOn: null },
      { number: 2, first: 9061, last: 9900, revokedOn: null },
    ];
    // Free: 9001–9060 (60) and 9901–9999 (99).
    expect(allocateCodeSlot(leases, { size: 500, today: day(0), scope: 'daily' })).toEqual({ number: 3, first: 9901, last: 9999 });
    leases.push({ number: 3, first: 9901, last: 9999, revokedOn: null });
    expect(allocateCodeSlot(leases, { size: 500, today: day(0), scope: 'daily' })).toEqual({ number: 4, first: 9001, last: 9060 });
    leases.push({ number: 4, first: 9001, last: 9060, revokedOn: null });
    expect(() => allocateCodeSlot(leases, { size: 500, today: day(0), scope: 'daily' })).toThrow(CodeSlotError);
    try {
      allocateCodeSlot(leases, { size: 500, today: day(0), scope: 'daily' });
    } catch (error) {
      expect((error as CodeSlotError).code).toBe('no-free-range');
      expect((error as Error).message).toMatch(/hết dải số.*cán bộ quản trị của tỉnh/);
    }
  });

  it('refuses a size below 50 or above 9999', () => {
    expect(() => allocateCodeSlot([], { size: 10, today: day(0), scope: 'daily' })).toThrow(/từ 50/);
    expect(() => allocateCodeSlot([], { size: 10_000, today: day(0), scope: 'daily' })).toThrow(CodeSlotError);
  });

  it.each(['daily', 'yearly'] as const)(
    'over a year of enrolments, revocations and size changes (%s), a new lease never overlaps one that holds numbers that day, and no lease ever moves',
    (scope) => {
      const rand = prng(scope === 'daily' ? 7 : 11);
      const leases: CodeSlotLease[] = [];
      let size = 500;
      let allocations = 0;
      let refusals = 0;
      for (let d = 0; d < 400; d++) {
        const today = day(d);
        if (rand() < 0.05) size = [50, 200, 500, 999, 2000][Math.floor(rand() * 5)]!;
        const ops = Math.floor(rand() * 4);
        for (let k = 0; k < ops; k++) {
          const live = leases.filter((l) => l.revokedOn === null);
          if (live.length > 0 && rand() < 0.45) {
            live[Math.floor(rand() * live.length)]!.revokedOn = today;
            continue;
          }
          const snapshot = JSON.stringify(leases);
          try {
            const slot = allocateCodeSlot(leases, { size, today, scope });
            allocations += 1;
            expect(JSON.stringify(leases)).toBe(snapshot);
            expect(slot.first).toBeGreaterThanOrEqual(1);
            expect(slot.last).toBeLessThanOrEqual(9999);
            expect(slot.last - slot.first + 1).toBeGreaterThanOrEqual(Math.min(size, 50));
            for (const other of leases.filter((l) => leaseBlocks(l, today, scope))) {
              expect(overlaps(slot, other), `${today}: ${JSON.stringify(slot)} overlaps ${JSON.stringify(other)}`).toBe(false);
              expect(slot.number).not.toBe(other.number);
            }
            leases.push({ ...slot, revokedOn: null });
          } catch (error) {
            expect(error).toBeInstanceOf(CodeSlotError);
            refusals += 1;
          }
        }
      }
      expect(allocations).toBeGreaterThan(20);
      // A yearly counter keeps revoked ranges for the year: the commune runs out, and is told so.
      if (scope === 'yearly') expect(refusals).toBeGreaterThan(0);
    },
  );
});

describe('nextSequenceInRange', () => {
  it('counts within the range, refuses past its end, and starts over from a counter outside it', () => {
    expect(nextSequenceInRange({ first: 501, last: 1000 }, null)).toBe(501);
    expect(nextSequenceInRange({ first: 501, last: 1000 }, 777)).toBe(778);
    expect(() => nextSequenceInRange({ first: 501, last: 1000 }, 1000)).toThrow(DossierCodeError);
    try {
      nextSequenceInRange({ first: 501, last: 1000 }, 1000, 'yearly');
    } catch (error) {
      expect((error as DossierCodeError).code).toBe('slot-exhausted');
      expect((error as Error).message).toMatch(/năm nay.*0501–1000/);
    }
    // A counter left by the manual numbering before enrolment, or by the range before a new one.
    expect(nextSequenceInRange({ first: 501, last: 1000 }, 12)).toBe(501);
    expect(nextSequenceInRange({ first: 501, last: 1000 }, 1200)).toBe(501);
  });
});
