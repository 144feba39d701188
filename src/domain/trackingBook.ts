/**
 * The tracking book's volume and entry number (Sổ theo dõi hồ sơ: "Quyển số …, Số thứ tự …",
 * printed on Mẫu 01 and in Mẫu 07) — DOMAIN.md §2 and §3.
 *
 * DOMAIN.md is silent on the numbering; what an officer expects of a paper book: one volume a year,
 * entries numbered from 1 in the order of receipt. A commune with several devices keeps one volume
 * per device (slot) — a device cannot know the others' numbers offline — so the volume then carries
 * the device's number: "2026" for a single device, "2026-2" for the second of several.
 */

export interface BookEntry {
  volume: string;
  entry: number;
}

/** The volume a receipt of `year` goes into on the device with this slot (0-based). */
export function bookVolume(year: number, slot: number, slotCount: number): string {
  return slotCount > 1 ? `${year}-${slot + 1}` : String(year);
}

/** Key of the device's counter of entries in a volume. */
export function bookCounterKey(volume: string): string {
  return `book:${volume}`;
}

/** As stored on the received event: "2026/15". */
export function formatBookEntry({ volume, entry }: BookEntry): string {
  return `${volume}/${entry}`;
}

/** The stored text back as volume and entry; null for text in another shape (printed as it is). */
export function parseBookEntry(text: string | null | undefined): BookEntry | null {
  const m = /^\s*([0-9][0-9-]*)\/(\d+)\s*$/.exec(text ?? '');
  if (!m) return null;
  return { volume: m[1] as string, entry: Number(m[2]) };
}
