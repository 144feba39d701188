/**
 * The device's storage: asking the browser to keep our data (persistent storage), reporting how
 * much is used, and recognising a full disk wherever a write fails.
 */
import Dexie from 'dexie';

export type PersistenceState = 'persisted' | 'granted-now' | 'refused' | 'unsupported';

/** Asks once at start; a refusal is shown to the officer (data may be evicted under pressure). */
export async function requestPersistence(): Promise<PersistenceState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'persisted';
  return (await storage.persist()) ? 'granted-now' : 'refused';
}

export interface StorageUse {
  usedBytes: number;
  quotaBytes: number;
}

export async function storageUse(): Promise<StorageUse | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usedBytes: usage, quotaBytes: quota };
}

/** A write failed because the device is out of space; nothing of that write was kept. */
export class StorageFullError extends Error {
  readonly code = 'storage-full';
  constructor(cause: unknown) {
    super('Bộ nhớ của thiết bị đã đầy: chưa lưu được. Dữ liệu đã lưu trước đó vẫn còn nguyên.', { cause });
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  // Dexie wraps the browser's DOMException (in `inner`); other layers may use `cause`.
  const seen = new Set<unknown>();
  let e = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded) return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Runs a write and turns a full disk into a StorageFullError. The write must be one Dexie
 * transaction, so a failure leaves nothing half-written.
 */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
