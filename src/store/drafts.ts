/**
 * Forms in progress. The intake form saves its state here as the officer types, so a reload, a
 * crash or a closed tab loses nothing; the draft is deleted in the same transaction that saves
 * the dossier.
 */
import { db, type DraftRow } from './db';
import { guardQuota } from './storage';

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
