/**
 * @module column-superlative
 * "Among the columns A, B and C, identify the column with the highest standard deviation and give
 * that standard deviation", "which of A, B or C has the largest mean?": one statistic taken of each
 * column the question names in full (at least two, all numeric), and the column where it is
 * highest (or lowest). A slot asking for a column or a name gets the column's name; a slot asking
 * for a figure gets the statistic there. Two columns tied at the extreme are refused.
 */
import { fail } from '../../lib/errors.ts';
import { columnNames, isNumericColumn, numbersOf, wordsOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { standardDeviation } from './distribution-stats.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';
import { slotWords } from './slot-context.ts';
import { mean, median, variance } from './stats.ts';
import { isDatePart } from './transform-frame.ts';

type ColumnFn = 'mean' | 'median' | 'std' | 'variance' | 'sum' | 'max' | 'min' | 'range';

const STATISTICS: readonly [RegExp, ColumnFn, string][] = [
  [/^standard deviations?$|^std$/i, 'std', 'standard deviation'],
  [/^variances?$/i, 'variance', 'variance'],
  [/^(?:average|mean|arithmetic mean)(?:\s+values?)?$/i, 'mean', 'mean'],
  [/^medians?$/i, 'median', 'median'],
  [/^(?:total|sum)$/i, 'sum', 'sum'],
  [/^(?:maximum|peak)(?:\s+values?)?$/i, 'max', 'maximum'],
  [/^minimum(?:\s+values?)?$/i, 'min', 'minimum'],
  [/^range$/i, 'range', 'range'],
];

/** "the column with the highest standard deviation", "which of … has the lowest mean". */
const ASKED =
  /\b(?:column|field|variable|feature|series|one)s?\b(?:[^.?;\n]|\.(?=\S)){0,60}?\b(?:with|has|had|having|shows?|showing)\s+the\s+(highest|largest|greatest|biggest|lowest|smallest)\s+(standard deviations?|std|variances?|arithmetic mean|average(?:\s+values?)?|mean(?:\s+values?)?|medians?|total|sum|maximum(?:\s+values?)?|minimum(?:\s+values?)?|peak|range)\b/i;

type Asked = {
  readonly fn: ColumnFn;
  readonly label: string;
  readonly low: boolean;
  readonly columns: string[];
};

/** The numeric columns the text names in full, each once, in the order named. */
function namedColumns(context: SlotContext): string[] {
  const text = context.question;
  const lower = text.toLowerCase();
  const found: { name: string; at: number }[] = [];
  for (const name of columnNames(context.frame)) {
    // A month or weekday a step took from a date labels rows; it is no column of figures to compare.
    if (name.trim().length < 2 || !isNumericColumn(context.frame, name) || isDatePart(context.frame, name))
      continue;
    const key = name.toLowerCase();
    const at = lower.indexOf(key);
    if (at >= 0 && !/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + key.length] ?? ''))
      found.push({ name, at });
  }
  // A name inside a longer one named ("Jun.2021" in "Total Jun.2021") is that longer one's.
  return found
    .filter((item) => !found.some((other) => other !== item && other.name.includes(item.name)))
    .sort((a, b) => a.at - b.at)
    .map((item) => item.name);
}

function asked(context: SlotContext): Asked | undefined {
  const match = ASKED.exec(context.question);
  if (!match) return undefined;
  const said = match[2]!.trim();
  const found = STATISTICS.find(([pattern]) => pattern.test(said));
  if (!found) return undefined;
  const columns = namedColumns(context);
  if (columns.length < 2) return undefined;
  return { fn: found[1], label: found[2], low: /^(?:lowest|smallest)$/i.test(match[1]!), columns };
}

function statistic(fn: ColumnFn, values: number[]): number {
  if (fn === 'mean') return mean(values);
  if (fn === 'median') return median(values);
  if (fn === 'std') return standardDeviation(values);
  if (fn === 'variance') return variance(values);
  if (fn === 'sum') return values.reduce((a, b) => a + b, 0);
  if (fn === 'max') return Math.max(...values);
  if (fn === 'min') return Math.min(...values);
  return Math.max(...values) - Math.min(...values);
}

/** A slot asking for the column itself: its placeholder or name says column, field or name. */
function asksForColumn(context: SlotContext): boolean {
  const words = slotWords(context.slot);
  return words.some((word) =>
    /^(?:column|columns|col|field|fields|variable|feature|series|name|label)$/.test(word),
  );
}

function compute(context: SlotContext): SlotResult {
  const { fn, label, low, columns } = asked(context)!;
  const results = columns.map((name) => {
    const { values } = numbersOf(context.frame, name, [...context.rows]);
    if (values.length === 0) fail('unsupported', `${name} has no numbers for @${context.slot.name}.`);
    return { name, value: statistic(fn, values), count: values.length };
  });
  const best = results.reduce((a, b) => ((low ? b.value < a.value : b.value > a.value) ? b : a));
  if (results.filter((item) => item.value === best.value).length > 1)
    fail(
      'unsupported',
      `Several of ${columns.join(', ')} share the ${low ? 'lowest' : 'highest'} ${label}.`,
      {
        hint: 'Say how to break the tie.',
      },
    );
  const note = `${label} of each of ${columns.join(', ')}: ${low ? 'lowest' : 'highest'} in ${best.name} (${best.value})`;
  if (asksForColumn(context))
    return {
      value: best.name,
      note: `column with the ${low ? 'lowest' : 'highest'} ${note}`,
      columns,
      rows: context.rows,
    };
  return {
    value: writeNumber(best.value, context.slot.decimals),
    note: `${label} of the column with the ${low ? 'lowest' : 'highest'} ${note}`,
    columns: [best.name],
    rows: context.rows,
  };
}

/** The slot rule: the column whose statistic is the highest (or lowest) among those named, or that statistic. */
export const COLUMN_SUPERLATIVE_RULE: SlotRule = {
  name: 'column with the highest statistic',
  applies: (_words, context) => asked(context) !== undefined && wordsOf(context.slot.name).length > 0,
  compute,
};
