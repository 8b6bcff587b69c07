/**
 * @module slot-rules
 * The slot rules, most specific first: each reads a slot's words and computes one statistic
 * (summary statistics, counts, shares, percentiles, moments, tests, outliers, verdict words).
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  type Cell,
  cellsOf,
  columnNames,
  findMentions,
  isNumericColumn,
  numbersOf,
  pairsOf,
  rowsWithout,
  totalsRows,
  wordsOf,
} from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { CORRELATED_PAIR_RULE } from './correlated-pair.ts';
import { iqrFences, kurtosis, shapiroWilk, skewness, standardDeviation } from './distribution-stats.ts';
import { groupedColumn, monthlyAnswer, monthQuestion, peakColumn, topRows } from './group-answers.ts';
import { GROUP_PLACE_RULE } from './group-place.ts';
import { KNOWN_COUNT_RULE } from './known-count.ts';
import { adjectiveEnd } from './measure-adjectives.ts';
import { multipleRegressionSlot, statedPredictors } from './multiple-regression.ts';
import { namedBin } from './named-bins.ts';
import { numberWord } from './normalize-text.ts';
import { ONE_HOT_COLUMNS_RULE } from './one-hot-columns.ts';
import { sameRowsKind, sameRowsTest } from './paired-tests.ts';
import { regressionRmse } from './regression-error.ts';
import { ROW_CHANGE_RULE } from './row-changes.ts';
import { ROW_LOOKUP_RULE } from './row-lookup.ts';
import { ROW_PLACE_RULE } from './row-place.ts';
import { ROW_RANK_RULE } from './row-rank.ts';
import { ROW_Z_SCORE_RULE } from './row-z-score.ts';
import { SKEW_DIRECTION_RULE } from './skew-direction.ts';
import { asksForList, asksForName } from './slot-columns.ts';
import {
  adjustedMoments,
  afterRemoval,
  alphaOf,
  asksPercent,
  flagColumn,
  has,
  needMeasure,
  numberResult,
  pairNamed,
  pickOption,
  population,
  quantileAsked,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
  statistic,
} from './slot-context.ts';
import { readSlotName, statisticWord } from './slot-words.ts';
import { missingCell, statedValues } from './stated-values.ts';
import {
  chiSquare,
  correlation,
  groupTest,
  outlierRows,
  pairStatistic,
  pValue,
  rankTest,
  rankTestFor,
  rankTestNamed,
  regressionPair,
  STANDARD_DEVIATIONS_AWAY,
  strengthLabel,
  TEST,
} from './statistic-tests.ts';
import { mean, median, pearson, quantile, regression, variance } from './stats.ts';
import { SUMMARY_EXTRA_RULES } from './summary-extras.ts';
import { modeOf, monthPartYears, rowsForMissingCount } from './transform-frame.ts';
import { FREQUENCY_ASKED, frequencyEnd, leastFrequent } from './value-frequency.ts';

/** A slot named for R² (r2, r_squared, R2_score). */
const R_SQUARED = /(?:^|_)r_?(?:2|sq|squared)(?:_|$)/i;

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

/** The value of `column` the text predicts at: "300 Visitors", "Visitors of 300", "Visitors = 300", "when Visitors is 300". */
function statedPoint(text: string, column: string): number | undefined {
  const name = escapeRegExp(column);
  const found =
    new RegExp(`(?:^|[^\\w.])(-?\\d+(?:\\.\\d+)?)\\s+${name}\\b`, 'i').exec(text) ??
    new RegExp(
      `\\b${name}\\s*(?:=|of|is|equals|equal to|value of|at)\\s*(-?\\d+(?:\\.\\d+)?)(?![\\d.]*\\s*%)`,
      'i',
    ).exec(text);
  return found ? Number(found[1]) : undefined;
}

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

/** Slot words of a yes-or-no verdict that a significant test result says yes to. */
const EFFECT_WORDS = [
  'different',
  'differ',
  'differs',
  'difference',
  'diff',
  'reject',
  'rejected',
  'changed',
  'change',
  'associated',
  'association',
  'related',
  'dependent',
  'effect',
];

/** Options that are a yes and a no ("yes"/"no", "True"/"False"). */
function yesOrNo(options: readonly string[]): boolean {
  const lower = new Set(options.map((option) => option.toLowerCase()));
  return (
    lower.size === 2 && ((lower.has('yes') && lower.has('no')) || (lower.has('true') && lower.has('false')))
  );
}

/** Slot words that ask for a share of rows rather than a count. */
const SHARE_WORDS = ['percentage', 'percent', 'proportion', 'pct', 'ratio', 'fraction', 'share', 'rate'];

