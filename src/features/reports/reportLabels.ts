/** The report's column headers in Vietnamese, for the printed report and the exports. */
import type { ColumnLabel } from './columns';
import { vi as text } from './messages';

export function viLabel(l: ColumnLabel): string {
  if (l.startsWith('levels.')) return text.levels[l.slice('levels.'.length) as keyof typeof text.levels];
  return text.col[l as keyof typeof text.col];
}
