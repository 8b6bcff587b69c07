/**
 * @module pace-bounds
 * "How many crews paddled faster than 42.50?" over a table with one column of times: a pace
 * comparison bounds that column, faster or quicker being a smaller time and slower a larger one.
 * It is written out as "with Time less than 42.50" for the rules that read a column's name before
 * its comparison. A table with no such column, or with several, is left as written, and so is a
 * pace a column of speeds could mean.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

/** A header that names a time taken, not a speed. */
const TIME_HEADER = /\b(?:time|times|duration|elapsed|seconds?|minutes?|secs?|mins?|laptime)\b/i;
/** A header that names a speed or a pace, which "faster" would read the other way round. */
const SPEED_HEADER = /\b(?:speed|pace|velocity|km\/h|kmh|mph|rate)\b/i;

// A full stop after the number ends the sentence ("faster than 42.50."); a further digit or a
// clock's colon makes it another number.
const PACE = /\b(faster|quicker|slower)\s+than\s+(\d+(?:\.\d+)?)(?![\d:]|\.\d)/gi;

/** The one numeric column of times, when no column names a speed. */
function timeColumn(frame: Frame): string | undefined {
  const names = columnNames(frame);
  if (names.some((name) => SPEED_HEADER.test(name))) return undefined;
  const times = names.filter((name) => TIME_HEADER.test(name) && isNumericColumn(frame, name));
  return times.length === 1 ? times[0] : undefined;
}

/** The text with each "faster than N" written as a bound on the table's one column of times. */
export function paceBoundsAsColumns(frame: Frame, text: string): string {
  if (!PACE.test(text)) return text;
  const column = timeColumn(frame);
  if (column === undefined) return text;
  return text.replace(
    PACE,
    (_, pace: string, number: string) =>
      `with ${column} ${/^slower$/i.test(pace) ? 'greater than' : 'less than'} ${number}`,
  );
}

/**
 * "@fast_crews" once the plan kept the rows by a bound on the table's one column of times:
 * the pace words that bound reads.
 */
export function paceWordsRead(frame: Frame, planText: string): string[] {
  const column = timeColumn(frame);
  if (column === undefined) return [];
  const bound = new RegExp(
    `\\brows where ${escapeRegExp(column)} (?:less than|below|under|greater than|above|over|[<>]=?)\\s*\\d`,
  );
  return bound.test(planText) ? ['fast', 'faster', 'quick', 'quicker', 'slow', 'slower'] : [];
}
