/**
 * @module counted-text-measure
 * "How many cup tries did she score for Harbourside?" where Cup Tries holds numbers and some other
 * cells (a header repeated inside the data): the question counts the column's units, which a count
 * of rows is not, and the column cannot be added up as it stands. The count is refused, naming the
 * column, rather than answered with the number of rows.
 */
import { fail } from '../../lib/errors.ts';
import { partlyNumericColumn } from './non-number-cells.ts';
import type { SlotContext, SlotResult } from './slot-context.ts';

/** Refuses a count of rows where "how many" names (`counted`) a column of mostly numbers read as text. */
export function refuseCountOfTextMeasure(
  context: SlotContext,
  counted: string | undefined,
): SlotResult | undefined {
  if (counted === undefined || !partlyNumericColumn(context.frame, counted)) return undefined;
  fail(
    'unsupported',
    `The question counts ${counted}, but some of its cells are not numbers, so the builtin engine would only count rows for @${context.slot.name}.`,
    {
      hint: `Say which cells of ${counted} are no data (for example "leave out the rows whose ${counted} is not a number").`,
    },
  );
}
