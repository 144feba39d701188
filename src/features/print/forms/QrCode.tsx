/**
 * A QR code of the dossier code on the receipt, for the citizen's status lookup. Made on the
 * device (no network): the generator (~8 KB gzip) is loaded only here, on first use, so it stays
 * out of the first load; the service worker precaches its chunk for offline printing.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n';

/** The dark modules as one SVG path of unit squares (crisp at any print resolution). */
async function qrPath(value: string): Promise<{ size: number; path: string }> {
  const { default: qrcode } = await import('qrcode-generator');
  // Level M: a printed receipt gets folded and smudged; the code is short, so the symbol stays small.
  const qr = qrcode(0, 'M');
  qr.addData(value, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}

/** Quiet zone around the symbol, in modules (the standard asks for 4). */
const QUIET = 4;

export function QrCode({ value, label }: { value: string; label: string }) {
  const t = useT();
  const [symbol, setSymbol] = useState<{ value: string; size: number; path: string } | 'failed' | null>(null);

  useEffect(() => {
    let live = true;
    qrPath(value).then(
      (made) => live && setSymbol({ value, ...made }),
      () => live && setSymbol('failed'),
    );
    return () => {
      live = false;
    };
  }, [value]);

  if (symbol === 'failed') {
    return (
      <p className="qr-failed no-print" role="status">
        {t('print.qrFailed')}
      </p>
    );
  }
  if (!symbol || symbol.value !== value) return <div className="qr qr-pending" aria-hidden="true" />;
  const box = symbol.size + 2 * QUIET;
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      data-qr-value={value}
      viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
      <path d={symbol.path} fill="#000" />
    </svg>
  );
}
