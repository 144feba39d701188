/**
 * Code slots (DOMAIN.md §4): each enrolled device of a commune owns a range of the 4-digit
 * sequence of dossier codes, so that two devices never print the same code without asking the hub.
 *
 * The hub keeps every lease it ever gave (live or revoked) and calls `allocateCodeSlot` when a
 * device enrols. A lease is never moved or resized while its device is enrolled: codes already
 * printed stay valid, and a change of the commune's slot size only shapes the leases given after
 * it. A revoked device may still print codes until the end of the day it learns of the revocation
 * (it works offline), so its range is only reused from the next counter scope: the next day for a
 * daily sequence, the next year for a yearly one.
 *
 * Pure: no clock, no storage — `today` is the commune's (Vietnam) date, passed in.
 */
import { DossierCodeError, type SequenceRange, type SequenceScope } from './dossierCode';

const SEQ_MIN = 1;
const SEQ_MAX = 9999;
/** A smaller range than this would run out within a morning at a busy desk. */
export const MIN_SLOT_SIZE = 50;

export interface CodeSlotLease {
  /** 1-based number of the slot in the commune (names the tracking book's volume). */
  number: number;
  first: number;
  last: number;
  /** 'YYYY-MM-DD' (Vietnam date) the lease's device was revoked; null while it is enrolled. */
  revokedOn: string | null;
}

export interface AllocatedSlot {
  number: number;
  first: number;
  last: number;
}

export interface AllocateOptions {
  /** Wanted range size (the commune's slot size). */
  size: number;
  /** 'YYYY-MM-DD', the commune's date now. */
  today: string;
  scope: SequenceScope;
}

export type CodeSlotErrorCode = 'no-free-range' | 'invalid-size';

export class CodeSlotError extends Error {
  readonly code: CodeSlotErrorCode;
  constructor(code: CodeSlotErrorCode, message: string) {
    super(message);
    this.name = 'CodeSlotError';
    this.code = code;
  }
}

/**
 * Whether a lease still holds its numbers. A range revoked today may still be printing today
 * (daily scope); with a yearly counter, numbers used this year must not be given out again before
 * the year ends. A revocation dated after `today` (a clock moved backwards) also blocks.
 */
export function leaseBlocks(lease: CodeSlotLease, today: string, scope: SequenceScope): boolean {
  if (lease.revokedOn === null) return true;
  if (scope === 'daily') return lease.revokedOn >= today;
  return lease.revokedOn.slice(0, 4) >= today.slice(0, 4);
}

/** Free stretches of 1..9999 between the blocking leases, lowest first. */
function freeGaps(blocking: readonly CodeSlotLease[]): SequenceRange[] {
  const taken = [...blocking].sort((a, b) => a.first - b.first);
  const gaps: SequenceRange[] = [];
  let next = SEQ_MIN;
  for (const lease of taken) {
    if (lease.first > next) gaps.push({ first: next, last: lease.first - 1 });
    next = Math.max(next, lease.last + 1);
  }
  if (next <= SEQ_MAX) gaps.push({ first: next, last: SEQ_MAX });
  return gaps;
}

/**
 * A new lease for a device that enrols: the smallest slot number no blocking lease uses, and the
 * lowest free range of `size` numbers; when no free stretch is that long, the largest one of at
 * least MIN_SLOT_SIZE. Throws CodeSlotError 'no-free-range' when the commune has none left.
 */
export function allocateCodeSlot(leases: readonly CodeSlotLease[], options: AllocateOptions): AllocatedSlot {
  const { size, today, scope } = options;
  if (!Number.isInteger(size) || size < MIN_SLOT_SIZE || size > SEQ_MAX) {
    throw new CodeSlotError('invalid-size', `Cỡ dải số thứ tự phải từ ${MIN_SLOT_SIZE} đến ${SEQ_MAX} (nhận được ${size})`);
  }
  const blocking = leases.filter((l) => leaseBlocks(l, today, scope));
  const usedNumbers = new Set(blocking.map((l) => l.number));
  let number = 1;
  while (usedNumbers.has(number)) number += 1;

  const gaps = freeGaps(blocking);
  const fitting = gaps.find((g) => g.last - g.first + 1 >= size);
  if (fitting) return { number, first: fitting.first, last: fitting.first + size - 1 };
  let largest: SequenceRange | null = null;
  for (const g of gaps) {
    if (!largest || g.last - g.first > largest.last - largest.first) largest = g;
  }
  if (largest && largest.last - largest.first + 1 >= MIN_SLOT_SIZE) return { number, ...largest };
  throw new CodeSlotError(
    'no-free-range',
    'Xã đã hết dải số thứ tự hồ sơ còn trống để cấp cho thiết bị mới. Hãy đề nghị cán bộ quản trị của tỉnh thu hồi các thiết bị không còn dùng (dải số của chúng được cấp lại từ hôm sau) hoặc giảm cỡ dải số của xã.',
  );
}

/**
 * The next sequence number of a device in its own range. `lastUsed`: the last number it used in
 * the current counter scope, or null. A `lastUsed` outside the range is a counter left by the
 * manual numbering before enrolment or by an earlier range (a device enrolled again after a
 * revocation): the range starts over at its first number, and the caller still skips codes the
 * device already holds — stopping the desk's intake for the rest of the day would help no one.
 * Throws DossierCodeError 'slot-exhausted' when the range is used up (the desk must not print a
 * duplicate code).
 */
export function nextSequenceInRange(range: SequenceRange, lastUsed: number | null, scope: SequenceScope = 'daily'): number {
  const { first, last } = range;
  const pad = (n: number) => String(n).padStart(4, '0');
  if (lastUsed === null || !Number.isInteger(lastUsed) || lastUsed < first || lastUsed > last) return first;
  if (lastUsed === last) {
    const period = scope === 'daily' ? 'hôm nay' : 'năm nay';
    throw new DossierCodeError(
      'slot-exhausted',
      `Thiết bị đã dùng hết dải số thứ tự hồ sơ ${period} (${pad(first)}–${pad(last)}). Hãy tiếp nhận trên thiết bị khác hoặc đề nghị cán bộ quản trị của tỉnh cấp dải số lớn hơn.`,
    );
  }
  return lastUsed + 1;
}
