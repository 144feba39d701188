import { describe, expect, it } from 'vitest';
import { downscaleSize, fileKind, jpegName, keepOriginalImage, MAX_IMAGE_SIDE } from '../../src/features/receive/image';

describe('downscale sizing of photos and scans', () => {
  it('brings the longest side down to 1600 px and keeps the proportions', () => {
    // A 12-megapixel phone photo, landscape and portrait.
    expect(downscaleSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(downscaleSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    // An A4 scan at 300 dpi.
    expect(downscaleSize(2480, 3508)).toEqual({ width: 1131, height: 1600 });
    expect(Math.max(...Object.values(downscaleSize(5001, 4999)))).toBe(MAX_IMAGE_SIDE);
  });

  it('never enlarges a small image', () => {
    expect(downscaleSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(downscaleSize(1600, 900)).toEqual({ width: 1600, height: 900 });
  });

  it('keeps at least one pixel on the short side of a thin strip', () => {
    expect(downscaleSize(10000, 2)).toEqual({ width: 1600, height: 1 });
  });

  it('takes another limit (camera frames are decoded smaller)', () => {
    expect(downscaleSize(1920, 1080, 1024)).toEqual({ width: 1024, height: 576 });
  });

  it('rejects sizes that are not images', () => {
    expect(() => downscaleSize(0, 100)).toThrow(RangeError);
    expect(() => downscaleSize(Number.NaN, 100)).toThrow(RangeError);
  });

  it('keeps an already small JPEG that re-encoding would make larger', () => {
    const size = { width: 800, height: 600 };
    expect(keepOriginalImage({ mime: 'image/jpeg', size: 90_000 }, size, size, 120_000)).toBe(true);
    expect(keepOriginalImage({ mime: 'image/jpeg', size: 150_000 }, size, size, 120_000)).toBe(false);
    // Resized, or not a JPEG: the re-encoded image is kept.
    expect(keepOriginalImage({ mime: 'image/jpeg', size: 90_000 }, { width: 4000, height: 3000 }, { width: 1600, height: 1200 }, 120_000)).toBe(false);
    expect(keepOriginalImage({ mime: 'image/png', size: 90_000 }, size, size, 120_000)).toBe(false);
  });
});

describe('kinds of attached files', () => {
  it('tells images, PDFs and the rest apart, by type or by name when the type is missing', () => {
    expect(fileKind('image/jpeg', 'a.jpg')).toBe('image');
    expect(fileKind('image/heic', 'IMG_1.HEIC')).toBe('image');
    expect(fileKind('application/pdf', 'to-khai.pdf')).toBe('pdf');
    expect(fileKind('', 'TO-KHAI.PDF')).toBe('pdf');
    expect(fileKind('', 'anh.png')).toBe('image');
    expect(fileKind('application/msword', 'don.doc')).toBe('unsupported');
    expect(fileKind('', 'notes.txt')).toBe('unsupported');
  });

  it('names the stored JPEG after the original', () => {
    expect(jpegName('IMG_0012.HEIC')).toBe('IMG_0012.jpg');
    expect(jpegName('giay.khai.sinh.png')).toBe('giay.khai.sinh.jpg');
    expect(jpegName('photo')).toBe('photo.jpg');
  });
});