/** The slot rules, most specific first. */
export const SLOT_RULES: readonly SlotRule[] = [
  ONE_HOT_COLUMNS_RULE,
  KNOWN_COUNT_RULE,
  ROW_CHANGE_RULE,
  CORRELATED_PAIR_RULE,
  ROW_Z_SCORE_RULE,
  ROW_LOOKUP_RULE,
  ROW_RANK_RULE,
  GROUP_PLACE_RULE,
  ROW_PLACE_RULE,
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
        note: `count of rows with ${bin.column} = ${JSON.stringify(bin.label)}`,
        columns: [bin.column],
        rows: bin.rows,
      };
    },
  },
  {
    name: 'missing count',
    applies: (words) =>
      has(words, 'missing', 'null', 'nan', 'na') &&
      has(words, 'count', 'number', 'num', 'how', 'total', ...SHARE_WORDS),
    compute: (context) => {
      const names = context.ownColumns.length ? context.ownColumns.slice(0, 1) : missingCountColumns(context);
      const values = statedValues(context.text);
      const base = (name: string) => rowsForMissingCount(context.frame, name, context.rows);
      const missing = names.reduce(
        (total, name) =>
          total + base(name).filter((row) => missingCell(context.frame, name, row, values)).length,
        0,
      );
      const cellCount = names.reduce((total, name) => total + base(name).length, 0);
      const words = slotWords(context.slot);
      const share = has(words, ...SHARE_WORDS);
      const percent = asksPercent(context);
      const value = share ? (missing / cellCount) * (percent ? 100 : 1) : missing;
      return {
        value: share ? writeNumber(value, context.slot.decimals) : String(missing),
        note: `${share ? 'share' : 'count'} of missing cells in ${names.length === 1 ? names[0] : 'all columns'}`,
        columns: names,
        rows: context.rows,
      };
    },
  },
  {
    name: 'most missing',
    applies: (words, context) =>
      has(words, 'missing', 'null', 'nan') &&
      (has(words, 'max', 'most', 'highest', 'column', 'which') ||
        /\b(most|highest|largest|greatest|maximum)\b/i.test(context.question)),
    compute: (context) => {
      const counts = columnNames(context.frame).map((name) => ({
        name,
        missing: context.rows.filter((row) => cellsOf(context.frame, name)[row] === null).length,
      }));
      const top = Math.max(...counts.map((item) => item.missing));
      const names = counts.filter((item) => item.missing === top && top > 0).map((item) => item.name);
      return {
        value: names.join(', ') || 'None',
        note: `columns by missing cells (most: ${top})`,
        columns: names,
        rows: [],
      };
    },
  },
  {
    name: 'difference or ratio of two statistics',
    applies: (words, context) =>
      has(words, 'difference', 'diff', 'gap', 'ratio') &&
      // A verdict or a test's figure ("significant_difference", "t_statistic") is another rule's.
      context.slot.options.length === 0 &&
      !has(
        words,
        'significant',
        'significance',
        'p',
        'pvalue',
        'pval',
        'statistic',
        'stat',
        't',
        'f',
        'test',
      ) &&
      !context.ownColumns.some((name) => context.frame.derived.has(name)) &&
      // "the mean of the ratio column the text made" is no ratio of two means.
      !(
        has(words, 'mean', 'average', 'median') &&
        [...context.frame.derived.keys()].some((name) => / \/ /.test(name))
      ) &&
      pairStatistic(context) !== undefined,
    compute: (context) => {
      const pair = pairStatistic(context)!;
      return numberResult(context, pair.value, pair.note, pair.columns, pair.rows);
    },
  },
  {
    name: 'relationship type',
    applies: (_words, context) => context.slot.options.some((option) => /^nonlinear$|^linear$/i.test(option)),
    compute: (context) => {
      const { r, p, note, columns, rows } = correlation(context);
      const alpha = alphaOf(context.text);
      const strong = Number(
        (/absolute value of r is (?:greater than or equal to|at least|>=)\s*(0?\.\d+)/i.exec(context.text) ??
          [])[1] ?? 0.5,
      );
      const value = p >= alpha ? 'none' : Math.abs(r) >= strong ? 'linear' : 'nonlinear';
      const option = context.slot.options.find((item) => item.toLowerCase() === value) ?? value;
      return { value: option, note: `${note}: r = ${r.toFixed(3)}, p = ${p.toPrecision(3)}`, columns, rows };
    },
  },
  {
    name: 'correlation strength',
    applies: (words, context) =>
      has(words, 'strength', 'strong', 'weak') ||
      context.slot.options.filter((option) => /\b(strong|moderate|weak)\b/i.test(option)).length >= 2,
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      const label = strengthLabel(r, context.text);
      const sign = r >= 0 ? 'positive' : 'negative';
      const option =
        context.slot.options.find(
          (item) =>
            new RegExp(`\\b${label}\\b`, 'i').test(item) && new RegExp(`\\b${sign}\\b`, 'i').test(item),
        ) ?? context.slot.options.find((item) => new RegExp(`^${label}$`, 'i').test(item));
      return {
        value: option ?? `${label} ${sign}`,
        note: `${note}: r = ${r.toFixed(3)}, ${label} strength, ${sign}`,
        columns,
        rows,
      };
    },
  },
  SKEW_DIRECTION_RULE,
  {
    name: 'normality verdict',
    applies: (words, context) =>
      context.slot.options.length > 0 &&
      (has(words, 'normal', 'normality', 'distribution', 'skew') ||
        /normal|skew/i.test(context.slot.options.join(' '))),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const skew = skewness(values, adjustedMoments(context.text));
      const ternary = context.slot.options.some((option) => /right/i.test(option));
      if (ternary) {
        // The band the text states for a symmetric distribution ("between -1 and 1"), else ±0.5.
        const band = Number(
          /\bbetween\s*[-−–]\s*(\d+(?:\.\d+)?)\s*(?:and|to)\s*\+?\s*\1\b/i.exec(context.text)?.[1] ?? 0.5,
        );
        const value = skew > band ? /right/i : skew < -band ? /left/i : /symmetric|normal/i;
        const option = context.slot.options.find((item) => value.test(item)) ?? String(value);
        return { value: option, note: `skewness of ${name} = ${skew.toFixed(3)}`, columns: [name], rows };
      }
      if (/skewness (?:is |lies )?between/i.test(context.text) && !/shapiro/i.test(context.text)) {
        const normal = Math.abs(skew) <= 0.5;
        return {
          value: pickOption(context.slot, normal, ['Yes', 'No']),
          note: `skewness of ${name} = ${skew.toFixed(3)}`,
          columns: [name],
          rows,
        };
      }
      if (rankTestFor(context) === 'kolmogorov-smirnov') {
        const test = rankTest(context, false)!;
        return {
          value: pickOption(context.slot, test.p >= alphaOf(context.text), ['Normal', 'Non-normal']),
          note: `${test.note}, p = ${test.p.toPrecision(3)}`,
          columns: test.columns,
          rows: test.rows,
        };
      }
      const { w, p } = shapiroWilk(values);
      const normal = p >= alphaOf(context.text);
      return {
        value: pickOption(context.slot, normal, ['Normal', 'Non-normal']),
        note: `Shapiro-Wilk on ${name}: W = ${w.toFixed(4)}, p = ${p.toPrecision(3)}`,
        columns: [name],
        rows,
      };
    },
  },
  {
    name: 'significance verdict',
    // "@different[answer] where answer is yes or no" after a test: the yes is a significant result.
    applies: (words, context) =>
      context.slot.options.length > 0 &&
      (has(words, 'significance', 'significant', 'result', 'conclusion') ||
        (yesOrNo(context.slot.options) && has(words, ...EFFECT_WORDS))),
    compute: (context) => {
      const { p, note, columns, rows } = pValue(context);
      return {
        value: pickOption(context.slot, p < alphaOf(context.text), ['significant', 'not significant']),
        note: `${note}, p = ${p.toPrecision(3)}`,
        columns,
        rows,
      };
    },
  },
  {
    name: 'p-value',
    applies: (words, context) =>
      has(words, 'pval', 'pvalue') || (has(words, 'p') && quantileAsked(context) === undefined),
    compute: (context) => {
      const { p, note, columns, rows } = pValue(context);
      return numberResult(context, p, note, columns, rows);
    },
  },
  {
    name: 'paired or one-sample test statistic',
    applies: (words, context) =>
      sameRowsKind(context.text) !== undefined &&
      has(words, 'statistic', 'stat', 't', 'w', 'tstat', 'tstatistic', 'wstatistic') &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const test = sameRowsTest(context)!;
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    // scipy.stats.chi2_contingency's dof: (rows - 1) * (columns - 1) of the contingency table.
    name: 'chi-square degrees of freedom',
    applies: (words, context) =>
      (has(words, 'dof', 'df') || words.includes('freedom')) &&
      /chi[- ]?(?:square|2)|chisquare/i.test(context.text),
    compute: (context) => {
      const test = chiSquare(context);
      const note = `degrees of freedom (dof) of the ${test.note}`;
      return { value: String(test.df), note, columns: test.columns, rows: test.rows };
    },
  },
  {
    name: 'chi-square statistic',
    applies: (words) => has(words, 'chi', 'chi2', 'chisquare'),
    compute: (context) => {
      const test = chiSquare(context);
      return numberResult(context, test.chi2, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'rank or variance test statistic',
    applies: (words, context) =>
      rankTestFor(context) !== undefined &&
      has(words, 'statistic', 'stat', 'u', 'h', 'd', 'ustatistic', 'hstatistic', 'dstatistic') &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const test = rankTest(context, true)!;
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'Shapiro-Wilk statistic',
    applies: (words, context) =>
      /shapiro/i.test(context.text) &&
      !rankTestNamed(context.text) &&
      !TEST.test(context.text) &&
      (has(words, 'w', 'wstatistic') ||
        (has(words, 'statistic', 'stat') && !has(words, 't', 'f', 'chi', 'r'))) &&
      !has(words, 'p', 'pvalue', 'pval'),
    compute: (context) => {
      const name = needMeasure(context);
      const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
      const { w } = shapiroWilk(values);
      return numberResult(context, w, `Shapiro-Wilk W of ${name}${context.groupNote ?? ''}`, [name], rows);
    },
  },
  {
    name: 'test statistic',
    applies: (words, context) =>
      TEST.test(context.text) &&
      has(words, 't', 'f', 'statistic', 'stat', 'tstat', 'fstat', 'tstatistic', 'fstatistic'),
    compute: (context) => {
      const test = groupTest(context);
      return numberResult(context, test.statistic, test.note, test.columns, test.rows);
    },
  },
  {
    name: 'error of a linear regression',
    applies: (words, context) =>
      /regress|least squares/i.test(context.text) &&
      (has(words, 'rmse') || (has(words, 'error') && /root mean squared? error/i.test(context.text))),
    compute: regressionRmse,
  },
  {
    // "Predict Spend for a shop with 300 Visitors using a linear regression of Spend on Visitors".
    name: 'prediction of a simple linear regression',
    applies: (words, context) =>
      /regress|least squares|line of best fit|best[- ]fit line/i.test(context.text) &&
      has(
        words,
        'predict',
        'predicted',
        'prediction',
        'estimate',
        'estimated',
        'forecast',
        'expected',
        'fitted',
      ) &&
      statedPredictors(context) === undefined,
    compute: (context) => {
      const { x, y } = regressionPair(context);
      const at = statedPoint(context.text, x);
      if (at === undefined)
        fail(
          'unsupported',
          `@${context.slot.name} asks for a prediction, but the text gives no value of ${x} to predict at.`,
          {
            hint: `Say "for ${x} = 300".`,
          },
        );
      const base = rowsWithout(context.frame, x) ?? context.rows;
      const { rows, x: xs, y: ys } = pairsOf(context.frame, x, y, [...base]);
      const fit = regression(xs, ys);
      return numberResult(
        context,
        fit.intercept + fit.slope * at,
        `predicted (estimated, fitted, expected) ${y} at ${x} = ${at} by the least squares ${y} = a + b·${x} over ${rows.length} rows (b = ${fit.slope.toPrecision(4)}, a = ${fit.intercept.toPrecision(4)})`,
        [x, y],
        rows,
      );
    },
  },
  {
    name: 'linear regression',
    applies: (words, context) =>
      /regress|least squares|line of best fit|best[- ]fit line|trend ?line/i.test(context.text) &&
      (has(
        words,
        'slope',
        'intercept',
        'coefficient',
        'coef',
        'squared',
        'r2',
        'rsquared',
        'determination',
      ) ||
        R_SQUARED.test(context.slot.name)),
    compute: (context) => {
      const words = slotWords(context.slot);
      const several = statedPredictors(context);
      if (several)
        return multipleRegressionSlot(
          context,
          several,
          has(words, 'intercept')
            ? 'intercept'
            : has(words, 'squared', 'r2', 'rsquared', 'determination') || R_SQUARED.test(context.slot.name)
              ? 'r2'
              : 'coefficient',
        );
      const { x, y } = regressionPair(context);
      const { rows, x: xs, y: ys } = pairsOf(context.frame, x, y, [...context.rows]);
      const fit = regression(xs, ys);
      const value = has(words, 'intercept')
        ? fit.intercept
        : has(words, 'squared', 'r2', 'rsquared', 'determination') || R_SQUARED.test(context.slot.name)
          ? fit.r2
          : fit.slope;
      return numberResult(
        context,
        value,
        `least squares ${y} = a + b·${x} over ${rows.length} rows (b = ${fit.slope.toPrecision(4)}, a = ${fit.intercept.toPrecision(4)}, R² = ${fit.r2.toFixed(3)})`,
        [x, y],
        rows,
      );
    },
  },
  {
    name: 'coefficient of variation',
    applies: (words) => has(words, 'cv') || (has(words, 'coefficient', 'coeff') && has(words, 'variation')),
    compute: statistic('coefficient of variation (standard deviation / mean)', (values, context) => {
      const ratio = standardDeviation(values, population(context.text)) / mean(values);
      return /percent|%|\*\s*100|× ?100/i.test(context.text) ? ratio * 100 : ratio;
    }),
  },
  {
    name: 'most correlated column',
    applies: (words, context) =>
      /correlat/i.test(context.text) &&
      has(words, 'column', 'feature', 'variable', 'attribute', 'field', 'name') &&
      !has(words, 'coefficient', 'coeff', 'r', 'value', 'p', 'pvalue'),
    compute: (context) => {
      const target = context.measures[0];
      if (!target)
        fail('unsupported', `No numeric column found to correlate for @${context.slot.name}.`, {
          hint: 'Name the column the others are compared with.',
        });
      const low = /\b(least|lowest|weakest|smallest|minimum)\b/i.test(context.question);
      const signed = /\b(most negative|strongest negative|most positive|strongest positive)\b/i.exec(
        context.question,
      );
      const scored = columnNames(context.frame)
        .filter((name) => name !== target && isNumericColumn(context.frame, name))
        .map((name) => {
          const { x, y } = pairsOf(context.frame, target, name, [...context.rows]);
          const r = x.length > 2 ? pearson(x, y).r : Number.NaN;
          return { name, r, score: signed ? (/negative/i.test(signed[1]!) ? -r : r) : Math.abs(r) };
        })
        .filter((item) => Number.isFinite(item.score));
      if (scored.length === 0)
        fail('unsupported', `No other numeric column to correlate with ${target}.`, {
          hint: 'The table needs at least two numeric columns.',
        });
      const best = scored.reduce((a, b) => ((low ? b.score < a.score : b.score > a.score) ? b : a));
      return {
        value: best.name,
        note: `Pearson correlation of ${target} with each other numeric column: ${low ? 'weakest' : 'strongest'} ${best.name} (r = ${best.r.toFixed(3)})`,
        columns: [target, best.name],
        rows: context.rows,
      };
    },
  },
  {
    // pandas Series.cov and numpy.cov: the sample covariance (ddof=1) unless ddof=0 or the population one is stated.
    name: 'covariance',
    applies: (words) => has(words, 'covariance', 'cov'),
    compute: (context) => {
      const pair = pairNamed(context);
      const a = pair?.[0] ?? needMeasure(context, 0);
      const b = pair?.[1] ?? needMeasure(context, 1);
      const { rows, x, y } = pairsOf(context.frame, a, b, [...context.rows]);
      const whole = population(context.text);
      if (rows.length < 2)
        fail('unsupported', `@${context.slot.name}: fewer than two rows have both ${a} and ${b}.`);
      const [mx, my] = [mean(x), mean(y)];
      const sum = x.reduce((total, value, index) => total + (value - mx) * (y[index]! - my), 0);
      const cov = sum / (rows.length - (whole ? 0 : 1));
      return numberResult(
        context,
        cov,
        `${whole ? 'population' : 'sample'} covariance of ${a} and ${b} over ${rows.length} rows`,
        [a, b],
        rows,
      );
    },
  },
  {
    // "@direction[positive/negative]" after a correlation: the sign of r.
    name: 'direction of a correlation',
    applies: (_words, context) =>
      /correlat/i.test(context.text) &&
      context.slot.options.some((option) => /^positive$/i.test(option)) &&
      context.slot.options.some((option) => /^negative$/i.test(option)) &&
      // A third word ("none") picked by a significance test is the relationship rules' to give.
      !(
        context.slot.options.some((option) => /^(?:none|no correlation|zero)$/i.test(option)) &&
        /p-?value|significan|alpha/i.test(context.text)
      ),
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      const none = context.slot.options.find((option) => /^(?:none|no correlation|zero)$/i.test(option));
      const word = r > 0 ? 'positive' : r < 0 ? 'negative' : (none ?? 'none');
      const value = context.slot.options.find((option) => option.toLowerCase() === word) ?? word;
      return { value, note: `sign (direction) of the ${note}: r = ${r.toFixed(4)}`, columns, rows };
    },
  },
  {
    name: 'correlation',
    applies: (words) =>
      has(words, 'correlation', 'corr', 'coefficient', 'r', 'coeff', 'tau', 'kendall', 'rho'),
    compute: (context) => {
      const { r, note, columns, rows } = correlation(context);
      return numberResult(context, r, note, columns, rows);
    },
  },
  {
    name: 'outlier labels',
    applies: (words, context) =>
      /outlier/i.test(context.text) &&
      !afterRemoval(words) &&
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
  {
    name: 'most frequent value',
    applies: (words) => has(words, 'mode', 'frequent', 'common', 'popular', 'rarest'),
    compute: (context) => {
      const name = context.ownColumns[0] ?? context.columns[0];
      if (!name)
        fail('unsupported', `No column found for @${context.slot.name}.`, {
          hint: 'Name the column in the question.',
        });
      const cells = cellsOf(context.frame, name);
      if (frequencyEnd(context.question, slotWords(context.slot)) === 'least')
        return leastFrequentValue(context, name);
      return frequentValueAnswer(
        context,
        name,
        modeOf(context.rows.map((row) => cells[row] ?? null)),
        'most',
      );
    },
  },
  {
    name: 'distinct count',
    applies: (words, context) => has(words, 'unique', 'distinct') && context.columns.length > 0,
    compute: (context) => {
      const name = context.ownColumns[0] ?? context.columns[0]!;
      const cells = cellsOf(context.frame, name);
      const distinct = new Set(context.rows.map((row) => cells[row]).filter((cell) => cell !== null));
      return {
        value: String(distinct.size),
        note: `count of distinct ${name}${context.groupNote ?? ''}`,
        columns: [name],
        rows: context.rows,
      };
    },
  },
  {
    name: 'rate of a flag',
    applies: (words, context) =>
      has(words, 'rate', 'proportion', 'percentage', 'percent', 'fraction', 'share') &&
      flagColumn(context) !== undefined,
    compute: (context) => {
      const name = flagColumn(context)!;
      // "the percentage of the passengers who survived were female": the flag makes the base
      // and the other condition is counted.
      const clause = BASE_CLAUSE.exec(context.question)?.[0];
      const other = context.frame.conditions.find((condition) => condition.column !== name)?.column;
      if (
        clause &&
        other &&
        context.frame.conditions.some((condition) => condition.column === name) &&
        wordsOf(clause).some(
          (word) => word.length >= 4 && wordsOf(name).some((part) => porterStem(part) === porterStem(word)),
        )
      )
        return shareOfRows(context, other);
      // "the share of men who survived" read Survived = 1 as a condition: the base is the
      // rows meeting every other condition.
      const base = rowsWithout(context.frame, name);
      const group = context.group;
      const groupCells = group ? cellsOf(context.frame, group.column) : [];
      const inPlay = base
        ? base.filter((row) => !group || groupCells[row] === group.value)
        : [...context.rows];
      const { rows, values } = numbersOf(context.frame, name, inPlay);
      const percent = asksPercent(context);
      return numberResult(
        context,
        mean(values) * (percent ? 100 : 1),
        `${percent ? 'percentage' : 'share'} of rows where ${name} is 1, over ${values.length} values${base ? ` meeting the other conditions` : ''}${context.groupNote ?? ''}`,
        [name],
        rows,
      );
    },
  },
  {
    name: 'share of rows meeting a condition',
    applies: (words, context) =>
      has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
      flagColumn(context) === undefined &&
      context.frame.conditions.length > 0,
    compute: (context) => shareOfRows(context),
  },
  ...SUMMARY_EXTRA_RULES,
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
  {
    name: 'value at the last row',
    applies: (words, context) =>
      has(words, 'last', 'latest', 'final') &&
      context.measures.length > 0 &&
      // "Final" in a column's name ("Final Score") is no last row.
      !columnNames(context.frame).some((name) => /\b(?:last|latest|final)\b/i.test(name)) &&
      // "sort the groups by X; which is last": the last of an order no step made, not the table's last row.
      !/\b(?:rank|sort)(?:ed|ing|s)?\b|\border(?:ed|ing)?\s+(?:the\s+\w+\s+)?by\b/i.test(context.question) &&
      /\b(?:last|latest|final|most recent)\b/i.test(context.question),
    compute: (context) => {
      const name = needMeasure(context);
      const totals = totalsRows(context.frame);
      const row = context.rows.filter((item) => !totals.has(item)).at(-1);
      const value = row === undefined ? undefined : cellsOf(context.frame, name)[row];
      if (typeof value !== 'number')
        fail('unsupported', `The last row in play has no number in ${name} for @${context.slot.name}.`, {
          hint: 'Ask for a statistic over the column instead.',
        });
      return numberResult(
        context,
        value,
        `${name} at the last row in play (row ${context.frame.table.rowNumbers[row!] ?? row! + 1})`,
        [name],
        [row!],
      );
    },
  },
  {
    name: 'month where an aggregate peaks',
    applies: (words, context) => has(words, 'month') && monthQuestion(context),
    compute: (context) => {
      const { peak, fn, measure, date, low, asked } = monthlyAnswer(context);
      // The text made a month-of-year column ("extract the month"): over one year its months are
      // the calendar months, written as numbers; over several they group differently, so no answer.
      const years = monthPartYears(context.frame, context.rows);
      if (years !== undefined && years !== 1)
        fail(
          'unsupported',
          `@${context.slot.name}: the months of ${date} span ${years} years, and a month of the year groups them apart from calendar months.`,
          {
            hint: 'Ask for one year at a time, or for the calendar month ("which month of 2023").',
          },
        );
      return {
        value: peak.months.map((month) => (years === 1 ? String(Number(month.slice(5))) : month)).join(', '),
        note: `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${asked} ${Number(peak.value.toPrecision(6))} in ${peak.months.join(', ')}`,
        columns: [date, measure],
        rows: context.rows,
      };
    },
  },
  {
    name: 'value at the monthly peak',
    applies: (words, context) =>
      !has(words, 'month', 'date', 'day', 'year') &&
      /\b(?:which|what|the) month\b/i.test(context.question) &&
      monthQuestion(context),
    compute: (context) => {
      const { peak, fn, measure, date, low } = monthlyAnswer(context);
      return numberResult(
        context,
        peak.value,
        `${fn === 'row' ? `${low ? 'lowest' : 'highest'} single ${measure}` : `${fn} of ${measure} by month`} of ${date} over ${peak.count} months: ${low ? 'lowest' : 'highest'} in ${peak.months.join(', ')}`,
        [date, measure],
        context.rows,
      );
    },
  },
  {
    // "num_above_mean_height": a slot led by a count word and a comparison counts the rows the
    // question's comparison kept; the statistic after it ("mean") is the compared value.
    name: 'count of compared rows',
    applies: (_words, context) => {
      const words = readSlotName(context.slot.name);
      return (
        context.frame.conditions.length > 0 &&
        (words[0] === 'count' ||
          statisticWord(words[0] ?? '') === 'count' ||
          // "@above_mean[count]": the placeholder asks the count; "mean" names the bar compared with.
          /^(?:count|number|num|n)$/i.test(context.slot.placeholder.trim())) &&
        words.some((word) => COMPARED.has(word))
      );
    },
    compute: (context) => ({
      value: String(context.rows.length),
      note: `count of rows${countedNoun(context.question)}${context.groupNote ?? ''}`,
      columns: [],
      rows: context.rows,
    }),
  },
  {
    // "How many times does the least common Result appear?": the rows of the value at the end asked.
    name: 'count of the most or least frequent value',
    // The slot itself asks for a count: "how many" elsewhere in the question may be another slot's.
    applies: (_words, context) =>
      FREQUENCY_ASKED.test(context.question) &&
      has(slotWords(context.slot), 'count', 'number', 'num', 'times', 'frequency', 'occurrence') &&
      !has(slotWords(context.slot), 'total', 'all', 'row', 'rows') &&
      frequencyCount(context) !== undefined,
    compute: (context) => frequencyCount(context)!,
  },
  {
    // scipy.stats.zscore (ddof=0 unless the sample standard deviation is stated), then its min or max.
    name: 'extreme z-score',
    applies: (words, context) =>
      (has(words, 'zscore') || (has(words, 'z') && /z-?scores?\b/i.test(context.text))) &&
      has(words, 'min', 'minimum', 'lowest', 'smallest', 'max', 'maximum', 'highest', 'largest'),
    compute: (context) => {
      const low = has(slotWords(context.slot), 'min', 'minimum', 'lowest', 'smallest');
      const sample = /sample standard deviation|ddof\s*=\s*1/i.test(context.text);
      return statistic(`${low ? 'minimum' : 'maximum'} z-score`, (values) => {
        const m = mean(values);
        const sd = standardDeviation(values, !sample);
        const scores = values.map((value) => (value - m) / sd);
        return low ? Math.min(...scores) : Math.max(...scores);
      })(context);
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
        totalOfColumn(context)),
    compute: statistic('sum', (values) => values.reduce((a, b) => a + b, 0)),
  },
  {
    name: 'groups against the overall mean',
    applies: (words, context) =>
      has(words, 'count', 'number', 'num', 'how') &&
      has(words, 'higher', 'lower', 'above', 'below', 'greater', 'less', 'more', 'fewer') &&
      /\boverall (?:average|mean)\b/i.test(context.text) &&
      groupedColumn(context) !== undefined,
    compute: (context) => {
      const label = groupedColumn(context)!;
      const measure = context.measures.find((name) => name !== label) ?? needMeasure(context);
      const { rows, values } = numbersOf(context.frame, measure, [...context.rows]);
      const overall = mean(values);
      const labels = cellsOf(context.frame, label);
      const cells = cellsOf(context.frame, measure);
      const groups = new Map<string, number[]>();
      for (const row of rows) {
        const key = labels[row];
        if (key === null || key === undefined) continue;
        const list = groups.get(String(key)) ?? [];
        list.push(cells[row] as number);
        groups.set(String(key), list);
      }
      // "more or less than twice the overall average": above 2× and below ½ of it.
      const factor =
        (/\b(twice|double)\b/i.exec(context.text) && 2) ||
        Number(/\b(\d+(?:\.\d+)?) times (?:the )?overall\b/i.exec(context.text)?.[1] ?? 1);
      const higher = has(slotWords(context.slot), 'higher', 'above', 'greater', 'more');
      const means = [...groups.values()].map((list) => mean(list));
      const count = means.filter((value) =>
        higher ? value > overall * factor : value < overall / factor,
      ).length;
      return {
        value: String(count),
        note: `${label} groups whose mean ${measure} is ${higher ? 'higher than' : 'lower than'} ${factor === 1 ? '' : higher ? `${factor}× ` : `1/${factor} of `}the overall mean ${Number(overall.toPrecision(6))}: ${count} of ${groups.size}`,
        columns: [label, measure],
        rows,
      };
    },
  },
  {
    // "How many Points did the riders score altogether?": the question counts the column's units,
    // so the answer adds the column up rather than counting rows.
    name: 'total of the measure a question counts',
    applies: (words, context) =>
      has(words, 'count', 'number', 'num', 'total', 'how', 'sum') && countedMeasure(context) !== undefined,
    compute: (context) =>
      statistic('sum', (values) => values.reduce((a, b) => a + b, 0))({
        ...context,
        measures: [countedMeasure(context)!],
      }),
  },
  {
    name: 'count',
    applies: (words) => has(words, 'count', 'number', 'num', 'total', 'how'),
    compute: (context) => {
      // "@goals[sum]": a figure added up from a column, which a count of rows is not.
      if (/^sums?$/i.test(context.slot.placeholder.trim()))
        fail(
          'unsupported',
          `@${context.slot.name} asks for a sum, but no numeric column to add up was found.`,
          {
            hint: 'Name the column to add up, e.g. "the sum of the Goals column".',
          },
        );
      // "@fenced_percent": a share of the rows, which a count of them is not.
      if (has(slotWords(context.slot), 'percentage', 'percent', 'pct', 'proportion', 'fraction', 'share'))
        fail(
          'unsupported',
          `@${context.slot.name} asks for a share, but the builtin engine could only work out a count of rows.`,
          { hint: 'State the condition the share is of ("the percentage of rows where X is Y").' },
        );
      // "How many times does the most frequent Club appear?": the mode's count, which the count of
      // all rows in play is not.
      if (
        FREQUENCY_ASKED.test(context.question) &&
        !has(slotWords(context.slot), 'total', 'all', 'row', 'rows')
      ) {
        const counted = frequencyCount(context);
        if (counted) return counted;
        fail(
          'unsupported',
          `The question asks about the most (or least) frequent value, but @${context.slot.name} would count all ${context.rows.length} rows.`,
          {
            hint: 'Ask for the most frequent value and its count in words ("the most common X and how often it appears").',
          },
        );
      }
      // "How many passengers have a Cabin value recorded?": the cells present, which the rows are not.
      const sparse = sparseOwnColumn(context);
      if (sparse) {
        if (!NON_MISSING_ASKED.test(`${context.question}\n${context.text}`))
          fail(
            'unsupported',
            `@${context.slot.name} names ${sparse}, which is missing in some rows: the count of all rows and of its values differ.`,
            { hint: `Say "the number of non-missing ${sparse} values" or "the number of rows".` },
          );
        const cells = cellsOf(context.frame, sparse);
        const present = context.rows.filter((row) => cells[row] !== null);
        return {
          value: String(present.length),
          note: `count of non-missing ${sparse}${context.groupNote ?? ''}`,
          columns: [sparse],
          rows: present,
        };
      }
      // "How many unique hotel brands are there?": the distinct values, which the rows are not.
      if (DISTINCT_ASKED.test(context.question)) {
        const distinct = SLOT_RULES.find((rule) => rule.name === 'distinct count')!;
        const counted = distinctColumn(context);
        if (counted) return distinct.compute({ ...context, ownColumns: [counted], columns: [counted] });
        fail(
          'unsupported',
          `The question counts distinct values, but no column was found for @${context.slot.name}.`,
          {
            hint: 'Name the column whose distinct values are counted.',
          },
        );
      }
      // "@low[count]" where 'low' is a label the text gives to a range no step made: all rows are not that bin.
      const label = unmadeLabel(context);
      if (label)
        fail(
          'unsupported',
          `@${context.slot.name} names '${label}', which no column holds, so a count of all rows would not be its count.`,
          { hint: `Say how the rows labelled '${label}' are made (a bin with its range, a mapping).` },
        );
      return countOfRows(context);
    },
  },
];

/** A quoted label of the text that the slot's name spells out but no cell of any column holds. */
function unmadeLabel(context: SlotContext): string | undefined {
  const words = slotWords(context.slot);
  // The question and constraints; the format's quoted placeholders ('"count" is an integer') are no labels.
  const prose = context.text.split('\n').slice(0, -1).join('\n');
  const labels = [...prose.matchAll(/["'“‘]([A-Za-z][A-Za-z -]{0,30})["'”’]/g)]
    .map((match) => match[1]!.trim())
    .filter((label) => {
      const labelWords = wordsOf(label);
      return labelWords.length > 0 && labelWords.every((word) => words.includes(word));
    });
  if (labels.length === 0) return undefined;
  const held = new Set<string>();
  for (const column of context.frame.table.columns)
    for (const text of column.texts)
      held.add(
        String(text ?? '')
          .trim()
          .toLowerCase(),
      );
  for (const cells of context.frame.derived.values())
    for (const cell of cells) if (typeof cell === 'string') held.add(cell.trim().toLowerCase());
  const names = new Set(columnNames(context.frame).map((name) => name.toLowerCase()));
  // A part of a cell a step kept rows by ("contains 'Chief'") is used.
  const steps = context.frame.steps.join(' ').toLowerCase();
  return labels.find(
    (label) =>
      !held.has(label.toLowerCase()) &&
      !names.has(label.toLowerCase()) &&
      !steps.includes(JSON.stringify(label.toLowerCase())),
  );
}

/**
 * The column whose distinct values "how many unique hotel brands" counts: the one named by the
 * phrase's last word ("brands" → brand_name), with the fewest other words when several hold it
 * (brand_name before parent_brand_name); else the slot's own column.
 */
function distinctColumn(context: SlotContext): string | undefined {
  const phrase =
    /\b(?:unique|distinct|different)\s+((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:are|were|is|was|in|of|there|does|do|did|have|has|appear|exist|per|for|across|among)\b|[?.,;]|$)/i.exec(
      context.question,
    )?.[1];
  const head = phrase ? wordsOf(phrase).at(-1) : undefined;
  if (head) {
    const named = columnNames(context.frame)
      .filter((name) => wordsOf(name).includes(head))
      .sort((a, b) => wordsOf(a).length - wordsOf(b).length);
    const fewest = named[0] ? wordsOf(named[0]).length : 0;
    if (named.length > 0)
      return named.filter((name) => wordsOf(name).length === fewest).length === 1 ? named[0] : undefined;
  }
  return context.ownColumns.length === 1 ? context.ownColumns[0] : undefined;
}

/** Wording that counts a column's values that are present. */
const NON_MISSING_ASKED =
  /\b(?:non-?missing|not missing|non-?null|not null|non-?empty|not empty|recorded|available|known|present|filled in)\b|\b(?:have|has|with) (?:a|an) [\w ]{1,30}? value\b|\.count\(\)/i;

/**
 * A column the slot names that has missing cells among the rows in play and that no step used
 * (a filter on it would have said which rows count): its values and the rows differ in number.
 */
function sparseOwnColumn(context: SlotContext): string | undefined {
  return context.ownColumns.find((name) => {
    if (context.frame.steps.some((step) => step.includes(name))) return false;
    if (context.group?.column === name) return false;
    const cells = cellsOf(context.frame, name);
    return context.rows.some((row) => cells[row] === null);
  });
}

/** A count of distinct values: "how many unique brands", "the number of different cities". */
const DISTINCT_ASKED =
  /\b(?:how many|number of|count of|count the)\s+(?:the\s+)?(?:unique|distinct|different)\b/i;

/**
 * The number of rows the most or least frequent value of the label column the question names
 * holds ("how many times does the most frequent Club appear" → Club's mode's rows; "the least
 * common Venue" → the smallest count, however many values share it); undefined when the
 * question names no end or no named text column has repeated values.
 */
function frequencyCount(context: SlotContext): SlotResult | undefined {
  const end = frequencyEnd(context.question, slotWords(context.slot));
  if (!end) return undefined;
  const name = context.columns.find((column) => {
    if (isNumericColumn(context.frame, column)) return false;
    const cells = cellsOf(context.frame, column);
    const present = context.rows.map((row) => cells[row]).filter((cell) => cell !== null);
    return new Set(present.map(String)).size < present.length;
  });
  if (!name) return undefined;
  const cells = cellsOf(context.frame, name);
  const column = context.rows.map((row) => cells[row] ?? null);
  const least = end === 'least' ? leastFrequent(column) : undefined;
  const value = least ? least.values[0]! : modeOf(column);
  const hits = context.rows.filter((row) => cells[row] === value);
  const which = least
    ? `the least frequent ${name} (${least.values.length > 1 ? `${least.values.length} values tie` : JSON.stringify(value)}, ${hits.length} rows each)`
    : `the most frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)`;
  return {
    value: String(hits.length),
    note: `count of rows of ${which}${context.groupNote ?? ''}`,
    columns: [name],
    rows: hits,
  };
}

/**
 * The columns whose missing cells a slot naming none counts: those the question names in full
 * ("the Length (mi) column"), leaving out the group's and the conditions' columns; every column
 * when it names none ("missing values in the dataset").
 */
function missingCountColumns(context: SlotContext): string[] {
  const named = findMentions(context.frame, context.question)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)
    .filter(
      (name) =>
        name !== context.group?.column &&
        !context.frame.conditions.some((condition) => condition.column === name),
    );
  return named.length > 0 ? [...new Set(named)] : columnNames(context.frame);
}

/** The least frequent value of a column; refused when several values share the smallest count. */
function leastFrequentValue(context: SlotContext, name: string): SlotResult {
  const cells = cellsOf(context.frame, name);
  const least = leastFrequent(context.rows.map((row) => cells[row] ?? null));
  if (!least)
    fail('unsupported', `${name} holds no values for @${context.slot.name}.`, {
      hint: 'Name a column with values in the question.',
    });
  if (least.values.length > 1)
    fail(
      'unsupported',
      `${least.values.length} values of ${name} share the smallest count (${least.count} rows each), so @${context.slot.name} has no one answer.`,
      { hint: 'Ask for the smallest count, or for the values as a list.' },
    );
  return frequentValueAnswer(context, name, least.values[0]!, 'least');
}

/** The most or least frequent value of a column, or how many rows hold it when the slot asks for a count. */
function frequentValueAnswer(
  context: SlotContext,
  name: string,
  value: Cell,
  end: 'most' | 'least',
): SlotResult {
  const cells = cellsOf(context.frame, name);
  const hits = context.rows.filter((row) => cells[row] === value);
  const counted = has(slotWords(context.slot), 'count', 'frequency', 'number', 'times', 'occurrence');
  return {
    value: counted
      ? String(hits.length)
      : typeof value === 'number'
        ? writeNumber(value, context.slot.decimals ?? (Number.isInteger(value) ? 0 : undefined))
        : String(value),
    note: `${end} frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)${context.groupNote ?? ''}`,
    columns: [name],
    rows: hits,
  };
}

function countOfRows(context: SlotContext): SlotResult {
  return {
    value: String(context.rows.length),
    // "How many centuries …": the rows are what the question counts.
    note: `count of rows${countedNoun(context.question)}${context.groupNote ?? ''}`,
    columns: [],
    rows: context.rows,
  };
}

/** Slot words that say a count is of rows compared with a value ("num_above_mean"). */
const COMPARED = new Set(
  'above below over under greater less more fewer exceeding exceed higher lower taller shorter older younger'.split(
    ' ',
  ),
);

/** "the total attendance": the word "total" right before a numeric column's name. */
function totalOfColumn(context: SlotContext): boolean {
  const after = /\btotal\s+(.{2,60})/i.exec(context.question)?.[1];
  if (!after) return false;
  const first = findMentions(context.frame, after)[0];
  return first !== undefined && first.position === 0 && context.measures.includes(first.column);
}

/**
 * The share of the rows left that meet the counted condition: the condition named last ("hotels
 * in Paris that have 5 stars"), or the one asked for; the others make the base.
 */
function shareOfRows(context: SlotContext, asked?: string): SlotResult {
  // The condition named last is what is counted ("hotels in Paris that have 5 stars"); the
  // others make the base.
  const words = wordsOf(context.question);
  const spoken = (name: string) => {
    const target = wordsOf(name);
    let at = -1;
    for (let start = 0; start + target.length <= words.length; start++)
      if (target.every((word, k) => words[start + k] === word)) at = start;
    return at;
  };
  const columns = [...new Set(context.frame.conditions.map((condition) => condition.column))];
  const counted = asked ?? columns.reduce((best, name) => (spoken(name) >= spoken(best) ? name : best));
  // A slot named for the counted value ("manobo_share") keeps the whole base: its group is
  // what is counted, not a narrower base.
  const group = context.group?.column === counted ? undefined : context.group;
  const groupCells = group ? cellsOf(context.frame, group.column) : [];
  const base = (rowsWithout(context.frame, counted) ?? []).filter(
    (row) => !group || groupCells[row] === group.value,
  );
  if (base.length === 0)
    fail('unsupported', `No rows are left to take @${context.slot.name} of.`, {
      hint: 'Check the conditions in the question.',
    });
  // "the percentage of the skaters who finished that were …": a base narrowed by a clause no
  // condition carried out would be the whole table.
  const clause = BASE_CLAUSE.exec(context.question);
  if (clause && context.frame.conditions.every((condition) => condition.column === counted))
    fail(
      'unsupported',
      `The share's base "${clause[0]}" names rows no step picked out, so @${context.slot.name} would be taken over every row.`,
      { hint: 'State the base as a condition on a column ("rows where Time is not DQ").' },
    );
  const percent = asksPercent(context);
  return numberResult(
    context,
    (context.rows.length / base.length) * (percent ? 100 : 1),
    `${percent ? 'percentage' : 'share'} of ${base.length} rows meeting the condition on ${counted}: ${context.rows.length}${group ? context.groupNote : ''}`,
    [counted],
    context.rows,
  );
}

/**
 * A share's base narrowed by a relative clause before the counted part: "the percentage of the
 * skaters who finished were …", "the share of games that went long had …".
 */
const BASE_CLAUSE =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:the\s+|all\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:who|that|which)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:were|was|are|is|had|have|did|does|do)\b/i;

/** A comparison that makes "how many X" a count of rows ("how many Points values above 10"). */
const ROW_COMPARISON =
  /\b(?:more|fewer|less|greater|higher|lower|larger|smaller)\s+than\b|\b(?:at least|at most|above|below|over|under|exceed\w*|between|equal to)\b|\bor (?:more|less|fewer|greater|higher|lower|over|under|above|below)\b/i;

/**
 * The numeric column a "how many" question names right after its count words ("how many Points
 * did … score"): a measure named in full, not an identifier, with no comparison that would make
 * the question count rows instead.
 */
function countedMeasure(context: SlotContext): string | undefined {
  const after = /\bhow many\s+(.{2,80})/i.exec(context.question)?.[1];
  if (!after || ROW_COMPARISON.test(context.question)) return undefined;
  const first = findMentions(context.frame, after)[0];
  if (first?.position !== 0 || first.strength < 1) return undefined;
  // "how many stages" over a Stage column counts the rows, each a stage.
  const name = first.column.toLowerCase();
  if (!name.endsWith('s') && new RegExp(`^\\W*${escapeRegExp(name)}s\\b`, 'i').test(after)) return undefined;
  const type = context.frame.table.columns.find((column) => column.name === first.column)?.type;
  return isNumericColumn(context.frame, first.column) && type !== 'identifier' && type !== 'category'
    ? first.column
    : undefined;
}

/** The noun a question counts ("how many centuries", "the number of players"), as " (centuries)". */
function countedNoun(question: string): string {
  const noun = /\b(?:how many|number of)\s+(?!(?:unique|distinct|different)\b)([a-z]{3,})\b/i.exec(
    question,
  )?.[1];
  return noun ? ` (${noun.toLowerCase()})` : '';
}
