/**
 * Catches an ID card scan typed by a USB scanner into any text field. The QR text is recognised
 * before it has fully arrived (the last field — the issue date, or the address on cards without
 * one — is still being typed), so the scan completes on the scanner's trailing Enter or, for
 * scanners set to send none, after a short pause in the keystrokes. The field then gets back what
 * it held before the scan.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { findScannedQr } from './scan';

/** Scanners type a character every few milliseconds; people do not pause this little. */
const SCAN_IDLE_MS = 250;

export interface ScanCapture {
  /** Call with a text field's new value; `restore` gives the field its pre-scan value back. */
  observe(value: string, restore: (before: string) => void): void;
  /** Completes a scan under way (on Enter); false when there is none. */
  complete(): boolean;
}

export function useScanCapture(onScan: (qr: string) => void): ScanCapture {
  const pending = useRef<{ qr: string; restore: () => void } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  });

  const complete = useCallback((): boolean => {
    const scan = pending.current;
    if (!scan) return false;
    pending.current = null;
    clearTimeout(timer.current);
    scan.restore();
    onScanRef.current(scan.qr);
    return true;
  }, []);

  const observe = useCallback(
    (value: string, restore: (before: string) => void) => {
      clearTimeout(timer.current);
      const found = findScannedQr(value);
      pending.current = found ? { qr: found.qr, restore: () => restore(found.before) } : null;
      if (found) timer.current = setTimeout(complete, SCAN_IDLE_MS);
    },
    [complete],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return useMemo(() => ({ observe, complete }), [observe, complete]);
}
