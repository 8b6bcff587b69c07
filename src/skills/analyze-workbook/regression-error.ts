/**
 * @module regression-error
 * The root mean squared error of a simple linear regression: over the rows it was fitted on
 * when the text states no split, else fitted on the training rows and scored on the test rows
 * of a split the text states in full and without chance ("the first 30 rows for training and
 * the rest for testing", "training rows: Year 1999 or earlier; test rows: after 1999"). A random
 * split (sklearn's train_test_split, a seed, a shuffle) cannot be repeated here and is refused.
 */
import { fail } from '../../lib/errors.ts';
import { seededSplit } from '../../lib/numpy-permutation.ts';
import { cellsOf, findMentions, isNumericColumn, pairsOf } from './analysis-frame.ts';
import { statedPredictors } from './multiple-regression.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';
import { regressionPair } from './statistic-tests.ts';
import { regression } from './stats.ts';

/** A split whose rows depend on chance. */
export const RANDOM_SPLIT =
  /\brandom|\bshuffl|train_test_split|random_state|\bseed\b|cross[- ]validat|k-?fold/i;
/** Chance the seed cannot pin down: folds, repeated shuffles. */
export const UNREPEATABLE = /cross[- ]validat|k-?fold|\bfolds?\b|\bshuffl|bootstrap/i;

/** The seed of a random split: "random seed of 42", "random_state=42", "seed 7", "random state set to 0". */
function statedSeed(text: string): number | undefined {
  const found =
    /\b(?:random[ _]?state|random seed|seed)\s*(?:=|:|of|is|to|set to|equal to|value of)?\s*(\d{1,10})\b/i.exec(
      text,
    );
  return found ? Number(found[1]) : undefined;
}

/**
 * The share of rows a random split tests on: "test_size=0.2", "a test size of 0.3", "30% for
 * testing", "a 70-30 split" (training first, as written), "80% for training" (the rest tests), or
 * scikit-learn's default of a quarter when train_test_split is named with no size.
 */
function statedTestShare(text: string): number | undefined {
  const size = /\btest[ _]size\s*(?:=|:|of|is)?\s*(0?\.\d+)/i.exec(text);
  if (size) return Number(size[1]);
  const testPercent =
    /(\d{1,2})\s*(?:%|percent)\s*(?:of the (?:data|rows|dataset)\s*)?(?:for|as|in)\s*(?:the\s*)?(?:test|testing)\b/i.exec(
      text,
    );
  if (testPercent) return Number(testPercent[1]) / 100;
  // "a 70-30 split", "(70/30, random_state=1)", "80:20 train/test": two shares adding up to 100, training first.
  for (const pair of text.matchAll(/(?<![\d.])(\d{1,2})\s*%?\s*[-/:–]\s*(\d{1,2})\s*%?(?![\d.])/g))
    if (Number(pair[1]) + Number(pair[2]) === 100) return Number(pair[2]) / 100;
  const trainPercent =
    /(\d{1,2})\s*(?:%|percent)\s*(?:of the (?:data|rows|dataset)\s*)?(?:for|as|in)\s*(?:the\s*)?train(?:ing)?\b/i.exec(
      text,
    );
  if (trainPercent) return (100 - Number(trainPercent[1])) / 100;
  return /train_test_split/i.test(text) ? 0.25 : undefined;
}

/** A random split the text states with its seed and sizes, as train_test_split draws it. */
export function seededRandomSplit(text: string, rows: readonly number[]): Split | undefined {
  if (UNREPEATABLE.test(text)) return undefined;
  const seed = statedSeed(text);
  const share = statedTestShare(text);
  if (seed === undefined || share === undefined || !(share > 0 && share < 1)) return undefined;
  const { train, test } = seededSplit(rows, share, seed);
  return {
    train,
    test,
    note: `a random split as train_test_split(test_size=${share}, random_state=${seed}) draws it: fitted on ${train.length} rows, scored on ${test.length}`,
  };
}
/** The text speaks of training and testing at all. */
export const SPLIT_WORDS =
  /\btrain(?:ing|ed)?\b|\btest(?:ing)? (?:rows|set|data|part|portion)\b|\btest it\b|\bsplit\b|\bhold[- ]?out\b/i;

export type Split = { train: number[]; test: number[]; note: string };

/** "the first 30 rows" or "the first 80%" for training, the rest (in table order) for testing. */
export function leadingRowsSplit(text: string, rows: readonly number[]): Split | undefined {
  const first =
    /\bfirst\s+(\d+(?:\.\d+)?)\s*(%|percent\b)?\s*(?:of\s+the\s+)?(?:rows|records|observations|entries|data)?[^.;]{0,60}?\btrain/i.exec(
      text,
    );
  if (!first) return undefined;
  const n = first[2] ? Math.floor((rows.length * Number(first[1])) / 100) : Number(first[1]);
  if (!Number.isInteger(n) || n < 3 || n >= rows.length) return undefined;
  return {
    train: rows.slice(0, n),
    test: rows.slice(n),
    note: `fitted on the first ${n} rows, scored on the other ${rows.length - n}`,
  };
}

/**
 * "training rows: Year 1999 or earlier" (up to, at most, before) with the other rows for testing:
 * the column named right before the bound, in a clause about training.
 */
