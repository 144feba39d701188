/**
 * Reading a QR code from camera frames: the browser's own BarcodeDetector where it reads QR codes
 * (Chrome on Android tablets), else the decoder of paulmillr's `qr` — loaded only now, when the
 * camera opens, so the intake screen does not carry it. (jsQR was measured first: 47.5 KB gzip,
 * mostly Shift-JIS tables an ID card never uses; `qr`'s decoder is a fraction of that, is
 * maintained, and is built for live camera frames.)
 */
import { downscaleSize } from './image';

/** Returns the text of a QR code seen in the current frame, or null. */
export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

/** Frames are decoded at this size at most: enough for the dense ID-card QR, quick on a tablet. */
const DECODE_SIDE = 1024;

export async function createFrameDecoder(): Promise<FrameDecoder> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? [];
    if (formats.includes('qr_code')) {
      const detector = new Detector({ formats: ['qr_code'] });
      return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
    }
  }
  const { default: decodeQR } = await import('qr/decode.js');
  // Made on the first frame: the module loads while the camera permission is asked, and a refused
  // camera then costs no canvas.
  let ctx: CanvasRenderingContext2D | null = null;
  return async (video) => {
    if (!video.videoWidth || !video.videoHeight) return null;
    ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('canvas 2d unavailable');
    const { width, height } = downscaleSize(video.videoWidth, video.videoHeight, DECODE_SIDE);
    ctx.canvas.width = width;
    ctx.canvas.height = height;
    ctx.drawImage(video, 0, 0, width, height);
    try {
      return decodeQR({ width, height, data: ctx.getImageData(0, 0, width, height).data }) || null;
    } catch {
      // No QR code in this frame (the decoder throws rather than returning nothing).
      return null;
    }
  };
}
