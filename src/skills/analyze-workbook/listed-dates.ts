/**
 * @module listed-dates
 * A cell that lists days or a span of them in one month ("Apr 4–6", "Apr 4–6, Apr 9", "Jun 2, Jun 7"),
 * which no date parser reads whole: its first date gives the month (and the day) of the row, the
 * way "the month at the start of the cell" reads it.
 */
import { cellDate, type DayDate } from './date-conditions.ts';

/** The first date a cell of listed days or a day span writes, with its month; undefined for any other cell. */
export function firstListedDate(cell: string): DayDate | undefined {
  const [first, ...rest] = cell.trim().split(/\s*(?:[–—]|-(?=\s*\d)|,)\s*/);
  if (first === undefined || rest.length === 0) return undefined;
  const date = cellDate(first);
  return date?.month !== undefined && date.day !== undefined ? (date as DayDate) : undefined;
}
