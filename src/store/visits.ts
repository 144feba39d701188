/** Visits that end without a dossier: guidance on missing papers, refusal, or redirection. */
import { db, type VisitRow } from './db';
import { deleteDraft } from './drafts';
import { loadSettings } from './settings';
import { visitSearchWords } from './visitRow';
import { guardQuota } from './storage';

export type VisitInput = Omit<VisitRow, 'id' | 'at' | 'officerId' | 'officerName' | 'deviceId' | 'searchWords'> & { at?: number; draftId?: string };

/** Logs the visit (and drops the intake draft it came from) in one transaction. */
export function recordVisit(input: VisitInput): Promise<VisitRow> {
  const d = db();
  return guardQuota(() =>
    d.transaction('rw', [d.visits, d.drafts, d.settings], async () => {
      const settings = await loadSettings();
      const { draftId, at, ...rest } = input;
      const visit: VisitRow = {
        ...rest,
        id: crypto.randomUUID(),
        at: at ?? Date.now(),
        officerId: settings.officerId,
        officerName: settings.officerName,
        deviceId: settings.deviceId,
        searchWords: visitSearchWords(rest.applicant),
      };
      await d.visits.add(visit);
      if (draftId) await deleteDraft(draftId);
      return visit;
    }),
  );
}

export function getVisit(id: string): Promise<VisitRow | undefined> {
  return db().visits.get(id);
}

/**
 * Earlier guidance visits (Mẫu 02) of the person with this ID number, newest first: guidance is
 * given once (DOMAIN.md §2), so the desk shows it was already given when the citizen comes back.
 */
export async function guidanceVisitsFor(idNumber: string): Promise<VisitRow[]> {
  const id = idNumber.trim();
  if (!id) return [];
  const rows = await db()
    .visits.where('outcome')
    .equals('guidance')
    .filter((v) => v.applicant.kind === 'person' && v.applicant.idNumber === id)
    .toArray();
  return rows.sort((a, b) => b.at - a.at);
}
