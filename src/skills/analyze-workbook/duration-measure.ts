/**
 * @module duration-measure
 * "How much time was left, on average? @mean_seconds_left[seconds]" with '"Clock" is the time
 * left as minutes:seconds': a slot that asks for seconds (or minutes) is a figure of the one
 * length-of-time column the text quotes, not of another column the question's words mention
 * ("the period" beside a Period column of codes).
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Frame } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { readSlotName } from './slot-words.ts';

const TIME_UNITS = new Set(['second', 'seconds', 'secs', 'minute', 'minutes', 'mins']);

/** The measures with the one quoted duration column first, when the slot asks for a length of time. */
export function withQuotedDurationFirst(
  frame: Frame,
  measures: string[],
  slot: Slot,
  text: string,
): string[] {
  const asksTime = [...readSlotName(slot.name), ...readSlotName(slot.placeholder)].some((word) =>
    TIME_UNITS.has(word),
  );
  if (!asksTime) return measures;
  const quoted = frame.table.columns.filter(
    (column) =>
      column.type === 'duration' && new RegExp(`["“'‘]${escapeRegExp(column.name)}["”'’]`).test(text),
  );
  if (quoted.length !== 1) return measures;
  const name = quoted[0]!.name;
  const first = frame.table.columns.find((column) => column.name === measures[0]);
  if (measures[0] === name || first?.type === 'duration') return measures;
  return [name, ...measures.filter((item) => item !== name)];
}
