/** What a visit record stores besides the visit itself, computed when it is written. */
import type { Applicant } from '../domain/dossier/events';
import { indexWords } from '../domain/searchText';

/** The folded words of the applicant's name (and an organisation's representative), for search. */
export function visitSearchWords(applicant: Applicant): string[] {
  return indexWords([applicant.name, applicant.representative].filter(Boolean).join(' '));
}
