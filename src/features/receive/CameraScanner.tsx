/**
 * The tablet's camera as an ID card reader (village outreach sessions have no USB scanner). When
 * the camera is refused or missing the officer is told plainly; the form stays usable by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n';
import { createFrameDecoder } from './qrDecoder';

type CameraState = { kind: 'starting' } | { kind: 'scanning' } | { kind: 'denied' } | { kind: 'absent' } | { kind: 'failed'; message: string };

interface Props {
  /** Returns whether the text was an ID card's QR; scanning goes on when it was not. */
  onDetected(text: string): boolean;
  onClose(): void;
}

const FRAME_INTERVAL_MS = 200;

function cameraError(e: unknown): CameraState {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return { kind: 'denied' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return { kind: 'absent' };
  return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
}

export function CameraScanner({ onDetected, onClose }: Props) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [notIdCard, setNotIdCard] = useState(false);
  const onDetectedRef = useRef(onDetected);
  useEffect(() => {
    onDetectedRef.current = onDetected;
  });

  useEffect(() => {
    closeButton.current?.focus();
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    async function start() {
      const media = globalThis.navigator?.mediaDevices;
      if (!media?.getUserMedia) {
        setState({ kind: 'absent' });
        return;
      }
      // The decoder (maybe the JS one) loads while the officer answers the camera permission prompt.
      const decoder = createFrameDecoder();
      decoder.catch(() => undefined);
      try {
        stream = await media.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (e) {
        if (!stopped) setState(cameraError(e));
        return;
      }
      const el = video.current;
      if (stopped || !el) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      el.srcObject = stream;
      try {
        await el.play();
        const decode = await decoder;
        if (stopped) return;
        setState({ kind: 'scanning' });
        const tick = async () => {
          if (stopped) return;
          const text = await decode(el).catch(() => null);
          if (stopped) return;
          if (text) {
            if (onDetectedRef.current(text)) return;
            setNotIdCard(true);
          }
          timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
        };
        void tick();
      } catch (e) {
        if (!stopped) setState(cameraError(e));
      }
    }
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  const message =
    state.kind === 'starting'
      ? t('receive.camera.starting')
      : state.kind === 'scanning'
        ? t('receive.camera.scanning')
        : state.kind === 'denied'
          ? t('receive.camera.denied')
          : state.kind === 'absent'
            ? t('receive.camera.absent')
            : t('receive.camera.failed', { message: state.message });
  const problem = state.kind === 'denied' || state.kind === 'absent' || state.kind === 'failed';

  return (
    <section
      className="rc-camera"
      aria-labelledby="rc-camera-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id="rc-camera-title">{t('receive.camera.title')}</h2>
      {!problem && <video ref={video} className="rc-video" muted playsInline aria-label={t('receive.camera.video')} />}
      <p role={problem ? 'alert' : 'status'} className={problem ? 'field-error' : 'muted'}>
        {message}
      </p>
      {notIdCard && state.kind === 'scanning' && <p className="field-error">{t('receive.applicant.notIdCard')}</p>}
      <button type="button" className="secondary" ref={closeButton} onClick={onClose}>
        {t('receive.camera.close')}
      </button>
    </section>
  );
}
