/**
 * @module stated-sum-ratio
 * 'Divide the sum of "Returns" by the sum of "Orders"': a ratio the text states as one column's sum
 * over another's, taken once over the rows in play (not the mean of each row's ratio). Each sum
 * leaves out its own empty cells, as pandas' sum does; "and multiply by 100" makes it a percentage.
 */
import { fail } from '../../lib/errors.ts';
import { columnNames, type Frame, isNumericColumn, numbersOf } from './analysis-frame.ts';
import { numberResult, type SlotRule, slotWords } from './slot-context.ts';

const QUOTED = '["“]([^"”]{1,60})["”]';
/** Both ways the text states it: "divide the sum of A … by the sum of B", "the sum of A divided by the sum of B". */
const STATED_RATIOS: readonly RegExp[] = [
  new RegExp(
    String.raw`\bdivid\w*\s+the\s+(?:sum|total)\s+of\s+${QUOTED}[^.;"“”]{0,80}?\s+by\s+the\s+(?:sum|total)\s+of\s+${QUOTED}([^.;\n]{0,60})`,
    'i',
  ),
  new RegExp(
    String.raw`\bthe\s+(?:sum|total)\s+of\s+${QUOTED}\s+divided\s+by\s+the\s+(?:sum|total)\s+of\s+${QUOTED}([^.;\n]{0,60})`,
    'i',
  ),
];

/** A ratio stated over some rows only ("… over the rows whose Region is North"). */
const NARROWED = /\b(?:whose|where|which|that|with|without|except|excluding|leaving out|only)\b/i;

/** A question narrowing the rows in words ("leaving out the first row", "only the weekdays"). */
const NARROWED_QUESTION = /\b(?:leaving out|left out|excluding|except|without|only)\b/i;

/** Slot words that name a ratio of amounts rather than a statistic of one column. */
const RATIO_WORDS = new Set([
  'ratio',
  'factor',
  'rate',
  'per',
  'share',
  'percentage',
  'proportion',
  'growth',
]);

/** The two columns (part over whole) and whether it is in percent, when the text states such a ratio. */
export function statedSumRatio(
  frame: Frame,
  text: string,
): { over: string; under: string; percent: boolean; narrowed: boolean } | undefined {
  for (const pattern of STATED_RATIOS) {
    const found = pattern.exec(text);
    if (!found) continue;
    const column = (quoted: string) =>
      columnNames(frame).find((name) => name.trim().toLowerCase() === quoted.trim().toLowerCase());
    const over = column(found[1]!);
    const under = column(found[2]!);
    if (!over || !under || over === under) return undefined;
    if (!isNumericColumn(frame, over) || !isNumericColumn(frame, under)) return undefined;
    return {
      over,
      under,
      percent: /\bmultipl\w*\s+(?:it\s+|that\s+|the\s+result\s+)?by\s+100\b/i.test(found[3]!),
      narrowed: NARROWED.test(found[0]),
    };
  }
  return undefined;
}

/** A slot of a question stating a ratio of two sums: the one slot, or one its words name a ratio. */
export const STATED_SUM_RATIO_RULE: SlotRule = {
  name: 'stated ratio of two sums',
  applies: (_words, context) =>
    statedSumRatio(context.frame, context.text) !== undefined &&
    ((context.text.match(/@\w+\[/g) ?? []).length === 1 ||
      slotWords(context.slot).some((word) => RATIO_WORDS.has(word))),
  compute: (context) => {
    const { over, under, percent, narrowed } = statedSumRatio(context.frame, context.text)!;
    // Sums over some rows that no condition picked out would be sums over every row.
    if ((narrowed || NARROWED_QUESTION.test(context.question)) && context.frame.conditions.length === 0)
      fail(
        'unsupported',
        `@${context.slot.name} is a ratio of sums over some of the rows, but the builtin engine did not pick those rows out.`,
        { hint: 'State the rows as a condition on a column ("the rows where Region is North").' },
      );
    const top = numbersOf(context.frame, over, [...context.rows]);
    const bottom = numbersOf(context.frame, under, [...context.rows]);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const divisor = sum(bottom.values);
    if (bottom.values.length === 0 || divisor === 0)
      fail(
        'unsupported',
        `The sum of ${under} is 0 over the rows in play, so @${context.slot.name} has no ratio.`,
        {
          hint: 'Check the conditions in the question.',
        },
      );
    return numberResult(
      context,
      (sum(top.values) / divisor) * (percent ? 100 : 1),
      `sum of ${over} (${sum(top.values)} over ${top.values.length} rows) / sum of ${under} (${divisor} over ${bottom.values.length} rows)${percent ? ' × 100' : ''}`,
      [over, under],
      context.rows,
    );
  },
};
