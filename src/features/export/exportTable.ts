/**
 * Builds the file in the browser and hands it to the browser's downloads, offline as online: the
 * .xlsx library is a chunk of its own, fetched (from the service worker's cache) only when an
 * officer asks for an .xlsx. Nothing is written to the device's database: a failure loses nothing.
 */
import { buildCsv, fileNameFor } from './cells';
import type { ExportFormat, ExportTable } from './types';
import { buildXlsx } from './xlsx';

/** Why an export failed, in words an officer can act on (ExportButtons shows `message`). */
export class ExportError extends Error {
  constructor(
    readonly reason: 'load' | 'build' | 'memory' | 'empty',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExportError';
  }
}

const FORMAT_NAME: Record<ExportFormat, string> = { xlsx: 'Excel (.xlsx)', csv: 'CSV' };

/** The file as a Blob, without downloading it (the bench and exportTable use it). */
export async function exportBlob(table: ExportTable, format: ExportFormat): Promise<Blob> {
  if (table.sheets.length === 0) throw new ExportError('empty', 'Không có dữ liệu để xuất.');
  if (format === 'csv') {
    try {
      return new Blob([buildCsv(table)], { type: 'text/csv;charset=utf-8' });
    } catch (cause) {
      throw buildFailed(format, cause);
    }
  }
  let write;
  try {
    write = (await import('write-excel-file/browser')).default;
  } catch (cause) {
    throw new ExportError(
      'load',
      'Không tải được phần tạo tệp Excel: máy chưa tải xong để dùng khi mất mạng. Hãy kết nối mạng rồi thử lại, hoặc tải tệp CSV.',
      { cause },
    );
  }
  try {
    return await buildXlsx(table, write);
  } catch (cause) {
    throw buildFailed(format, cause);
  }
}

function buildFailed(format: ExportFormat, cause: unknown): ExportError {
  const memory = cause instanceof RangeError || (cause instanceof Error && /memory|allocation/i.test(cause.message));
  return new ExportError(
    memory ? 'memory' : 'build',
    `Không tạo được tệp ${FORMAT_NAME[format]}${memory ? ': máy không đủ bộ nhớ cho chừng ấy dòng. Hãy lọc bớt (theo ngày, thủ tục…) rồi xuất lại' : ''}. Dữ liệu trên máy không bị ảnh hưởng.`,
    { cause },
  );
}

/** Offers the Blob as a download under `fileName` (an anchor with `download`, then released). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started reading the URL by the next tasks; keep it a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds the table's file and triggers its download; resolves to the file's name. */
export async function exportTable(table: ExportTable, format: ExportFormat): Promise<string> {
  const blob = await exportBlob(table, format);
  const name = fileNameFor(table, format);
  downloadBlob(blob, name);
  return name;
}
