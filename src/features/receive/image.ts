/**
 * Scans and photos taken at the desk or at a village session are stored on the device and later
 * sent over a slow mobile link (DOMAIN.md §9), so images are shrunk in the browser before they are
 * kept: the longest side to 1,600 px (enough to read a form) and JPEG at quality 0.8. PDFs are
 * kept as they are, under a size cap.
 */

export const MAX_IMAGE_SIDE = 1600;
export const JPEG_QUALITY = 0.8;
/** Largest file kept (a PDF as is, or an image after compression). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface Size {
  width: number;
  height: number;
}

/** The size to draw an image at: longest side at most `maxSide`, proportions kept, never enlarged. */
export function downscaleSize(width: number, height: number, maxSide = MAX_IMAGE_SIDE): Size {
  if (!(width > 0 && height > 0 && maxSide > 0)) throw new RangeError(`Invalid image size ${width}×${height} (max ${maxSide})`);
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const scale = maxSide / longest;
  // A very thin strip must not round to zero pixels on its short side.
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type FileKind = 'image' | 'pdf' | 'unsupported';

/** What a picked file is; the name is consulted because some tablets send PDFs without a type. */
export function fileKind(mime: string, name: string): FileKind {
  if (mime === 'application/pdf' || (!mime && /\.pdf$/i.test(name))) return 'pdf';
  if (mime.startsWith('image/') || (!mime && /\.(jpe?g|png|webp|gif|bmp|heic|heif)$/i.test(name))) return 'image';
  return 'unsupported';
}

/** "IMG_0012.HEIC" → "IMG_0012.jpg": the stored file is the compressed JPEG. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]+$/, '') || 'anh';
  return `${base}.jpg`;
}

/**
 * Whether the original image should be kept instead of the re-encoded one: an already small JPEG
 * re-encoded can come out larger and blurrier.
 */
export function keepOriginalImage(original: { mime: string; size: number }, size: Size, drawn: Size, encodedBytes: number): boolean {
  return original.mime === 'image/jpeg' && size.width === drawn.width && size.height === drawn.height && original.size <= encodedBytes;
}

/**
 * Decodes, shrinks and re-encodes an image (createImageBitmap + canvas; OffscreenCanvas where the
 * browser has it). Transparent areas become white rather than JPEG's black.
 */
export async function downscaleImage(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const source = { width: bitmap.width, height: bitmap.height };
    const target = downscaleSize(source.width, source.height);
    let encoded: Blob;
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(target.width, target.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('canvas 2d unavailable');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, target.width, target.height);
      ctx.drawImage(bitmap, 0, 0, target.width, target.height);
      encoded = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    } else {
      const canvas = document.createElement('canvas');
      canvas.width = target.width;
      canvas.height = target.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('canvas 2d unavailable');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, target.width, target.height);
      ctx.drawImage(bitmap, 0, 0, target.width, target.height);
      encoded = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('JPEG encoding failed'))), 'image/jpeg', JPEG_QUALITY),
      );
    }
    return keepOriginalImage({ mime: file.type, size: file.size }, source, target, encoded.size) ? file : encoded;
  } finally {
    bitmap.close();
  }
}
