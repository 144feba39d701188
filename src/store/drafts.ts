/**
 * Forms in progress. The intake form saves its state here as the officer types, so a reload, a
 * crash or a closed tab loses nothing; the draft is deleted in the same transaction that saves
 * the dossier.
 */
import { db, type DraftRow } from './db';
import { guardQuota, isQuotaError, StorageFullError } from './storage';

export function saveDraft(id: string, kind: DraftRow['kind'], data: unknown): Promise<void> {
  return guardQuota(async () => {
    await db().drafts.put({ id, kind, data, updatedAt: Date.now() });
  });
}

export async function loadDraft<T>(id: string): Promise<T | undefined> {
  return (await db().drafts.get(id))?.data as T | undefined;
}

/** Drafts of a kind, newest first (the intake screen offers to resume them). */
export async function listDrafts(kind: DraftRow['kind']): Promise<DraftRow[]> {
  return (await db().drafts.where('kind').equals(kind).sortBy('updatedAt')).reverse();
}

export async function deleteDraft(id: string): Promise<void> {
  await db().drafts.delete(id);
}

/**
 * Writes a draft while the page is being hidden or closed (visibilitychange, pagehide). A Dexie
 * write commits only once the page's current task has ended, which a closing page never reaches,
 * so the last keystrokes were lost on reload; this one puts the row through the open connection
 * and commits at once. Null when it cannot (connection not open yet): use saveDraft then.
 */
export function saveDraftNow(id: string, kind: DraftRow['kind'], data: unknown): Promise<void> | null {
  const d = db();
  if (!d.isOpen()) return null;
  let tx: IDBTransaction;
  try {
    tx = d.backendDB().transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put({ id, kind, data, updatedAt: Date.now() } satisfies DraftRow);
  } catch {
    return null;
  }
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(isQuotaError(tx.error) ? new StorageFullError(tx.error) : (tx.error ?? new Error('draft write aborted')));
  });
  tx.commit?.();
  return done;
}
