/**
 * The intake form's ID-card reader (one of four parts: state, scanner, outcomes, layout). A USB
 * scanner types the card's QR into whatever field has focus, so every text field of the form goes
 * through `bind`, which gives the field its value back and fills the applicant instead; the scan
 * field and the tablet's camera do the same on purpose.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import { isIdCardQrFailure, looksLikeIdCardQr, parseIdCardQr } from '../../domain/citizenId';
import { CameraScanner } from './CameraScanner';
import { fillFromIdCard, idWarnings, textValue, withText, type FilledField, type TextKey } from './formState';
import { focusField } from './fields';
import type { Intake } from './useIntake';
import { useScanCapture, type ScanCapture } from './useScanCapture';

export type ScanResult = { kind: 'ok'; filled: FilledField[]; warnings: string[] } | { kind: 'error'; message: string };

export interface IdCardScan {
  scan: ScanCapture;
  /** Fills the applicant from a QR text; false (and the reason shown) when it is not a card's. */
  applyScan(text: string): boolean;
  result: ScanResult | null;
  /** Value and change handler of a text field, watching it for a scan. */
  bind(key: TextKey): { id: string; value: string; onChange(e: { target: { value: string } }): void };
}

export function useIdCardScan({ form, update, setForm }: Intake): IdCardScan {
  const [result, setResult] = useState<ScanResult | null>(null);
  // Scans complete from timers and camera frames: they fill the applicant as it is at that moment.
  const formRef = useRef(form);
  useEffect(() => {
    formRef.current = form;
  });
  const applyScan = useCallback(
    (text: string): boolean => {
      const card = parseIdCardQr(text);
      if (isIdCardQrFailure(card)) {
        setResult({ kind: 'error', message: card.error });
        return false;
      }
      const { applicant, filled } = fillFromIdCard(formRef.current.applicant, card);
      update((f) => ({ ...f, applicant: fillFromIdCard(f.applicant, card).applicant }));
      // The ID number's own warnings (birth year, gender) stay beside the number, which updates
      // them as the officer corrects; the scan lists only what is about the card's text.
      const shownByIdField = new Set(idWarnings(applicant));
      setResult({ kind: 'ok', filled, warnings: card.warnings.filter((w) => !shownByIdField.has(w)) });
      focusField('phone');
      return true;
    },
    [update],
  );
  const scan = useScanCapture(applyScan);

  const bind = (key: TextKey) => ({
    id: `rc-${key}`,
    value: textValue(form, key),
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      update((f) => withText(f, key, value));
      scan.observe(value, (before) => setForm((f) => withText(f, key, before)));
    },
  });

  return { scan, applyScan, result, bind };
}

/** The scan field, the camera button and what the last scan filled (or why it failed). */
export function ScanPanel({ reader, autoFocus }: { reader: IdCardScan; autoFocus: boolean }) {
  const t = useT();
  const { scan, applyScan, result } = reader;
  const [scanText, setScanText] = useState('');
  const [cameraOpen, setCameraOpen] = useState(false);
  const cameraButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <div className="rc-scan">
        <div className="field rc-scan-field">
          <label htmlFor="rc-scan" className="field-label">
            {t('receive.applicant.scan')}
          </label>
          <input
            id="rc-scan"
            type="text"
            autoComplete="off"
            spellCheck={false}
            autoFocus={autoFocus}
            aria-describedby="rc-scan-hint"
            value={scanText}
            onChange={(e) => {
              setScanText(e.target.value);
              scan.observe(e.target.value, () => setScanText(''));
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              e.stopPropagation();
              if (!scan.complete() && scanText.trim()) applyScan(scanText);
              setScanText('');
            }}
          />
          <p id="rc-scan-hint" className="muted rc-hint">
            {t('receive.applicant.scanHint')}
          </p>
        </div>
        <button type="button" className="secondary rc-camera-button" ref={cameraButton} aria-expanded={cameraOpen} onClick={() => setCameraOpen(true)}>
          {t('receive.applicant.camera')}
        </button>
      </div>
      {cameraOpen && (
        <CameraScanner
          onDetected={(value) => {
            if (!looksLikeIdCardQr(value) || !applyScan(value)) return false;
            setCameraOpen(false);
            return true;
          }}
          onClose={() => {
            setCameraOpen(false);
            cameraButton.current?.focus();
          }}
        />
      )}
      {result && (
        <div role="status" className={result.kind === 'ok' ? 'rc-scan-result' : 'rc-scan-result rc-scan-error'}>
          {result.kind === 'ok' ? (
            <>
              <p className="ok">{t('receive.applicant.filled', { fields: result.filled.map((f) => t(`receive.applicant.fields.${f}`)).join(', ') })}</p>
              {result.warnings.length > 0 && (
                <ul className="rc-warnings">
                  {result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="field-error">{t('receive.applicant.scanFailed', { message: result.message })}</p>
          )}
        </div>
      )}
    </>
  );
}
