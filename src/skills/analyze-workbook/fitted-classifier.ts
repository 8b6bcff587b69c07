/**
 * @module fitted-classifier
 * Slots of a logistic regression the text states in full, as scikit-learn fits it with its
 * defaults (L2, C = 1, lbfgs to its optimum): the features and the target named ("Use "Tclass" and
 * "Price" as features and "Visited" as the target", "Features: A, B. Target: C"), the rows split
 * by a seeded train_test_split, in table order, or not at all, an optional StandardScaler fitted
 * on the training rows, and the slot asking for accuracy, precision, recall, F1, specificity, a
 * confusion count, the count of predicted positives, the intercept, a named feature's coefficient,
 * its sign or its odds ratio. Everything else about such a question is refused: another model, a
 * split or a fold the seed cannot pin down, another scaler or solver, a target that is not 0/1.
 */
import { fail } from '../../lib/errors.ts';
import { type Cell, cellsOf, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { classificationScores } from './classification-metrics.ts';
import { fitLogistic, logisticLabel } from './logistic-regression.ts';
import { namedPredictor } from './multiple-regression.ts';
import {
  leadingRowsSplit,
  RANDOM_SPLIT,
  SPLIT_WORDS,
  type Split,
  seededRandomSplit,
  UNREPEATABLE,
} from './regression-error.ts';
import {
  has,
  numberResult,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
} from './slot-context.ts';

/** Models whose fit hangs on chance or on settings the builtin engine does not repeat. */
const OTHER_MODELS =
  /random forest|decision tree|gradient boost|xgboost|lightgbm|neural|\bmlp|perceptron|\bsvm\b|\bsvc\b|support vector|nearest neighbou?r|\bknn\b|naive bayes|k-?means|cluster|ensemble|bagging|adaboost/i;

/** The text asks for a logistic regression and no model or resampling this module cannot repeat. */
export function statesLogisticRegression(text: string): boolean {
  return /logistic ?regression/i.test(text) && !OTHER_MODELS.test(text) && !UNREPEATABLE.test(text);
}

/** Settings that change the fit from scikit-learn's defaults in ways not repeated here. */
const OTHER_SETTINGS =
  /liblinear|\bsaga\b|\bsag\b|newton-cg|newton-cholesky|penalty\s*=\s*["']?(?:l1|elasticnet)|\bl1\b|elastic ?net|lasso|class_weight|balanced|multinomial|fit_intercept\s*=\s*false|polynomial|interaction|minmax|min-max|normali[sz]|rescal|robustscaler|one-?hot|get_dummies|dummy|encod/i;
const STANDARD_SCALING = /standardscaler|standardi[sz]|z-?scores?|unit variance/i;

const ROLE = '(?:features?|predictors?|independent variables?|explanatory variables?|inputs?|regressors?)';
const TARGET = '(?:target|response|label|dependent variable|outcome|class variable)';

/** Numeric columns a phrase names, in its order. */
function namedColumns(context: SlotContext, phrase: string): string[] {
  return [
    ...new Set(
      findMentions(context.frame, phrase)
        .map((mention) => mention.column)
        .filter((name) => isNumericColumn(context.frame, name) || isBinaryColumn(context, name)),
    ),
  ];
}

/** A phrase's part before a later role word or a step ("and Visited as the target"). */
const cut = (phrase: string) =>
  phrase.split(new RegExp(`\\b(?:${TARGET}|scaled|standardi[sz]ed|as the|split|use|drop)\\b`, 'i'))[0]!;

/** The features and the target the text names; undefined when it does not name both. */
export function statedModel(context: SlotContext): { features: string[]; target: string } | undefined {
  const text = context.text;
  let target: string | undefined;
  for (const found of [
    ...text.matchAll(new RegExp(`([^.;:\\n]{1,80}?)\\s+as\\s+(?:the\\s+|its\\s+)?${TARGET}\\b`, 'gi')),
  ]) {
    const columns = namedColumns(context, found[1]!.replace(/^.*\b(?:and|with|use|using)\s+/i, ''));
    if (columns.length === 1) {
      target = columns[0];
      break;
    }
  }
  if (target === undefined)
    for (const found of text.matchAll(
      new RegExp(`\\b${TARGET}(?:\\s+(?:variable|column))?\\s*(?::|is|=)?\\s*([^.;,()\\n]{1,60})`, 'gi'),
    )) {
      const columns = namedColumns(context, found[1]!);
      if (columns.length === 1) {
        target = columns[0];
        break;
      }
    }
  if (target === undefined) return undefined;
  const candidates = [
    ...[
      ...text.matchAll(
        new RegExp(`([^.;:\\n]{1,200}?)\\s+as\\s+(?:the\\s+|its\\s+)?(?:only\\s+)?${ROLE}\\b`, 'gi'),
      ),
    ].map((found) => found[1]!.replace(/^.*\b(?:with|use|using)\s+/i, '')),
    ...[
      ...text.matchAll(
        new RegExp(`\\b${ROLE}(?:\\s+(?:variables?|columns?))?\\s*(?::|are|=)?\\s*([^.;()\\n]{1,200})`, 'gi'),
      ),
    ].map((found) => cut(found[1]!)),
  ];
  for (const phrase of candidates) {
    const features = namedColumns(context, phrase).filter((name) => name !== target);
    if (features.length > 0 && features.every((name) => isNumericColumn(context.frame, name)))
      return { features, target };
  }
  return undefined;
}

/** A cell read as a 0/1 label: 0 and 1, true and false. */
function label(cell: Cell): 0 | 1 | undefined {
  if (cell === 0 || cell === 1) return cell;
  if (typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (word === 'true') return 1;
    if (word === 'false') return 0;
  }
  return undefined;
}

function isBinaryColumn(context: SlotContext, name: string): boolean {
  const cells = cellsOf(context.frame, name).filter((cell) => cell !== null);
  return cells.length > 0 && cells.every((cell) => label(cell) !== undefined);
}

/**
 * A column's cells before the question's own steps standardized it in place: the scaler here is
 * fitted on the training rows, not on every row. A column the steps changed otherwise (missing
 * cells filled) is taken as they left it; one both filled and standardized is refused.
 */
function rawCells(context: SlotContext, name: string): Cell[] {
  const frame = context.frame;
  const own = frame.table.columns.some((column) => column.name === name);
  const changed = frame.derived.get(name);
  if (!own || !changed) return cellsOf(frame, name);
  const derived = new Map(frame.derived);
  derived.delete(name);
  const before = cellsOf({ ...frame, derived }, name);
  const values = context.rows.map((row) => changed[row]).filter((cell) => typeof cell === 'number');
  const average = values.reduce((total, value) => total + value, 0) / values.length;
  const spread = Math.sqrt(
    values.reduce((total, value) => total + (value - average) ** 2, 0) / values.length,
  );
  const standardized = values.length > 1 && Math.abs(average) < 1e-6 && Math.abs(spread - 1) < 0.01;
  if (!standardized) return changed;
  if (context.rows.some((row) => typeof changed[row] === 'number' && typeof before[row] !== 'number'))
    refuse(
      `The question's steps filled and standardized ${name} over every row; the builtin engine fits the scaler on the training rows only.`,
      'Drop the rows with missing values instead, or ask without the scaler.',
    );
  return before;
}

/** Words that say rows lacking a value are left out. */
const ROWS_LEFT_OUT =
  /missing|\bdrop|dropna|\bnan\b|\bnull|\bknown\b|\bwithout\b|\bremov|\bexclud|\bcomplete\b|non-?missing|\bavailable\b|\bblank|\bempty/i;

function refuse(message: string, hint: string): never {
  fail('unsupported', message, { hint });
}

/** How the rows are split: a seeded random split, one in table order, or none. */
function splitOf(text: string, rows: readonly number[]): Split {
  if (
    /\b(?:no|without(?: a| any)?)\s+(?:train[/ -]test\s+|train-test\s+)?split\b|\bon (?:every|all) rows?\b|whole (?:table|dataset|data)/i.test(
      text,
    )
  )
    return { train: [...rows], test: [...rows], note: `fitted and scored on all ${rows.length} rows` };
  if (RANDOM_SPLIT.test(text)) {
    const seeded = seededRandomSplit(text, rows);
    if (!seeded)
      refuse(
        'The text splits the rows at random without a seed and sizes the builtin engine can repeat.',
        'State the seed and the test size ("test_size=0.3, random_state=42").',
      );
    return seeded;
  }
  if (SPLIT_WORDS.test(text)) {
    const ordered = leadingRowsSplit(text, rows);
    if (!ordered)
      refuse(
        'The text speaks of training and test rows but the builtin engine cannot tell which rows.',
        'State the split with its seed and test size, or in table order ("the first 600 rows for training").',
      );
    return ordered;
  }
  return { train: [...rows], test: [...rows], note: `fitted and scored on all ${rows.length} rows` };
}

/** The inverse penalty strength the text states (C = 0.5), Infinity for no penalty, else scikit-learn's 1. */
function penaltyOf(text: string): number {
  if (/penalty\s*=\s*["']?none|no (?:regulari[sz]ation|penalty)|unregulari[sz]ed|unpenali[sz]ed/i.test(text))
    return Number.POSITIVE_INFINITY;
  const stated = /(?<![\w.])c\s*=\s*(\d+(?:\.\d+)?(?:e-?\d+)?)/i.exec(text);
  return stated ? Number(stated[1]) : 1;
}

type Asked =
  | { kind: 'score'; score: 'accuracy' | 'precision' | 'recall' | 'f1' | 'specificity' }
  | {
      kind: 'count';
      count: 'truePositives' | 'falsePositives' | 'trueNegatives' | 'falseNegatives' | 'predicted';
    }
  | { kind: 'intercept' }
  | { kind: 'coefficient'; as: 'value' | 'sign' | 'odds' };

/** What a slot asks of the fit, from its own words; undefined when it names nothing this module gives. */
function askedOf(words: readonly string[], options: readonly string[], target: string): Asked | undefined {
  if (has(words, 'f1', 'fscore', 'f1score') || (has(words, 'f') && has(words, 'score', 'measure')))
    return { kind: 'score', score: 'f1' };
  if (has(words, 'precision', 'ppv')) return { kind: 'score', score: 'precision' };
  if (has(words, 'recall', 'sensitivity', 'tpr')) return { kind: 'score', score: 'recall' };
  if (has(words, 'specificity', 'tnr')) return { kind: 'score', score: 'specificity' };
  if (has(words, 'accuracy', 'acc')) return { kind: 'score', score: 'accuracy' };
  const positive = has(words, 'positive', 'positives');
  const negative = has(words, 'negative', 'negatives');
  const sign =
    has(words, 'sign', 'direction') || options.some((option) => /^(?:positive|negative)$/i.test(option));
  if (has(words, 'coefficient', 'coef', 'coefficients', 'weight', 'odds', 'sign'))
    return { kind: 'coefficient', as: sign ? 'sign' : has(words, 'odds') ? 'odds' : 'value' };
  if (has(words, 'intercept', 'bias')) return { kind: 'intercept' };
  if (has(words, 'true', 'false') && positive !== negative) {
    const truth = has(words, 'true');
    return {
      kind: 'count',
      count: positive
        ? truth
          ? 'truePositives'
          : 'falsePositives'
        : truth
          ? 'trueNegatives'
          : 'falseNegatives',
    };
  }
  // "@predicted_visitors" of the target Visited: the rows predicted to be in the positive class.
  const targetStems = wordsOf(target)
    .filter((word) => word.length >= 5)
    .map((word) => word.slice(0, 5));
  if (
    has(words, 'predicted', 'predict', 'predictions') &&
    !negative &&
    (positive || words.some((word) => targetStems.includes(word.slice(0, 5))))
  )
    return { kind: 'count', count: 'predicted' };
  return undefined;
}

/** One slot of the logistic regression the text states. */
export function classifierSlot(context: SlotContext): SlotResult {
  const text = context.text;
  if (OTHER_SETTINGS.test(text))
    refuse(
      'The logistic regression asks for a solver, penalty, scaler or encoding the builtin engine does not repeat.',
      "Ask for scikit-learn's defaults (L2, C=1, lbfgs) on numeric features, optionally with a StandardScaler.",
    );
  const model = statedModel(context);
  if (!model)
    refuse(
      "The builtin engine could not tell the logistic regression's features and target.",
      'Name them: \'Use "A" and "B" as features and "C" as the target.\'',
    );
  const { features, target } = model;
  const words = slotWords(context.slot);
  const asked = askedOf(words, context.slot.options, target);
  if (!asked)
    refuse(
      `@${context.slot.name} asks for something of the logistic regression the builtin engine does not give.`,
      'Ask for accuracy, precision, recall, F1, a confusion count, the intercept or a named coefficient.',
    );
  const columns = features.map((name) => rawCells(context, name));
  const labels = cellsOf(context.frame, target).map(label);
  const rows = context.rows.filter(
    (row) => labels[row] !== undefined && columns.every((cells) => typeof cells[row] === 'number'),
  );
  // scikit-learn refuses missing values: rows left out that the text never speaks of mean another fit.
  if (rows.length < context.rows.length && !ROWS_LEFT_OUT.test(text))
    refuse(
      `${context.rows.length - rows.length} rows lack a feature or the target, and the text does not say how they are handled.`,
      'Say "drop the rows with missing values" (or which column to fill).',
    );
  const labelSet = new Set(rows.map((row) => labels[row]));
  if (labelSet.size !== 2)
    refuse(
      `${target} does not hold both labels 0 and 1 on the rows the fit uses.`,
      'Choose a target column of 0/1 or True/False values.',
    );
  const split = splitOf(text, rows);
  const valuesOf = (row: number) => columns.map((cells) => cells[row] as number);
  // A StandardScaler fitted on the training rows only (population deviation, as scikit-learn's).
  let scale = (values: number[]) => values;
  let scaled = '';
  if (STANDARD_SCALING.test(text)) {
    const split_ = split.train !== split.test;
    if (split_ && !/\b(?:fit|fitted|fitting|fits)\b[^.;]{0,60}\btrain/i.test(text))
      refuse(
        'The text scales the features but does not say the scaler is fitted on the training rows.',
        'Say "fit the StandardScaler on the training set".',
      );
    const means = features.map(
      (_, p) => split.train.reduce((sum, row) => sum + valuesOf(row)[p]!, 0) / split.train.length,
    );
    const deviations = features.map((_, p) =>
      Math.sqrt(
        split.train.reduce((sum, row) => sum + (valuesOf(row)[p]! - means[p]!) ** 2, 0) / split.train.length,
      ),
    );
    scale = (values) =>
      values.map((value, p) =>
        deviations[p]! > 0 ? (value - means[p]!) / deviations[p]! : value - means[p]!,
      );
    scaled = ", features standardized with the training rows' means and deviations";
  }
  const c = penaltyOf(text);
  const fit = fitLogistic(
    split.train.map((row) => scale(valuesOf(row))),
    split.train.map((row) => labels[row]!),
    c,
  );
  if (!fit.converged)
    refuse(
      `The logistic regression of ${target} on ${features.join(', ')} did not converge (the classes may be separable).`,
      'Keep the default penalty (C=1) or add features.',
    );
  const scoredRows = words.includes('train') || words.includes('training') ? split.train : split.test;
  const actual = scoredRows.map((row) => labels[row]!);
  const predicted = scoredRows.map((row) => logisticLabel(fit, scale(valuesOf(row))));
  const note = `logistic regression of ${target} on ${features.join(', ')} (L2, C = ${c}; ${split.note}${scaled}; intercept ${fit.intercept.toPrecision(4)}, ${features.map((name, p) => `${name} ${fit.coefficients[p]!.toPrecision(4)}`).join(', ')})`;
  const cited = [...features, target];
  const usedRows = [...split.train, ...(split.test === split.train ? [] : split.test)];
  if (asked.kind === 'score') {
    const scores = classificationScores(actual, predicted);
    return numberResult(
      context,
      scores[asked.score],
      `${asked.score} over ${scoredRows.length} rows of the ${note}`,
      cited,
      usedRows,
    );
  }
  if (asked.kind === 'count') {
    const scores = classificationScores(actual, predicted);
    const value =
      asked.count === 'predicted' ? predicted.filter((item) => item === 1).length : scores[asked.count];
    return numberResult(
      context,
      value,
      `${asked.count === 'predicted' ? 'rows predicted 1' : asked.count} among ${scoredRows.length} rows of the ${note}`,
      cited,
      usedRows,
    );
  }
  if (asked.kind === 'intercept')
    return numberResult(context, fit.intercept, `intercept of the ${note}`, cited, usedRows);
  const feature = features.length === 1 ? features[0] : namedPredictor(context.slot.name, features);
  if (!feature)
    refuse(
      `@${context.slot.name} asks for a coefficient but names none of ${features.join(', ')}.`,
      'Name the feature in the slot ("@coef_<column>").',
    );
  const coefficient = fit.coefficients[features.indexOf(feature)]!;
  if (asked.as === 'sign') {
    if (coefficient === 0) refuse(`The coefficient of ${feature} is 0.`, 'Ask for its value.');
    const word = coefficient > 0 ? 'positive' : 'negative';
    const option = context.slot.options.find((item) => item.toLowerCase() === word) ?? word;
    return {
      value: option,
      note: `sign of ${feature}'s coefficient in the ${note}`,
      columns: cited,
      rows: usedRows,
    };
  }
  return numberResult(
    context,
    asked.as === 'odds' ? Math.exp(coefficient) : coefficient,
    `${asked.as === 'odds' ? 'odds ratio' : 'coefficient'} of ${feature} in the ${note}`,
    cited,
    usedRows,
  );
}

/** The rule that takes every slot of a question stating a logistic regression (or refuses it). */
export const LOGISTIC_REGRESSION_RULE: SlotRule = {
  name: 'logistic regression',
  applies: (_, context) => statesLogisticRegression(context.text),
  compute: classifierSlot,
};
