/**
 * @module date-span-slot
 * "How many days are there between the first and the last Date?": once a step made the days since
 * the earliest date (date-difference.ts), the days asked for are that column's largest value over
 * the rows in play, the span from the earliest to the latest, not a count of rows.
 */
import { cellsOf } from './analysis-frame.ts';
import { has, numberResult, type SlotContext, type SlotRule } from './slot-context.ts';

const SINCE_EARLIEST = /^days since the earliest /;

/** "how many days … between the first and the last …", "how many days passed from the earliest to the latest". */
const HOW_MANY_DAYS =
  /\bhow many days\b[^.;?]{0,40}?\b(?:between|from)\s+the\s+(?:earliest|latest|first|last|oldest|newest|most recent)\b/i;

function spanColumn(context: SlotContext): string | undefined {
  const made = [...context.frame.derived.keys()].filter((name) => SINCE_EARLIEST.test(name));
  return made.length === 1 ? made[0] : undefined;
}

export const DATE_SPAN_RULE: SlotRule = {
  name: 'days from the earliest to the latest date',
  applies: (words, context) =>
    HOW_MANY_DAYS.test(context.question) &&
    has(words, 'days', 'day', 'span', 'n', 'count', 'number') &&
    !has(words, 'mean', 'average', 'avg', 'median', 'std', 'sum', 'total') &&
    spanColumn(context) !== undefined,
  compute: (context) => {
    const column = spanColumn(context)!;
    const cells = cellsOf(context.frame, column);
    const days = context.rows
      .map((row) => cells[row])
      .filter((cell): cell is number => typeof cell === 'number');
    return numberResult(
      context,
      days.length > 0 ? Math.max(...days) - Math.min(...days) : Number.NaN,
      `days from the earliest to the latest date (range of ${column} over ${days.length} rows)`,
      [column],
      context.rows,
    );
  },
};
