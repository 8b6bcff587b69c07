/**
 * @module slot-rules-outliers
 * Slot rules for outliers and spread bands: outlier labels, values and counts, IQR fences,
 * values within k standard deviations.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, isNumericColumn, numbersOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { iqrFences, standardDeviation } from './distribution-stats.ts';
import { numberWord } from './normalize-text.ts';
import { asksForList, declaredNumber } from './slot-columns.ts';
import {
  afterRemoval,
  asksPercent,
  has,
  needMeasure,
  numberResult,
  population,
  type SlotContext,
  type SlotRule,
  slotWords,
} from './slot-context.ts';
import { SHARE_WORDS } from './slot-rules-shared.ts';
import { outlierRows, STANDARD_DEVIATIONS_AWAY } from './statistic-tests.ts';
import { mean } from './stats.ts';

/** Outlier rules, most specific first. */
export const OUTLIER_RULES: readonly SlotRule[] = [
  {
    name: 'outlier labels',
    applies: (words, context) =>
      /outlier/i.test(context.text) &&
      !afterRemoval(words) &&
      // "@outlier_nights[n] where "n" is an integer": a count, which the nights' labels are not.
      !declaredNumber(context.slot, context.text) &&
      context.ownColumns.some((name) => !isNumericColumn(context.frame, name)),
    compute: (context) => {
      const label = context.ownColumns.find((name) => !isNumericColumn(context.frame, name))!;
      const name = needMeasure(context);
      const found = outlierRows(context, name);
      const labels = cellsOf(context.frame, label);
      return {
        value: found.rows.map((row) => String(labels[row])).join(','),
        note: `${label} of rows whose ${name} is ${found.method}`,
        columns: [label, name],
        rows: found.rows,
      };
    },
  },
  {
    name: 'values within standard deviations',
    applies: (words) => has(words, 'within') && has(words, 'std', 'stdev', 'sd', 'deviation', 'standard'),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const word = /within (\w+) standard/i.exec(context.text)?.[1]?.toLowerCase() ?? '1';
      const k = numberWord(word) || 1;
      const m = mean(values);
      const sd = standardDeviation(values, population(context.text));
      const inside = rows.filter((_, index) => values[index]! >= m - k * sd && values[index]! <= m + k * sd);
      // "@pct_within", "what proportion of the values lie within": a share of the values, not a count.
      const share =
        has(slotWords(context.slot), ...SHARE_WORDS) ||
        /\bwhat (?:percentage|percent|proportion|fraction|share)\b/i.test(context.question);
      if (share && values.length > 0) {
        const scale = asksPercent(context) ? 100 : 1;
        return numberResult(
          context,
          (inside.length / values.length) * scale,
          `${scale === 100 ? 'percentage' : 'share'} of ${name} within ${k} standard deviation(s) of the mean (${inside.length} of ${values.length})`,
          [name],
          inside,
        );
      }
      return {
        value: String(inside.length),
        note: `count of ${name} within ${k} standard deviation(s) of the mean`,
        columns: [name],
        rows: inside,
      };
    },
  },
  {
    name: 'outlier fence',
    applies: (words, context) =>
      has(words, 'bound', 'fence', 'limit', 'cutoff', 'threshold') &&
      has(words, 'lower', 'upper', 'low', 'high', 'min', 'max') &&
      /\b(?:iqr|interquartile)\b/i.test(context.text) &&
      !/z-?score/i.test(context.text),
    compute: (context) => {
      // Only the usual 1.5·IQR fences are read; another multiplier is left unread.
      const k = /(\d+(?:\.\d+)?)\s*(?:\*|×|times)\s*(?:the\s+)?(?:iqr|interquartile)/i.exec(
        context.text,
      )?.[1];
      if (k !== undefined && Number(k) !== 1.5)
        fail(
          'unsupported',
          `The builtin engine reads only 1.5·IQR fences, not ${k}·IQR, for @${context.slot.name}.`,
          {
            hint: 'Ask for Q1 and Q3 and work the fence out from them.',
          },
        );
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const { low, high } = iqrFences(values);
      const upper = has(slotWords(context.slot), 'upper', 'high', 'max');
      return numberResult(
        context,
        upper ? high : low,
        `${upper ? 'upper bound (fence) Q3 + 1.5·IQR' : 'lower bound (fence) Q1 − 1.5·IQR'} of ${name} over ${values.length} values`,
        [name],
        rows,
      );
    },
  },
  {
    name: 'outlier values',
    applies: (words, context) =>
      has(words, 'outlier') && (has(words, 'value') || asksForList(context.slot)) && !afterRemoval(words),
    compute: (context) => {
      const name = needMeasure(context);
      const found = outlierRows(context, name);
      const cells = cellsOf(context.frame, name);
      return {
        value: found.rows.map((row) => writeNumber(cells[row] as number, context.slot.decimals)).join(','),
        note: `values of ${name} ${found.method}`,
        columns: [name],
        rows: found.rows,
      };
    },
  },
  {
    name: 'outlier count',
    // "@count_beyond_2sd" for "values more than 2 standard deviations from the mean": z-score outliers.
    applies: (words, context) =>
      (has(words, 'outlier') ||
        (STANDARD_DEVIATIONS_AWAY.test(context.text) &&
          has(words, 'count', 'number', 'num', 'how') &&
          !has(words, 'within', 'percentage', 'pct', 'share', 'proportion'))) &&
      !asksForList(context.slot) &&
      !afterRemoval(words),
    compute: (context) => {
      const name = needMeasure(context);
      refuseUnsaidScaledMeasure(context, name);
      const found = outlierRows(context, name);
      // "@outlier_percentage": the outliers' share of the values, not their count.
      if (has(slotWords(context.slot), ...SHARE_WORDS)) {
        const total = numbersOf(context.frame, name, [...context.rows]).values.length;
        const scale = asksPercent(context) ? 100 : 1;
        return numberResult(
          context,
          total > 0 ? (found.rows.length / total) * scale : 0,
          `${scale === 100 ? 'percentage' : 'share'} of ${name} values ${found.method} (${found.rows.length} of ${total})${context.groupNote ?? ''}`,
          [name],
          found.rows,
        );
      }
      return {
        value: String(found.rows.length),
        note: `count of ${name} ${found.method}${context.groupNote ?? ''}`,
        columns: [name],
        rows: found.rows,
      };
    },
  },
];

/**
 * "… missing either the wheat price (WHT) or the barley price (BRL), standardize the barley price.
 * How many weeks sit over 2 standard deviations from the mean?": when steps standardized several
 * of the measures and the slot names none of them, which one's outliers are counted is not said
 * for sure, so the count is refused rather than taken of the first.
 */
function refuseUnsaidScaledMeasure(context: SlotContext, name: string): void {
  const scaled = context.measures.filter((measure) =>
    context.frame.steps.some((step) => step.startsWith(`${measure} = (${measure} − mean)`)),
  );
  if (scaled.length < 2 || context.ownColumns.includes(name)) return;
  fail(
    'unsupported',
    `Steps standardized ${scaled.join(' and ')}, and @${context.slot.name} does not say whose outliers it counts.`,
    { hint: 'Name the column whose outliers are counted.' },
  );
}
