/**
 * @module sole-measure
 * "How many expenses are above the mean?" over a table with one column of amounts: a statistic
 * compared with, named after no column, is of the one column the table measures by. A table
 * with several such columns leaves it unread.
 */
import { columnNames, type Frame, isNumberingColumn, isNumericColumn } from './analysis-frame.ts';

/** The one numeric column of the frame that measures rows (no identifier, no row numbering), if only one. */
export function soleMeasure(frame: Frame): string | undefined {
  const measures = columnNames(frame).filter(
    (name) =>
      isNumericColumn(frame, name) &&
      !isNumberingColumn(frame, name) &&
      !['identifier', 'date'].includes(frame.table.columns.find((item) => item.name === name)?.type ?? ''),
  );
  return measures.length === 1 ? measures[0] : undefined;
}
