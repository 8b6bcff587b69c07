/**
 * @module named-cell-row
 * "What is the z-score of Ben Ard's height?": the one row in play whose cell in a text column the
 * question writes whole (a possessive "'s" allowed), when no condition kept it. Cells of one or
 * two letters and cells that are words of a column's name name no row; a name two rows share, or
 * two names in the question, name none for sure.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, columnNames, type Frame, isNumericColumn, wordsOf } from './analysis-frame.ts';

export type NamedCellRow = { readonly row: number; readonly column: string; readonly cell: string };

/** The row the question names by a whole cell, or undefined. */
export function namedCellRow(
  frame: Frame,
  question: string,
  rows: readonly number[],
): NamedCellRow | undefined {
  const columnWords = new Set(columnNames(frame).flatMap((name) => wordsOf(name)));
  const found: NamedCellRow[] = [];
  for (const column of columnNames(frame)) {
    if (isNumericColumn(frame, column)) continue;
    const cells = cellsOf(frame, column);
    for (const row of rows) {
      const cell = cells[row];
      if (typeof cell !== 'string' || cell.trim().length < 3) continue;
      const words = wordsOf(cell);
      if (words.length > 0 && words.every((word) => columnWords.has(word))) continue;
      const whole = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(cell.trim())}(?:['’]s)?(?![\\p{L}\\p{N}])`,
        'iu',
      );
      if (whole.test(question)) found.push({ row, column, cell: cell.trim() });
    }
  }
  const names = new Set(found.map((item) => item.cell.toLowerCase()));
  return found.length === 1 && names.size === 1 ? found[0] : undefined;
}
