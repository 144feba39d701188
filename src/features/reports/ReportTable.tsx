/**
 * One table of the report: a row-label column, then the figures' columns under grouped headers.
 * The same table is drawn on screen (each count a link to the dossiers behind it) and on paper.
 */
import type { ReactNode } from 'react';
import type { FigureScope, Figures } from '../../domain/statistics';
import { headerRows, type ColumnLabel, type ReportColumn } from './columns';

export interface TableRow {
  /** Unique within the table. */
  id: string;
  name: string;
  /** A procedure's code, shown under its name. */
  code?: string;
  scope: FigureScope;
  figures: Figures;
  total?: boolean;
}

interface ReportTableProps {
  caption: ReactNode;
  rowHeader: string;
  columns: readonly ReportColumn[];
  rows: readonly TableRow[];
  label: (l: ColumnLabel) => string;
  /** The text of a cell; `figure` set when it is a count of dossiers one may list. */
  cell: (column: ReportColumn, row: TableRow, value: number | null) => ReactNode;
  /** The table's classes; default: the screen's 'report-table'. */
  className?: string;
  testId?: string;
  /** The caption is shown by a heading outside the table's scrolling frame (screen). */
  hideCaption?: boolean;
}

export function ReportTable({ caption, rowHeader, columns, rows, label, cell, className, testId, hideCaption = false }: ReportTableProps) {
  const header = headerRows(columns);
  return (
    <table className={className ?? 'report-table'} data-testid={testId}>
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        {header.map((cells, i) => (
          <tr key={i}>
            {i === 0 && (
              <th scope="col" rowSpan={header.length} className="report-rowhead">
                {rowHeader}
              </th>
            )}
            {cells.map((c, j) => (
              <th key={j} scope={c.colSpan > 1 ? 'colgroup' : 'col'} colSpan={c.colSpan} rowSpan={c.rowSpan} data-column={c.column}>
                {label(c.label)}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.total ? 'report-total' : undefined} data-row={row.id}>
            <th scope="row" className="report-rowhead">
              {row.name}
              {row.code && <span className="report-code code">{row.code}</span>}
            </th>
            {columns.map((c) => (
              <td key={c.id} className="report-num" data-column={c.id}>
                {cell(c, row, c.value(row.figures))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
