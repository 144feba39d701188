/**
 * The tracking book (Sổ theo dõi hồ sơ, Mẫu 07): every dossier received in a period, in order of
 * receipt, with the history its columns are read from (transfer, result and return dates).
 */
import { addDays, vnInstant } from '../domain/calendar/vnTime';
import type { DossierEvent } from '../domain/dossier/events';
import { sortEvents } from '../domain/dossier/lifecycle';
import { db } from './db';
import type { DossierRow } from './dossierRow';

export interface TrackingBookEntry {
  row: DossierRow;
  /** The dossier's history in replay order. */
  events: DossierEvent[];
}

/**
 * Dossiers received from `from` to `to` (dates YYYY-MM-DD, Vietnam time, both included), read
 * from the receivedAt index: a month of a busy commune is ~5,000 rows, never the whole table.
 */
export async function trackingBookEntries(from: string, to: string): Promise<TrackingBookEntry[]> {
  const d = db();
  const start = vnInstant(from, '00:00');
  const end = vnInstant(addDays(to, 1), '00:00');
  return d.transaction('r', [d.dossiers, d.events], async () => {
    const rows = await d.dossiers.where('receivedAt').between(start, end, true, false).toArray();
    // Same instant (two devices): the code decides, so every print of the book has one order.
    rows.sort((a, b) => a.receivedAt - b.receivedAt || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const byDossier = new Map<string, DossierEvent[]>();
    const events = await d.events.where('dossierId').anyOf(rows.map((r) => r.id)).toArray();
    for (const e of events) {
      const list = byDossier.get(e.dossierId);
      if (list) list.push(e);
      else byDossier.set(e.dossierId, [e]);
    }
    return rows.map((row) => ({ row, events: sortEvents(byDossier.get(row.id) ?? []) }));
  });
}
