/**
 * Addresses of the printable forms (DOMAIN.md §3), so any screen can link to a form without
 * loading the print code. Each opens a printer-friendly preview with a "print" button.
 */
export const printPaths = {
  /** Mẫu 01: receipt with appointment. */
  receipt: (dossierId: string) => `/in/tiep-nhan/${encodeURIComponent(dossierId)}`,
  /** Mẫu 02 at intake: guidance on what is missing (a visit, no dossier). */
  guidance: (visitId: string) => `/in/huong-dan/${encodeURIComponent(visitId)}`,
  /** Mẫu 02 during processing: the supplement request of one event. */
  supplement: (dossierId: string, eventId: string) => `/in/bo-sung/${encodeURIComponent(dossierId)}/${encodeURIComponent(eventId)}`,
  /** Mẫu 03 at intake: refusal to receive (a visit). */
  visitRefusal: (visitId: string) => `/in/tu-choi/${encodeURIComponent(visitId)}`,
  /** Mẫu 03 during processing: the dossier's refusal. */
  refusal: (dossierId: string) => `/in/tu-choi-ho-so/${encodeURIComponent(dossierId)}`,
  /** Mẫu 04: apology with the new appointment. */
  apology: (dossierId: string) => `/in/xin-loi/${encodeURIComponent(dossierId)}`,
  /** Mẫu 05: stop of processing at the citizen's request. */
  stop: (dossierId: string) => `/in/dung/${encodeURIComponent(dossierId)}`,
  /** Mẫu 06: processing control sheet. */
  controlSheet: (dossierId: string) => `/in/kiem-soat/${encodeURIComponent(dossierId)}`,
  /** Mẫu 07: tracking book for a period (dates YYYY-MM-DD, Vietnam time, inclusive). */
  trackingBook: (from: string, to: string) => `/in/so-theo-doi?tu=${from}&den=${to}`,
};
