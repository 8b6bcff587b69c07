/**
 * @module slot-rules-summary
 * Slot rules for summary statistics of one column: the coefficient of variation, moments and
 * spread (skewness, kurtosis, standard deviation, variance, median, IQR, range), and the extremes,
 * mean, percentiles and total.
 */
import { fail } from '../../lib/errors.ts';
import { findMentions, wordsOf } from './analysis-frame.ts';
import { kurtosis, skewness, standardDeviation } from './distribution-stats.ts';
import { adjectiveEnd } from './measure-adjectives.ts';
import {
  adjustedMoments,
  has,
  isFlag,
  population,
  quantileAsked,
  quotedSummedColumn,
  type SlotContext,
  type SlotRule,
  slotWords,
  statistic,
} from './slot-context.ts';
import { mean, median, quantile, variance } from './stats.ts';

/**
 * "@stayed_total" beside 'Keep the rows where Stayed is 1. Sum "Count".': the slot's word names a 0/1
 * flag, but the text adds up the one column it quotes; that column is the total's measure.
 */
function quotedTotal(context: SlotContext): SlotContext {
  const quoted = quotedSummedColumn(context.frame, context.text);
  const first = context.measures[0];
  if (quoted === undefined || first === undefined || first === quoted || !isFlag(context.frame, first))
    return context;
  return { ...context, measures: [quoted, ...context.measures.filter((name) => name !== quoted)] };
}

/**
 * Kurtosis by Pearson's definition (scipy.stats.kurtosis(fisher=False): the fourth standardized
 * moment, 3 for a normal distribution) rather than the excess (Fisher's) kurtosis.
 */
const PEARSON_KURTOSIS =
  /fisher\s*=\s*false|pearson'?s?\s+(?:definition|kurtosis)|non[- ]?excess kurtosis|not (?:the )?excess kurtosis/i;

type QuantileMethod = 'linear' | 'lower' | 'higher' | 'midpoint' | 'nearest';

/**
 * The quantile method the text names (numpy's method= or interpolation=, pandas' interpolation=);
 * linear unless stated. Another named method ("the nearest rank method", 'hazen') is refused.
 */
function quantileMethod(context: SlotContext): QuantileMethod {
  const stated = /(?:method|interpolation)\s*=\s*["']?([a-z_]+)/i.exec(context.text)?.[1]?.toLowerCase();
  if (stated && /^(?:linear|lower|higher|midpoint|nearest)$/.test(stated)) return stated as QuantileMethod;
  const named =
    stated ??
    /\b(nearest[- ]rank|inverted[_ ]cdf|hazen|weibull|exclusive|inclusive)\b/i.exec(context.text)?.[1];
  if (named)
    fail(
      'unsupported',
      `The builtin engine reads only numpy's linear, lower, higher, midpoint and nearest quantiles, not "${named}".`,
      {
        hint: "Ask for the linear quantile (numpy's default), or name one of those methods.",
      },
    );
  return 'linear';
}

/** numpy.quantile's stepped methods over h = (n - 1)·q: the value below, above, their midpoint, or the nearest (ties to even). */
function steppedQuantile(
  values: readonly number[],
  q: number,
  method: Exclude<QuantileMethod, 'linear'>,
): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const below = sorted[Math.floor(h)]!;
  const above = sorted[Math.ceil(h)]!;
  if (method === 'lower') return below;
  if (method === 'higher') return above;
  if (method === 'midpoint') return (below + above) / 2;
  const fraction = h - Math.floor(h);
  const even = Math.floor(h) % 2 === 0 ? Math.floor(h) : Math.ceil(h);
  return sorted[fraction === 0.5 ? even : Math.round(h)]!;
}

/** "the total attendance": the word "total" right before a numeric column's name. */
function totalOfColumn(context: SlotContext): boolean {
  const after = /\btotal\s+(.{2,60})/i.exec(context.question)?.[1];
  if (!after) return false;
  const first = findMentions(context.frame, after)[0];
  return first !== undefined && first.position === 0 && context.measures.includes(first.column);
}

/**
 * "@total_goals" for a "goals scored" column the question's own step made: the slot names that
 * new column in part, so its total is the column's sum, not a count of rows.
 */
function totalOfMadeColumn(words: readonly string[], context: SlotContext): boolean {
  const made = context.measures[0];
  if (made === undefined || !context.frame.derived.has(made)) return false;
  if (context.frame.table.columns.some((column) => column.name === made)) return false;
  const own = new Set(wordsOf(made));
  return slotWords(context.slot).some((word) => own.has(word) && !words.includes(word));
}

/** The coefficient of variation; it sits before the correlation rules ("coefficient"). */
export const COEFFICIENT_OF_VARIATION_RULE: SlotRule = {
  name: 'coefficient of variation',
  applies: (words) => has(words, 'cv') || (has(words, 'coefficient', 'coeff') && has(words, 'variation')),
  compute: statistic('coefficient of variation (standard deviation / mean)', (values, context) => {
    const ratio = standardDeviation(values, population(context.text)) / mean(values);
    return /percent|%|\*\s*100|× ?100/i.test(context.text) ? ratio * 100 : ratio;
  }),
};