function boundSplit(context: SlotContext, text: string): Split | undefined {
  for (const [clause] of text.matchAll(/\btrain\w*[^.;\n]*/gi)) {
    const bound =
      /(\d+(?:\.\d+)?)\s+or\s+(earlier|before|less|lower|fewer)\b|\b(up to|at most|until|through|<=|≤|before|earlier than|below|under|<)\s*(\d+(?:\.\d+)?)/i.exec(
        clause,
      );
    if (!bound) continue;
    const value = Number(bound[1] ?? bound[4]);
    const inclusive = bound[1] !== undefined || /up to|at most|until|through|<=|≤/i.test(bound[3] ?? '');
    const lead = clause.slice(Math.max(0, bound.index - 30), bound.index);
    const column = findMentions(context.frame, lead)
      .map((mention) => mention.column)
      .filter((name) => isNumericColumn(context.frame, name) || typeOf(context, name) === 'date')
      .pop();
    if (!column) continue;
    const cells = cellsOf(context.frame, column);
    // A column of years reads each cell's year ("2005", "2005-03-01").
    const numberAt = (row: number) => {
      const cell = cells[row];
      return typeof cell === 'number'
        ? cell
        : typeof cell === 'string' && /^\d{4}\b/.test(cell)
          ? Number(cell.slice(0, 4))
          : Number.NaN;
    };
    const inTrain = (row: number) => (inclusive ? numberAt(row) <= value : numberAt(row) < value);
    // "test rows: Year after 1999" may have been read as a filter on the same column: the split
    // is over the rows before it.
    const frame = context.frame;
    const base =
      frame.start && frame.conditions.length > 0 && frame.conditions.every((item) => item.column === column)
        ? frame.start.filter((row) => !frame.dropped?.has(row))
        : context.rows;
    const train = base.filter(inTrain);
    const test = base.filter((row) => !Number.isNaN(numberAt(row)) && !inTrain(row));
    if (train.length === 0 || test.length === 0) continue;
    return {
      train,
      test,
      note: `fitted on the rows with ${column} ${inclusive ? '≤' : '<'} ${value}, scored on the other ${test.length}`,
    };
  }
  return undefined;
}

const typeOf = (context: SlotContext, name: string) =>
  context.frame.table.columns.find((column) => column.name === name)?.type;

/** Words that say a model has several predictors. */
const PLURAL_PREDICTORS =
  /\b(?:features|predictors|independent variables|explanatory variables|regressors|inputs)\b/i;

/** How a regression's predictions are scored against the test rows. */
export type RegressionScore = 'rmse' | 'mse' | 'mae' | 'r2';

const SCORE_NAMES: Record<RegressionScore, string> = {
  rmse: 'RMSE',
  mse: 'mean squared error (MSE)',
  mae: 'mean absolute error (MAE)',
  r2: 'R² on the scored rows',
};

/** The error (or R²) of the simple regression the text states, as a slot's answer. */
export function regressionRmse(context: SlotContext, score: RegressionScore = 'rmse'): SlotResult {
  const text = context.text;
  // "A, B and C as features": a fit of one predictor would answer another model. Only a text
  // speaking of several predictors is read so ("regress Y on X with the years up to 2010" is one).
  const several = PLURAL_PREDICTORS.test(text) ? statedPredictors(context) : undefined;
  if (several)
    fail(
      'unsupported',
      `The text fits ${several.response} on ${several.predictors.join(', ')}, not on one predictor.`,
      {
        hint: 'Ask for the error of a regression on one column, or for the R² of the whole-table fit.',
      },
    );
  const { x, y } = regressionPair(context);
  const { rows } = pairsOf(context.frame, x, y, [...context.rows]);
  const seeded = RANDOM_SPLIT.test(text) ? seededRandomSplit(text, rows) : undefined;
  if (RANDOM_SPLIT.test(text) && !seeded)
    fail(
      'unsupported',
      'The text splits the rows at random without a seed and sizes the builtin engine can repeat.',
      {
        hint: 'State the seed and the sizes ("a 70-30 split with random_state=42"), the split in table order ("the first 30 rows for training") or by a value ("Year up to 1999").',
      },
    );
  const split =
    seeded ??
    (SPLIT_WORDS.test(text)
      ? (leadingRowsSplit(text, rows) ?? boundSplit({ ...context, rows }, text))
      : { train: rows, test: rows, note: `fitted and scored on all ${rows.length} rows` });
  if (!split || split.train.length < 3 || split.test.length < 1)
    fail(
      'unsupported',
      'The text speaks of training and test rows but the builtin engine cannot tell which rows.',
      {
        hint: 'State the split in table order ("the first 30 rows for training") or by a value ("Year up to 1999").',
      },
    );
  const fit = pairsOf(context.frame, x, y, split.train);
  const line = regression(fit.x, fit.y);
  const scored = pairsOf(context.frame, x, y, split.test);
  const residuals = scored.x.map((value, index) => scored.y[index]! - (line.intercept + line.slope * value));
  const meanOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mse = meanOf(residuals.map((value) => value ** 2));
  const spread = meanOf(scored.y.map((value) => (value - meanOf(scored.y)) ** 2));
  const value =
    score === 'rmse'
      ? Math.sqrt(mse)
      : score === 'mse'
        ? mse
        : score === 'mae'
          ? meanOf(residuals.map(Math.abs))
          : 1 - mse / spread;
  return numberResult(
    context,
    value,
    `${SCORE_NAMES[score]} of least squares ${y} = a + b·${x} (${split.note}; b = ${line.slope.toPrecision(4)}, a = ${line.intercept.toPrecision(4)})`,
    [x, y],
    [...split.train, ...split.test],
  );
}
