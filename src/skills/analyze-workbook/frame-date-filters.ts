/**
 * @module frame-date-filters
 * Keeps the rows of an analysis frame whose date meets the months, spans and bounds the
 * question and constraints write ("games played in November", "sales between July 1, 2007 and
 * December 31, 2007"). A condition no date column can answer for every row is left unread, so
 * the answer is refused, not half filtered.
 */
import { type Frame, filterRows } from './analysis-frame.ts';
import { dateConditions, describeDateCondition } from './date-conditions.ts';
import { rowsOnDate } from './date-rows.ts';

/** Applies each date condition the text states to the frame, or leaves it unread. */
export function applyDateConditions(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  for (const condition of dateConditions(text)) {
    const found = rowsOnDate(frame.table.columns, text, condition, frame.rows);
    if (!found) {
      frame.unread.push(`"${condition.phrase}"`);
      continue;
    }
    const { column, kept } = found;
    filterRows(
      frame,
      column.name,
      (row) => kept.has(row),
      `rows where ${column.name} is ${describeDateCondition(condition)}`,
    );
  }
}
