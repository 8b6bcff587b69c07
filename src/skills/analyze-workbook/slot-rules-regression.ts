/**
 * @module slot-rules-regression
 * Slot rules for linear regression: its error, a prediction, its slope, intercept and R².
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { pairsOf, rowsWithout } from './analysis-frame.ts';
import { multipleRegressionSlot, statedPredictors } from './multiple-regression.ts';
import { type RegressionScore, regressionRmse } from './regression-error.ts';
import { has, numberResult, type SlotContext, type SlotRule, slotWords } from './slot-context.ts';
import { regressionPair } from './statistic-tests.ts';
import { regression } from './stats.ts';

/** A slot named for R² (r2, r_squared, R2_score). */
const R_SQUARED = /(?:^|_)r_?(?:2|sq|squared)(?:_|$)/i;

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
];
