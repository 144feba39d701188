/**
 * "Tải Excel (.xlsx)" and "Tải CSV": the table is asked for only when a button is pressed (a
 * filtered list of 50,000 dossiers is read then, not on every render), and the .xlsx library
 * loads only then too. While a file is built both buttons wait; a failure says why, in words.
 */
// This component's texts register themselves with i18n when its chunk loads.
import './messages';
import { useRef, useState } from 'react';
import { useT, type MessageKey } from '../../app/i18n';
import { ExportError, exportTable } from './exportTable';
import type { ExportFormat, ExportTable } from './types';
import './export.css';

export interface ExportButtonsProps {
  /** The table to export, built when a button is pressed. */
  getTable: () => Promise<ExportTable> | ExportTable;
  /** E.g. while the screen's data is still loading. */
  disabled?: boolean;
  className?: string;
}

type State = { kind: 'idle' } | { kind: 'busy'; format: ExportFormat } | { kind: 'done'; file: string } | { kind: 'failed'; key: MessageKey };

const FAILURE: Record<ExportError['reason'], MessageKey> = {
  load: 'exports.loadFailed',
  build: 'exports.buildFailed',
  memory: 'exports.memory',
  empty: 'exports.empty',
};

export function ExportButtons({ getTable, disabled = false, className }: ExportButtonsProps) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // A second press while a file is built is ignored (a state update may not be drawn yet).
  const running = useRef(false);

  async function run(format: ExportFormat) {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'busy', format });
    try {
      const table = await getTable();
      const file = await exportTable(table, format);
      setState({ kind: 'done', file });
    } catch (error) {
      if (!(error instanceof ExportError)) console.error('export failed', error);
      setState({ kind: 'failed', key: error instanceof ExportError ? FAILURE[error.reason] : 'exports.buildFailed' });
    } finally {
      running.current = false;
    }
  }

  const busy = state.kind === 'busy';
  return (
    <div className={['export-buttons', className].filter(Boolean).join(' ')} role="group" aria-label={t('exports.group')} aria-busy={busy}>
      <button type="button" className="secondary" disabled={disabled || busy} onClick={() => void run('xlsx')}>
        {t('exports.xlsx')}
      </button>
      <button type="button" className="secondary" disabled={disabled || busy} onClick={() => void run('csv')}>
        {t('exports.csv')}
      </button>
      <span className="export-status" role="status" aria-live="polite">
        {busy ? t('exports.building') : state.kind === 'done' ? t('exports.done', { file: state.file }) : ''}
      </span>
      {state.kind === 'failed' && (
        <p className="field-error export-error" role="alert">
          {t(state.key)}
        </p>
      )}
    </div>
  );
}
