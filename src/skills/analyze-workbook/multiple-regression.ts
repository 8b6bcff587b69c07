/**
 * @module multiple-regression
 * Ordinary least squares with an intercept and several predictors, as statsmodels' OLS or
 * sklearn's LinearRegression fit it: "with A and B as predictors and C as the response",
 * "regress C on A and B", "predict C from A, B and D". A slot gets the coefficient of the
 * predictor its name names, the intercept or the R-squared; a slot naming no one predictor is
 * refused rather than given another's coefficient.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';
import { mean } from './stats.ts';

export type MultipleFit = {
  readonly intercept: number;
  /** One coefficient per predictor, in the predictors' order. */
  readonly coefficients: readonly number[];
  readonly r2: number;
};

/**
 * Least squares of y on the columns of xs (each a predictor's values, all the same length) with an
 * intercept, solved from the normal equations by Gaussian elimination with partial pivoting.
 * Undefined when the predictors are collinear (no unique fit).
 */
export function leastSquares(
  xs: readonly (readonly number[])[],
  y: readonly number[],
): MultipleFit | undefined {
  const k = xs.length + 1;
  const row = (i: number) => [1, ...xs.map((x) => x[i]!)];
  const a = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (let i = 0; i < y.length; i++) {
    const r = row(i);
    for (let p = 0; p < k; p++) {
      for (let q = 0; q < k; q++) a[p]![q]! += r[p]! * r[q]!;
      a[p]![k]! += r[p]! * y[i]!;
    }
  }
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    const scale = Math.max(...a.map((line) => Math.abs(line[col]!)), 1);
    if (Math.abs(a[pivot]![col]!) < 1e-12 * scale) return undefined;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= k; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  const beta = a.map((line, i) => line[k]! / line[i]!);
  const my = mean(y);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < y.length; i++) {
    const fitted = row(i).reduce((sum, value, p) => sum + value * beta[p]!, 0);
    ssRes += (y[i]! - fitted) ** 2;
    ssTot += (y[i]! - my) ** 2;
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), r2: ssTot > 0 ? 1 - ssRes / ssTot : 0 };
}

const numericIn = (context: SlotContext, phrase: string) => [
  ...new Set(
    findMentions(context.frame, phrase)
      .map((mention) => mention.column)
      .filter((name) => isNumericColumn(context.frame, name)),
  ),
];

/**
 * The predictors and the response of a regression the text states with two predictors or more;
 * undefined when it states one or none (a simple regression is read elsewhere).
 */
export function statedPredictors(
  context: SlotContext,
): { predictors: string[]; response: string } | undefined {
  const text = context.text;
  const plural =
    /(?:^|[\s,(])(?:the )?([^.;()?\n]{1,160}?) as (?:the |its )?(?:predictors|independent variables|explanatory variables|features|regressors|inputs)\b/i.exec(
      text,
    );
  const response =
    /(?:^|[\s,(])(?:the )?([^,.;()?\n]{1,60}?) as (?:the |its )?(?:response|dependent variable|target|outcome)\b/i.exec(
      text,
    );
  const trimmed = (phrase: string) => phrase.replace(/^.*\b(?:with|using|use)\s+/i, '');
  if (plural && response) {
    const predictors = numericIn(context, trimmed(plural[1]!));
    const [y] = numericIn(context, trimmed(response[1]!.replace(/^.*\band\s+/i, '')));
    if (predictors.length >= 2 && y && !predictors.includes(y)) return { predictors, response: y };
  }
  const stated =
    /\bregress(?:es|ing|ion of)? (?:the )?(.{1,80}?) on (?:the )?(.{1,120}?)(?:[.;?\n]|$)/i.exec(text) ??
    /\bpredict(?:s|ing)? (?:the )?(.{1,80}?) (?:based on|from|using|with) (?:the )?(.{1,120}?)(?:[.;?\n]|$)/i.exec(
      text,
    );
  if (!stated) return undefined;
  const predictors = numericIn(
    context,
    stated[2]!.split(
      /\s+(?:and (?:then |report|calculate|compute|find|evaluate|use)|then|to (?:predict|estimate|find))\b/i,
    )[0]!,
  );
  const [y] = numericIn(context, stated[1]!);
  if (predictors.length >= 2 && y && !predictors.includes(y)) return { predictors, response: y };
  return undefined;
}

/** The predictor a slot's name names ("@coef_rainfall", "@staff_coefficient"), when exactly one. */
export function namedPredictor(slotName: string, predictors: readonly string[]): string | undefined {
  const words = new Set(wordsOf(slotName.replace(/_/g, ' ')));
  const squashed = slotName.toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = predictors.filter((name) => {
    const own = wordsOf(name);
    return (
      (own.length > 0 && own.every((word) => words.has(word))) ||
      squashed.includes(name.toLowerCase().replace(/[^a-z0-9]/g, ''))
    );
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A slot of a regression with several predictors: a coefficient, the intercept or R-squared. */
export function multipleRegressionSlot(
  context: SlotContext,
  stated: { predictors: string[]; response: string },
  asks: 'intercept' | 'r2' | 'coefficient',
): SlotResult {
  const { predictors, response } = stated;
  const columns = [...predictors, response].map((name) => cellsOf(context.frame, name));
  const rows = context.rows.filter((row) => columns.every((cells) => typeof cells[row] === 'number'));
  const values = (index: number) => rows.map((row) => columns[index]![row] as number);
  const fit =
    rows.length > predictors.length + 1
      ? leastSquares(
          predictors.map((_, index) => values(index)),
          values(predictors.length),
        )
      : undefined;
  if (!fit)
    fail('unsupported', `The regression of ${response} on ${predictors.join(', ')} has no unique fit.`, {
      hint: 'Check that the predictors are not copies of one another and that enough rows have them all.',
    });
  const note = `least squares ${response} = a + ${predictors.map((name, index) => `b${index + 1}·${name}`).join(' + ')} over ${rows.length} rows (a = ${fit.intercept.toPrecision(4)}, ${fit.coefficients.map((value, index) => `b${index + 1} = ${value.toPrecision(4)}`).join(', ')}, R² = ${fit.r2.toFixed(3)})`;
  const cited = [...predictors, response];
  if (asks === 'intercept') return numberResult(context, fit.intercept, note, cited, rows);
  if (asks === 'r2') return numberResult(context, fit.r2, note, cited, rows);
  const predictor = namedPredictor(context.slot.name, predictors);
  if (!predictor)
    fail(
      'unsupported',
      `@${context.slot.name} asks for a coefficient of a regression on ${predictors.join(', ')}, but names none of them.`,
      { hint: 'Name the predictor in the slot ("@coef_<column>").' },
    );
  return numberResult(context, fit.coefficients[predictors.indexOf(predictor)]!, note, cited, rows);
}
