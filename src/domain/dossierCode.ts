/**
 * Dossier code (mã hồ sơ) — DOMAIN.md §4: `{agency id}-{yyMMdd}-{seq:4}`, e.g.
 * `000.00.53.H48-220921-0099`.
 *
 * The receipt is printed offline, so the code must be final at receipt and unique across the
 * commune's devices without asking the hub. The hub gives each enrolled device a slot; a slot
 * owns a fixed range of the 4-digit sequence, and the device counts within its range.
 */
import { VN_OFFSET_MS } from './calendar/vnTime';

const SEQ_MIN = 1;
const SEQ_MAX = 9999;

/**
 * Agency identifier (mã định danh điện tử, Quyết định 20/2020/QĐ-TTg): four levels separated by
 * dots, written from the lowest level to the highest: `level4.level3.level2.level1`, e.g.
 * `000.00.53.H48` (level 1 `H48` = a province; `000.00.00.H48` would be the province itself).
 * The decision allows up to 35 characters of digits, A–Z and dots overall; the exact character
 * rules per level could not be confirmed from the official text here, so this accepts the shape
 * every published one-stop code uses: 3 digits . 2 digits . 2 digits . letter + 2 digits.
 */
const AGENCY_ID = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;
const DOSSIER_CODE = /^(\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export type SequenceScope = 'daily' | 'yearly';

export type DossierCodeErrorCode = 'invalid-agency' | 'invalid-sequence' | 'invalid-slot' | 'slot-exhausted';

export class DossierCodeError extends Error {
  readonly code: DossierCodeErrorCode;
  constructor(code: DossierCodeErrorCode, message: string) {
    super(message);
    this.name = 'DossierCodeError';
    this.code = code;
  }
}

export function isValidAgencyId(agencyId: string): boolean {
  return AGENCY_ID.test(agencyId);
}

/** Vietnam-time calendar fields of an instant (UTC+7, no DST), independent of the host zone. */
function vnParts(ms: number): { y: number; m: number; d: number } {
  const t = new Date(ms + VN_OFFSET_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function formatDossierCode(agencyId: string, receivedAt: number, seq: number): string {
  if (!isValidAgencyId(agencyId)) {
    throw new DossierCodeError('invalid-agency', `Mã định danh cơ quan không hợp lệ: "${agencyId}" (dạng đúng: 000.00.53.H48)`);
  }
  if (!Number.isInteger(seq) || seq < SEQ_MIN || seq > SEQ_MAX) {
    throw new DossierCodeError('invalid-sequence', `Số thứ tự hồ sơ phải từ 1 đến 9999 (nhận được ${seq})`);
  }
  if (!Number.isFinite(receivedAt)) throw new RangeError(`receivedAt is not a valid instant: ${receivedAt}`);
  const { y, m, d } = vnParts(receivedAt);
  return `${agencyId}-${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}-${pad(seq, 4)}`;
}

export interface ParsedDossierCode {
  agencyId: string;
  /** Receipt date "YYYY-MM-DD" (Vietnam calendar). */
  date: string;
  seq: number;
}

/**
 * Parse a code as a citizen or officer types it: surrounding spaces and lower-case letters are
 * accepted. `yy` is read as 20yy — dossier codes of this shape only exist since 2018.
 * Returns null for anything that is not a real code (bad date, sequence 0000, wrong shape).
 */
export function parseDossierCode(code: string): ParsedDossierCode | null {
  const m = DOSSIER_CODE.exec(code.trim().toUpperCase());
  if (!m) return null;
  const [, agencyId, yy, mm, dd, seqText] = m as unknown as [string, string, string, string, string, string];
  const y = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const probe = new Date(Date.UTC(y, month - 1, day));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const seq = Number(seqText);
  if (seq < SEQ_MIN) return null;
  return { agencyId, date: `${y}-${mm}-${dd}`, seq };
}

export interface SequenceRange {
  first: number;
  last: number;
}

/**
 * The part of 1..9999 owned by a device slot (0-based). Ranges are equal in size
 * (floor(9999 / slotCount)); the few numbers left over by the division go to the last slot, so
 * nothing is wasted and every slot's range stays the same whatever the day's traffic.
 * Sizing: a busy commune takes ~250 dossiers a day; with 10 slots each device has 999.
 */
export function slotRange(slot: number, slotCount: number): SequenceRange {
  if (!Number.isInteger(slotCount) || slotCount < 1 || slotCount > SEQ_MAX) {
    throw new DossierCodeError('invalid-slot', `Số dải số thứ tự phải từ 1 đến 9999 (nhận được ${slotCount})`);
  }
  if (!Number.isInteger(slot) || slot < 0 || slot >= slotCount) {
    throw new DossierCodeError('invalid-slot', `Thiết bị được cấp dải số ${slot} không hợp lệ (chỉ có ${slotCount} dải: 0–${slotCount - 1})`);
  }
  const size = Math.floor(SEQ_MAX / slotCount);
  const first = slot * size + 1;
  const last = slot === slotCount - 1 ? SEQ_MAX : first + size - 1;
  return { first, last };
}

/**
 * The next sequence number for this device. `lastUsed` is the last number this slot used in the
 * current counter scope (sequenceScope), or null when it has used none yet.
 * Throws DossierCodeError:
 *  - 'slot-exhausted' when the range is used up — the desk must not print a duplicate code, so it
 *    has to use another device or get a new slot from the hub;
 *  - 'invalid-sequence' when `lastUsed` is outside the slot's range: the counter belongs to
 *    another slot (the device was re-enrolled), and continuing could duplicate codes.
 */
export function nextSequence(slot: number, slotCount: number, lastUsed: number | null, scope: SequenceScope = 'daily'): number {
  const { first, last } = slotRange(slot, slotCount);
  if (lastUsed === null) return first;
  if (!Number.isInteger(lastUsed) || lastUsed < first || lastUsed > last) {
    throw new DossierCodeError(
      'invalid-sequence',
      `Số thứ tự đã dùng (${lastUsed}) không thuộc dải của thiết bị (${pad(first, 4)}–${pad(last, 4)}). Hãy đồng bộ lại với máy chủ trước khi tiếp nhận hồ sơ.`,
    );
  }
  if (lastUsed === last) {
    const period = scope === 'daily' ? 'hôm nay' : 'năm nay';
    throw new DossierCodeError(
      'slot-exhausted',
      `Thiết bị đã dùng hết dải số thứ tự hồ sơ ${period} (${pad(first, 4)}–${pad(last, 4)}). Hãy tiếp nhận trên thiết bị khác hoặc xin máy chủ cấp thêm dải số.`,
    );
  }
  return lastUsed + 1;
}

/**
 * Key of the counter a receipt draws from: 'YYYY-MM-DD' (daily, the observed practice) or
 * 'YYYY' (yearly), in Vietnam time. The code is formatted the same either way (it always carries
 * the receipt date). Note that a yearly counter caps the commune at 9,999 dossiers a year, which
 * a busy commune (~5,000 a month) exceeds: daily is the safe default.
 */
export function sequenceScope(receivedAt: number, scope: SequenceScope = 'daily'): string {
  const { y, m, d } = vnParts(receivedAt);
  return scope === 'yearly' ? String(y) : `${y}-${pad(m, 2)}-${pad(d, 2)}`;
}
