/**
 * @module stated-missing-count
 * "Keep the Riverside rows. Take the mean of "Rent", and count the rows whose "Floor" is missing."
 * with "@riverside_rent[avg]" and "@riverside_unlisted[n]": a clause inside a sentence that counts
 * one column's missing (or present) cells answers the one count slot whose own name states no
 * statistic, over the rows the slot's other conditions keep. Read only when the constraints count
 * nothing else and exactly one slot asks for a count, so the count cannot belong to another slot.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, columnNames, type Frame } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import type { SlotRule } from './slot-context.ts';

/** 'count the rows whose "Floor" is missing' (or "is present") anywhere in a sentence. */
const MISSING_CLAUSE =
  /\bcount(?:s|ing)?\s+(?:the\s+)?(?:rows?|entries|records)\s+(?:whose|where|with|in which)\s+"([^"]{1,60})"\s+(?:is|are)\s+(missing|blank|empty|null|present|not missing|non-missing|filled in)\b/gi;

/** Words by which the clause counts the cells present. */
const PRESENT = /^(?:present|not missing|non-missing|filled in)$/i;

/** Words by which constraints ask for a count. */
const COUNT_WORDS = /\bcount(?:s|ing)?\b|\bnumber of\b|\bhow many\b/gi;

/** A placeholder that names a count ("n", "count"). */
const COUNT_PLACEHOLDER = /^(?:n|k|count|number|num|int|integer)$/i;

/** Whether the format declares a slot's placeholder an integer ('"n" is an integer'). */
function declaredInteger(slot: Slot, format: string): boolean {
  const placeholder = escapeRegExp(slot.placeholder.trim());
  if (placeholder === '') return false;
  return new RegExp(
    `["'“]${placeholder}["'”]\\s+(?:is|are)\\s+(?:an?\\s+)?(?:integer|whole number)s?\\b`,
    'i',
  ).test(format);
}

/** Whether a slot asks for a count by its placeholder or the format's word for it. */
function countSlot(slot: Slot, format: string): boolean {
  return COUNT_PLACEHOLDER.test(slot.placeholder.trim()) || declaredInteger(slot, format);
}

/**
 * The column whose missing (or present) cells `slot` counts under the constraints' one such clause;
 * undefined unless that clause is the constraints' only count, names a column of the frame, and
 * `slot` is the only slot that asks for a count.
 */
export function statedMissingCount(
  frame: Frame,
  slot: Slot,
  slots: readonly Slot[],
  constraints: string,
  format: string,
): { column: string; present: boolean } | undefined {
  const clauses = [...constraints.matchAll(MISSING_CLAUSE)];
  if (clauses.length !== 1) return undefined;
  if ([...constraints.matchAll(COUNT_WORDS)].length !== 1) return undefined;
  const column = clauses[0]![1]!;
  if (!columnNames(frame).includes(column)) return undefined;
  const counts = slots.filter((item) => countSlot(item, format));
  if (counts.length !== 1 || counts[0]!.name !== slot.name) return undefined;
  return { column, present: PRESENT.test(clauses[0]![2]!) };
}

/** The count of the cells present in the slot's one column over its rows. */
export const PRESENT_COUNT_RULE: SlotRule = {
  name: 'present count',
  applies: () => false,
  compute: (context) => {
    const column = context.ownColumns[0]!;
    const cells = cellsOf(context.frame, column);
    const present = context.rows.filter((row) => cells[row] !== null);
    return {
      value: String(present.length),
      note: `count of rows where ${column} is present (not missing) of ${context.rows.length}`,
      columns: [column],
      rows: present,
    };
  },
};
