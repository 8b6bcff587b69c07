/**
 * @module slot-rules-regression
 * Slot rules for linear regression: its error, a prediction, its slope, intercept and R².
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { columnNames, pairsOf, rowsWithout, wordsOf } from './analysis-frame.ts';
import { multipleRegressionSlot, statedPredictors } from './multiple-regression.ts';
import { type RegressionScore, regressionRmse } from './regression-error.ts';
import { has, numberResult, type SlotContext, type SlotRule, slotWords } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';
import { regressionPair } from './statistic-tests.ts';
import { regression } from './stats.ts';

/** The text fits a straight line: "regress", "least squares", "numpy.polyfit", "fit a straight line". */
const FITTED_LINE =
  /regress|least squares|line of best fit|best[- ]fit line|trend ?line|\bpolyfit\b|\bstraight[- ]line\b|\bOLS\b/i;

/** A slot named for R² (r2, r_squared, R2_score). */
const R_SQUARED = /(?:^|_)r_?(?:2|sq|squared)(?:_|$)/i;

/** Placeholders that name a part of a fitted line ("@gradient[b1]", "@alpha[intercept]", "@fit_quality[r2]"). */
const PLACEHOLDER_PARTS: readonly [RegExp, FitPart][] = [
  [/^(?:intercept|b_?0|beta_?0|const(?:ant)?)$/i, 'intercept'],
  [/^(?:r_?2|r_?sq(?:uared)?|r²)$/i, 'r2'],
  [/^(?:slope|b_?1|beta_?1|coef(?:ficient)?|gradient)$/i, 'slope'],
];

type FitPart = 'slope' | 'intercept' | 'r2';

/**
 * The part of a fitted line a slot names, by its words ("constant term", "goodness of fit",
 * "explained variance", "gradient") or else by its placeholder; undefined when it names none.
 */
function fitPart(slot: SlotContext['slot']): FitPart | undefined {
  const words = readSlotName(slot.name);
  if (has(words, 'intercept', 'constant')) return 'intercept';
  if (
    has(words, 'squared', 'r2', 'rsquared', 'determination', 'goodness') ||
    R_SQUARED.test(slot.name) ||
    (has(words, 'explained') && has(words, 'variance')) ||
    (has(words, 'fit') && has(words, 'quality'))
  )
    return 'r2';
  if (has(words, 'slope', 'gradient')) return 'slope';
  return PLACEHOLDER_PARTS.find(([pattern]) => pattern.test(slot.placeholder.trim()))?.[1];
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

/**
 * "a player with 150 hits" for number_of_hits: the value before the last word of the predictor's
 * name, when no other column's name ends in that word.
 */
function statedPointByLastWord(context: SlotContext, column: string): number | undefined {
  const last = wordsOf(column).at(-1);
  if (last === undefined || last.length < 3) return undefined;
  const others = columnNames(context.frame).filter(
    (name) => name !== column && wordsOf(name).at(-1) === last,
  );
  if (others.length > 0) return undefined;
  const found = new RegExp(`(?:^|[^\\w.])(-?\\d+(?:\\.\\d+)?)\\s+${escapeRegExp(last)}s?\\b`, 'i').exec(
    context.text,
  );
  return found ? Number(found[1]) : undefined;
}

/** A split into training and test rows, stated in any way (regression-error.ts reads which). */
const SPLIT_STATED =
  /\btrain(?:ing)?\b[^.]*\btest(?:ing)?\b|\btest(?:ing)?\b[^.]*\btrain(?:ing)?\b|train_test_split/i;

/**
 * The score a slot asks of a regression: RMSE, mean squared error ("mse", "@Mean_Squared_Error"),
 * mean absolute error, or R² when the text splits rows into training and test rows (without a
 * split, R² is the fit's own, below).
 */
function errorScore(words: readonly string[], context: SlotContext): RegressionScore | undefined {
  const text = context.text;
  if (has(words, 'rmse') || (has(words, 'error') && /root mean squared? error/i.test(text))) return 'rmse';
  if (has(words, 'mse') || (has(words, 'squared') && has(words, 'error'))) return 'mse';
  if (
    has(words, 'error') &&
    /\bmean squared? error\b|\bmse\b/i.test(text) &&
    !/root mean squared? error|\brmse\b/i.test(text)
  )
    return 'mse';
  if (has(words, 'mae') || (has(words, 'absolute') && has(words, 'error'))) return 'mae';
  if (
    SPLIT_STATED.test(text) &&
    (has(words, 'r2', 'rsquared', 'determination') || R_SQUARED.test(context.slot.name))
  )
    return 'r2';
  return undefined;
}

/** Regression rules, most specific first. */
export const REGRESSION_RULES: readonly SlotRule[] = [
  {
    name: 'error of a linear regression',
    applies: (words, context) =>
      /regress|least squares/i.test(context.text) && errorScore(words, context) !== undefined,
    compute: (context) => regressionRmse(context, errorScore(slotWords(context.slot), context)),
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
      const at = statedPoint(context.text, x) ?? statedPointByLastWord(context, x);
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
      FITTED_LINE.test(context.text) &&
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
        R_SQUARED.test(context.slot.name) ||
        fitPart(context.slot) !== undefined),
    compute: (context) => {
      const words = slotWords(context.slot);
      const part =
        fitPart(context.slot) ??
        (has(words, 'intercept')
          ? 'intercept'
          : has(words, 'squared', 'r2', 'rsquared', 'determination')
            ? 'r2'
            : 'slope');
      const several = statedPredictors(context);
      if (several) return multipleRegressionSlot(context, several, part === 'slope' ? 'coefficient' : part);
      const { x, y } = regressionPair(context);
      const { rows, x: xs, y: ys } = pairsOf(context.frame, x, y, [...context.rows]);
      const fit = regression(xs, ys);
      const value = part === 'intercept' ? fit.intercept : part === 'r2' ? fit.r2 : fit.slope;
      return numberResult(
        context,
        value,
        `least squares ${y} = a + b·${x} over ${rows.length} rows (b = ${fit.slope.toPrecision(4)}, a = ${fit.intercept.toPrecision(4)}, R² = ${fit.r2.toFixed(3)})`,
        [x, y],
        rows,
      );
    },
  },
];
