/**
 * @module month-rows
 * A table whose rows are months already (a column naming a different month on each row, "July",
 * "Aug"): "the monthly Takings", "which month has the highest Takings", "in how many months"
 * speak of its rows, not of a grouping still to be made from dates. The step says so, naming the
 * column, so that the plan shows what "month" read.
 */
import { MONTH_NAME_PATTERN } from '../../lib/text/calendar-names.ts';
import { cellsOf, columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

const MONTH_CELL = new RegExp(`^(?:${MONTH_NAME_PATTERN})\\.?$`, 'i');

/** The text column naming one month a row, every row in play a different month; else undefined. */
export function monthRowColumn(frame: Frame): string | undefined {
  return columnNames(frame).find((name) => {
    if (isNumericColumn(frame, name)) return false;
    const cells = cellsOf(frame, name);
    const present = frame.rows.map((row) => cells[row]).filter((cell) => cell !== null);
    if (present.length < 3 || present.length !== frame.rows.length) return false;
    if (!present.every((cell) => typeof cell === 'string' && MONTH_CELL.test(cell.trim()))) return false;
    const keys = present.map((cell) => String(cell).trim().slice(0, 3).toLowerCase());
    return new Set(keys).size === keys.length;
  });
}

/** Records that the rows are months when the text speaks of months and the table has them one a row. */
export function applyMonthRows(frame: Frame, question: string, constraints: string): void {
  if (!/\bmonth(?:s|ly)?\b/i.test(`${question}\n${constraints}`)) return;
  const column = monthRowColumn(frame);
  if (column) frame.steps.push(`each row is one month (${column})`);
}