/** Moment and spread rules, most specific first. */
export const SPREAD_RULES: readonly SlotRule[] = [
  {
    name: 'skewness',
    applies: (words) => has(words, 'skew', 'skewness'),
    compute: statistic('skewness', (values, context) => skewness(values, adjustedMoments(context.text))),
  },
  {
    name: 'kurtosis',
    applies: (words) => has(words, 'kurtosi', 'kurtosis', 'kurt'),
    compute: (context) =>
      PEARSON_KURTOSIS.test(context.text)
        ? statistic(
            "kurtosis (Pearson's, 3 for a normal distribution)",
            (values) => kurtosis(values, adjustedMoments(context.text)) + 3,
          )(context)
        : statistic('excess kurtosis', (values) => kurtosis(values, adjustedMoments(context.text)))(context),
  },
  {
    name: 'standard deviation',
    applies: (words) => has(words, 'std', 'sd', 'stdev', 'stddev', 'deviation'),
    // The plan says which one it took, so "pop" in "std_pop" is accounted for.
    compute: (context) =>
      statistic(population(context.text) ? 'population standard deviation' : 'standard deviation', (values) =>
        standardDeviation(values, population(context.text)),
      )(context),
  },
  {
    name: 'variance',
    applies: (words) => has(words, 'variance', 'var'),
    compute: statistic('variance', (values, context) =>
      population(context.text) ? (variance(values) * (values.length - 1)) / values.length : variance(values),
    ),
  },
  {
    name: 'median',
    applies: (words) => has(words, 'median'),
    compute: statistic('median', (values) => median(values)),
  },
  {
    name: 'interquartile range',
    applies: (words) => has(words, 'iqr', 'interquartile'),
    compute: statistic('Q3 − Q1', (values) => quantile(values, 0.75) - quantile(values, 0.25)),
  },
  {
    name: 'range',
    // "riders_in_range": inside a stated range, not the spread of a column.
    applies: (words) =>
      has(words, 'range') && !/(^|_)(in|within|inside|outside)_range(_|$)/i.test(words.join('_')),
    compute: statistic('range', (values) => Math.max(...values) - Math.min(...values)),
  },
];

/** "the largest absolute z-score", "the maximum |z|": the size of a z-score, its sign left out. */
const ABSOLUTE_Z =
  /\b(?:largest|highest|maximum|max|greatest|biggest)\s+(?:absolute\s+(?:value\s+of\s+(?:the\s+)?)?z-?scores?|\|\s*z\s*\|)/i;

/** Extreme, mean, percentile and total rules, most specific first. */
export const LOCATION_RULES: readonly SlotRule[] = [
  {
    // scipy.stats.zscore (ddof=0 unless the sample standard deviation is stated), then its min or max.
    name: 'extreme z-score',
    applies: (words, context) =>
      (has(words, 'zscore') || (has(words, 'z') && /z-?scores?\b/i.test(context.text))) &&
      has(words, 'min', 'minimum', 'lowest', 'smallest', 'max', 'maximum', 'highest', 'largest'),
    compute: (context) => {
      const low = has(slotWords(context.slot), 'min', 'minimum', 'lowest', 'smallest');
      const sample = /sample standard deviation|ddof\s*=\s*1/i.test(context.text);
      // "@max_abs_z", "the largest absolute Z-score": the z-scores' sizes, whatever their sign.
      const absolute =
        !low && (has(slotWords(context.slot), 'abs', 'absolute') || ABSOLUTE_Z.test(context.text));
      return statistic(
        `${low ? 'minimum' : 'maximum'} ${absolute ? 'absolute (abs) ' : ''}z-score`,
        (values) => {
          const m = mean(values);
          const sd = standardDeviation(values, !sample);
          const scores = values.map((value) => (absolute ? Math.abs(value - m) : value - m) / sd);
          return low ? Math.min(...scores) : Math.max(...scores);
        },
      )(context);
    },
  },
  {
    name: 'minimum',
    applies: (words, context) =>
      has(words, 'min', 'minimum', 'lowest', 'smallest') ||
      adjectiveEnd(words, context.measures[0]) === 'low',
    compute: statistic('minimum', (values) => Math.min(...values)),
  },
  {
    name: 'maximum',
    applies: (words, context) =>
      has(words, 'max', 'maximum', 'highest', 'largest') ||
      adjectiveEnd(words, context.measures[0]) === 'high',
    compute: statistic('maximum', (values) => Math.max(...values)),
  },
  {
    name: 'mean',
    applies: (words) => has(words, 'mean', 'average', 'avg'),
    compute: statistic('mean', (values) => mean(values)),
  },
  {
    name: 'percentile',
    applies: (words, context) =>
      has(words, 'quartile', 'percentile', 'quantile', 'q1', 'q3') || quantileAsked(context) !== undefined,
    compute: (context) => {
      const q = quantileAsked(context) ?? (/q1|first quartile|25/i.test(context.slot.name) ? 0.25 : 0.75);
      const method = quantileMethod(context);
      return statistic(`${Number((q * 100).toFixed(2))}th percentile (${method})`, (values) =>
        method === 'linear' ? quantile(values, q) : steppedQuantile(values, q, method),
      )(context);
    },
  },
  {
    name: 'total',
    applies: (words, context) =>
      has(words, 'total', 'sum') &&
      !has(words, 'count', 'number', 'num', 'how') &&
      context.measures.length > 0 &&
      (context.ownColumns.length > 0 ||
        /\b(sum|total of|total number of)\b/i.test(context.question) ||
        totalOfColumn(context) ||
        totalOfMadeColumn(words, context)),
    compute: (context) =>
      statistic('sum', (values) => values.reduce((a, b) => a + b, 0))(quotedTotal(context)),
  },
];
