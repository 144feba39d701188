/**
 * The next sequence number inside the code range the hub gave this device (protocol.ts
 * `CodeSlot`). Private stand-in for src/domain/codeSlots.ts `nextSequenceInRange` until that lands.
 */
import { DossierCodeError, type SequenceScope } from '../domain/dossierCode';

const pad = (n: number) => String(n).padStart(4, '0');

export function nextSequenceInRange(range: { first: number; last: number }, lastUsed: number | null, scope: SequenceScope = 'daily'): number {
  // A counter left by the manual numbering (before enrolment) or by an earlier range: start the
  // range over; the caller still skips codes already held on the device.
  if (lastUsed === null || !Number.isInteger(lastUsed) || lastUsed < range.first || lastUsed > range.last) return range.first;
  if (lastUsed === range.last) {
    const period = scope === 'daily' ? 'hôm nay' : 'năm nay';
    throw new DossierCodeError(
      'slot-exhausted',
      `Thiết bị đã dùng hết dải số thứ tự hồ sơ ${period} (${pad(range.first)}–${pad(range.last)}). Hãy tiếp nhận trên thiết bị khác.`,
    );
  }
  return lastUsed + 1;
}
