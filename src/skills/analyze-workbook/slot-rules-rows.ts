/**
 * @module slot-rules-rows
 * Slot rules over rows a question picks: the top rows by a measure, the column that peaks in
 * one row, and the rows in a bin the text named.
 */
import { fail } from '../../lib/errors.ts';
import { numbersOf } from './analysis-frame.ts';
import { peakColumn, topRows } from './group-answers.ts';
import { namedBin } from './named-bins.ts';
import { asksForList, asksForName } from './slot-columns.ts';
import {
  has,
  numberResult,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
} from './slot-context.ts';
import { mean, median } from './stats.ts';

/** Statistics a slot may take over the rows a top-N ranking picked ("@mean_spend_top5[mean]"). */
const TOP_ROW_STATISTICS: readonly { words: string[]; label: string; fn: (values: number[]) => number }[] = [
  { words: ['mean', 'average', 'avg'], label: 'mean', fn: (values) => mean(values) },
  { words: ['median'], label: 'median', fn: (values) => median(values) },
  { words: ['sum', 'total'], label: 'sum', fn: (values) => values.reduce((a, b) => a + b, 0) },
];

/**
 * "What is the mean Spend of the 5 shops with the most Visitors?": a statistic slot over the
 * top rows takes the statistic of the measure it names (the ranked one when it names no other);
 * a slot asking for the rows themselves gets their labels.
 */
function statisticOfTopRows(context: SlotContext, top: SlotResult): SlotResult {
  const words = slotWords(context.slot);
  const stat = TOP_ROW_STATISTICS.find((item) => has(words, ...item.words));
  if (!stat || asksForList(context.slot) || asksForName(context.slot)) return top;
  const ranked = top.columns[1]!;
  const measure = context.measures.find((name) => name !== ranked) ?? ranked;
  const { rows, values } = numbersOf(context.frame, measure, [...top.rows]);
  if (values.length === 0)
    fail('unsupported', `No numbers in ${measure} among the top rows for @${context.slot.name}.`, {
      hint: 'Check the column the statistic is of.',
    });
  return numberResult(
    context,
    stat.fn(values),
    `${stat.label} of ${measure} over the ${top.note}`,
    [measure, ranked],
    rows,
  );
}

/** Rules over picked rows, most specific first. */
export const ROW_PICK_RULES: readonly SlotRule[] = [
  {
    name: 'top rows by a measure',
    applies: (_words, context) => topRows(context) !== undefined,
    compute: (context) => statisticOfTopRows(context, topRows(context)!),
  },
  {
    name: 'the column that peaks in one row',
    applies: (_words, context) => peakColumn(context) !== undefined,
    compute: (context) => peakColumn(context)!,
  },
  {
    name: 'rows in a named bin',
    // "@average[count]" after binning into 'losing', 'average' and 'winning': the label, not the mean.
    applies: (words, context) =>
      (has(words, 'count', 'number', 'num', 'how', 'many') ||
        /^(?:count|number|num|n)$/i.test(context.slot.placeholder.trim())) &&
      namedBin(context) !== undefined,
    compute: (context) => {
      const bin = namedBin(context)!;
      return {
        value: String(bin.rows.length),
        note: `count of rows with ${bin.column} = ${JSON.stringify(bin.label)}${bin.said ? ` (${bin.said})` : ''}`,
        columns: [bin.column],
        rows: bin.rows,
      };
    },
  },
];
