/** Reading a dossier's scans and photos, kept apart from its records (src/store/db.ts). */
import { db, type AttachmentRow } from './db';

/** The dossier's files, in the order they were stored. The blobs are read only when displayed. */
export async function dossierAttachments(dossierId: string): Promise<AttachmentRow[]> {
  return db().attachments.where('dossierId').equals(dossierId).sortBy('createdAt');
}
