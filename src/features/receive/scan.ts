/**
 * A USB scanner "types" the ID card's QR text into whatever field has focus, after what the field
 * already held (DOMAIN.md §7). These helpers find the scanned text in a field's value so the form
 * can give the field its old value back and fill the applicant instead.
 */
import { looksLikeIdCardQr } from '../../domain/citizenId';

export interface ScannedText {
  /** What the field held before the scan started. */
  before: string;
  /** The scanned QR text. */
  qr: string;
}

/**
 * The scan starts with the 12-digit ID number and a separator ('|', or '¦'/'｜' from some layouts).
 * A regular expression finds the leftmost start, so digits the field already held (a phone number)
 * stay in `before`: "0912" + "001090012345|…" splits after "0912".
 */
const QR_START = /\d{12}[|¦｜]/;

export function findScannedQr(value: string): ScannedText | null {
  const at = value.search(QR_START);
  if (at < 0) return null;
  const qr = value.slice(at);
  return looksLikeIdCardQr(qr) ? { before: value.slice(0, at), qr } : null;
}
