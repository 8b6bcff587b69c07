/**
 * @module column-most-distinct
 * "Which column has the most unique values?", "the column with the fewest distinct values": the
 * count of each column's distinct non-missing values (pandas `nunique()`), and the column where it
 * is largest (or smallest). A slot that counts gets that number; any other slot the column's name.
 * Two columns tied at the end are refused, since which one pandas' `idxmax` names is table order.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, columnNames } from './analysis-frame.ts';
import { has, type SlotContext, type SlotResult, type SlotRule, slotWords } from './slot-context.ts';

const ASKED =
  /\b(?:column|field|variable|feature|attribute)s?\b[^.?;\n]{0,40}?\b(most|fewest|least|highest number of|largest number of|lowest number of|smallest number of)\s+(?:unique|distinct)\s+(?:values|entries|categories)\b/i;

function mostDistinct(context: SlotContext): SlotResult {
  const low = /^(?:fewest|least|lowest|smallest)/i.test(ASKED.exec(context.question)![1]!);
  const counts = columnNames(context.frame)
    .filter((name) => context.frame.table.columns.some((column) => column.name === name))
    .map((name) => {
      const cells = cellsOf(context.frame, name);
      const distinct = new Set(
        context.rows.map((row) => cells[row]).filter((cell) => cell !== null && cell !== undefined),
      );
      return { name, count: distinct.size };
    });
  const end = low
    ? Math.min(...counts.map((item) => item.count))
    : Math.max(...counts.map((item) => item.count));
  const names = counts.filter((item) => item.count === end).map((item) => item.name);
  if (names.length > 1)
    fail('unsupported', `${names.join(' and ')} tie with ${end} distinct values each.`, {
      hint: 'Say how to break the tie.',
    });
  const words = slotWords(context.slot);
  const asksCount =
    has(words, 'count', 'number', 'num', 'n') && !has(words, 'column', 'name', 'field', 'variable');
  return {
    value: asksCount ? String(end) : names[0]!,
    note: `distinct values of each column: ${low ? 'fewest' : 'most'} in ${names[0]} (${end})`,
    columns: names,
    rows: context.rows,
  };
}

export const COLUMN_MOST_DISTINCT_RULE: SlotRule = {
  name: 'column with the most distinct values',
  applies: (_words, context) => ASKED.test(context.question),
  compute: mostDistinct,
};
