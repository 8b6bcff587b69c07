/**
 * @module summary-extras
 * Slot rules for the summary statistics beyond the usual moments: the standard error of the
 * mean (scipy.stats.sem), a t confidence interval for the mean and its margin of error, the
 * geometric and harmonic means (scipy.stats.gmean, hmean), the mean or median absolute
 * deviation, and a weighted mean ("weighted by B", numpy.average with weights). Each is
 * answered only in the form its words state; an ambiguous "MAD" is refused.
 */
import { fail } from '../../lib/errors.ts';
import { findMentions, isNumericColumn, numbersOf } from './analysis-frame.ts';
import { standardDeviation } from './distribution-stats.ts';
import {
  has,
  needMeasure,
  numberResult,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
  statistic,
} from './slot-context.ts';
import { mad, mean, tTestP } from './stats.ts';

/** scipy.stats.sem: the sample standard deviation over √n (ddof=0 only when stated). */
function standardError(values: readonly number[], text: string): number {
  const ddof0 = /ddof\s*=\s*0/i.test(text);
  return standardDeviation(values, ddof0) / Math.sqrt(values.length);
}

/** The t value with `df` degrees of freedom whose two-sided tail is 1 − level (bisection). */
export function tCritical(level: number, df: number): number {
  let low = 0;
  let high = 1000;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (tTestP(middle, df) > 1 - level) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The confidence level the text states ("95% confidence", "a confidence level of 0.9"), else 95%. */
function confidenceLevel(text: string): number {
  const percent =
    /(\d{2}(?:\.\d+)?)\s*(?:%|percent)\s*(?:confidence|ci\b|two-sided)/i.exec(text) ??
    /confidence (?:level|interval)?\s*(?:of|=|:|at)?\s*(\d{2}(?:\.\d+)?)\s*(?:%|percent)/i.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const fraction = /confidence(?: level)?\s*(?:of|=|:)?\s*(0\.\d+)/i.exec(text);
  return fraction ? Number(fraction[1]) : 0.95;
}

/** The interval's bound a slot asks for: lower or upper, from its words or placeholder. */
function boundAsked(context: SlotContext): 'lower' | 'upper' | undefined {
  const words = slotWords(context.slot);
  const lower = has(words, 'lower', 'low', 'min', 'minimum', 'left', 'lb');
  const upper = has(words, 'upper', 'up', 'high', 'max', 'maximum', 'right', 'ub');
  if (lower === upper) return undefined;
  return lower ? 'lower' : 'upper';
}

/** The confidence interval is by the normal distribution only when the text says so. */
const NORMAL_INTERVAL =
  /\b1\.96\b|\bz[- ](?:interval|distribution|critical|value)|standard normal distribution/i;

function interval(context: SlotContext, part: 'lower' | 'upper' | 'margin'): SlotResult {
  const name = needMeasure(context);
  const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
  if (values.length < 2)
    fail('unsupported', `A confidence interval needs two or more numbers in ${name}.`, {
      hint: 'Check the conditions in the question.',
    });
  const level = confidenceLevel(context.text);
  const normal = NORMAL_INTERVAL.test(context.text);
  if (normal && !/\b1\.96\b/.test(context.text) && Math.abs(level - 0.95) > 1e-9)
    fail('unsupported', 'The builtin engine computes a normal confidence interval only at 95% (1.96).', {
      hint: 'Ask for the t interval, or for the 95% level.',
    });
  const critical = normal ? 1.959963984540054 : tCritical(level, values.length - 1);
  const margin = critical * standardError(values, context.text);
  const m = mean(values);
  const value = part === 'margin' ? margin : part === 'lower' ? m - margin : m + margin;
  const how = normal ? 'normal (z = 1.96)' : `t with ${values.length - 1} degrees of freedom`;
  return numberResult(
    context,
    value,
    `${part === 'margin' ? 'margin of error' : `${part} bound`} of the ${Number((level * 100).toFixed(2))}% confidence interval (CI) for the mean of ${name} (${how}, standard error of the mean) over ${values.length} values${context.groupNote ?? ''}`,
    [name],
    rows,
  );
}

/** Which absolute deviation the text spells out: about the mean or about the median. */
function absoluteDeviationKind(text: string): 'mean' | 'median' | undefined {
  const aboutMedian =
    /median absolute deviation|median_abs_deviation|absolute deviations? (?:from|about|around) the median/i.test(
      text,
    );
  const aboutMean =
    /(?:mean|average) absolute deviation|absolute deviations? (?:from|about|around) the (?:mean|average)/i.test(
      text,
    );
  if (aboutMedian === aboutMean) return undefined;
  return aboutMedian ? 'median' : 'mean';
}

/** The weights column of "weighted by B", "with B as the weights", "using B as weights". */
function weightsColumn(context: SlotContext): string | undefined {
  const phrase =
    /\bweighted (?:by|with|on) (?:the )?(.{1,60}?)(?:[.,;?\n]|$)/i.exec(context.text)?.[1] ??
    /\b(?:using|with|taking) (?:the )?(.{1,60}?) (?:column )?as (?:the )?weights?\b/i.exec(
      context.text,
    )?.[1] ??
    /\bweights? (?:given by|from|of) (?:the )?(.{1,60}?)(?:[.,;?\n]|$)/i.exec(context.text)?.[1];
  if (!phrase) return undefined;
  return findMentions(context.frame, phrase)
    .map((mention) => mention.column)
    .find((name) => isNumericColumn(context.frame, name));
}

export const SUMMARY_EXTRA_RULES: readonly SlotRule[] = [
  {
    name: 'confidence interval of the mean',
    applies: (words, context) =>
      (has(words, 'ci', 'confidence', 'interval') || /confidence interval/i.test(context.text)) &&
      (boundAsked(context) !== undefined || has(words, 'margin')) &&
      !/regress|slope|coefficient|proportion/i.test(context.text),
    compute: (context) =>
      interval(context, has(slotWords(context.slot), 'margin') ? 'margin' : boundAsked(context)!),
  },
  {
    name: 'standard error of the mean',
    applies: (words, context) =>
      (has(words, 'sem') ||
        (has(words, 'standard', 'std', 'se') &&
          has(words, 'error', 'err') &&
          /standard error of (?:the )?mean|\bsem\b|stats\.sem/i.test(context.text))) &&
      !/regress|slope|intercept/i.test(context.text),
    compute: (context) =>
      statistic('standard error of the mean (SEM, sample standard deviation / √n)', (values) =>
        standardError(values, context.text),
      )(context),
  },
  {
    name: 'geometric mean',
    applies: (words) => has(words, 'geometric', 'gmean', 'geomean'),
    compute: statistic('geometric mean', (values, context) => {
      if (values.some((value) => !(value > 0)))
        fail('unsupported', `@${context.slot.name}: a geometric mean needs values above zero.`, {
          hint: 'Leave out the zero and negative values first.',
        });
      return Math.exp(mean(values.map((value) => Math.log(value))));
    }),
  },
  {
    name: 'harmonic mean',
    applies: (words) => has(words, 'harmonic', 'hmean'),
    compute: statistic('harmonic mean', (values, context) => {
      if (values.some((value) => !(value > 0)))
        fail('unsupported', `@${context.slot.name}: a harmonic mean needs values above zero.`, {
          hint: 'Leave out the zero and negative values first.',
        });
      return values.length / values.reduce((total, value) => total + 1 / value, 0);
    }),
  },
  {
    name: 'absolute deviation',
    applies: (words, context) =>
      has(words, 'mad') ||
      (has(words, 'absolute', 'abs') &&
        has(words, 'deviation', 'dev') &&
        absoluteDeviationKind(context.text) !== undefined),
    compute: (context) => {
      const kind = absoluteDeviationKind(context.text);
      if (!kind)
        fail(
          'unsupported',
          `@${context.slot.name} asks for a MAD, but the text does not say whether about the mean or the median.`,
          { hint: 'Say "mean absolute deviation" or "median absolute deviation".' },
        );
      return statistic(`${kind} absolute deviation (MAD, abs dev)`, (values) => {
        if (kind === 'median') return mad(values);
        const centre = mean(values);
        return mean(values.map((value) => Math.abs(value - centre)));
      })(context);
    },
  },
  {
    name: 'weighted mean',
    applies: (words, context) =>
      (has(words, 'weighted') || /\bweighted (?:mean|average)\b/i.test(context.question)) &&
      has(words, 'mean', 'average', 'avg', 'weighted') &&
      weightsColumn(context) !== undefined,
    compute: (context) => {
      const weights = weightsColumn(context)!;
      const name = context.measures.find((item) => item !== weights);
      if (!name)
        fail(
          'unsupported',
          `No column to average is named for @${context.slot.name} beside the weights ${weights}.`,
          {
            hint: 'Say "the mean of A weighted by B".',
          },
        );
      const a = numbersOf(context.frame, name, [...context.rows]);
      const b = numbersOf(context.frame, weights, [...context.rows]);
      const w = new Map(b.rows.map((row, index) => [row, b.values[index]!]));
      let total = 0;
      let weight = 0;
      const rows: number[] = [];
      for (const [index, row] of a.rows.entries()) {
        const value = w.get(row);
        if (value === undefined) continue;
        total += a.values[index]! * value;
        weight += value;
        rows.push(row);
      }
      if (!(weight !== 0))
        fail('unsupported', `The weights in ${weights} add up to zero for @${context.slot.name}.`, {
          hint: 'Check the weights column.',
        });
      return numberResult(
        context,
        total / weight,
        `weighted mean of ${name} weighted by ${weights} over ${rows.length} rows${context.groupNote ?? ''}`,
        [name, weights],
        rows,
      );
    },
  },
];
