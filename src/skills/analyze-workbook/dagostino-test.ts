/**
 * @module dagostino-test
 * D'Agostino and Pearson's omnibus normality test, as scipy.stats.normaltest computes it: the
 * skewness test's z and the kurtosis test's z (Anscombe and Glynn) squared and summed, read
 * against a chi-square with two degrees of freedom.
 */
import { kurtosis, skewness } from './distribution-stats.ts';

/** The fewest values scipy's skewness test accepts. */
export const DAGOSTINO_MIN_VALUES = 8;

/** The text names D'Agostino's test ("D'Agostino-Pearson", "normaltest", "D'Agostino's K-squared"). */
export function namesDagostino(text: string): boolean {
  return /\bd['’]?\s?agostino|\bnormaltest\b|\bk-?squared test\b|\bk2 test\b/i.test(text);
}

/** z of the skewness test (scipy.stats.skewtest). */
function skewZ(values: readonly number[]): number {
  const n = values.length;
  const b2 = skewness(values);
  let y = b2 * Math.sqrt(((n + 1) * (n + 3)) / (6 * (n - 2)));
  const beta2 = (3 * (n * n + 27 * n - 70) * (n + 1) * (n + 3)) / ((n - 2) * (n + 5) * (n + 7) * (n + 9));
  const w2 = -1 + Math.sqrt(2 * (beta2 - 1));
  const delta = 1 / Math.sqrt(0.5 * Math.log(w2));
  const alpha = Math.sqrt(2 / (w2 - 1));
  if (y === 0) y = 1;
  return delta * Math.log(y / alpha + Math.sqrt((y / alpha) ** 2 + 1));
}

/** z of the kurtosis test (scipy.stats.kurtosistest). */
function kurtosisZ(values: readonly number[]): number {
  const n = values.length;
  const b2 = kurtosis(values) + 3;
  const expected = (3 * (n - 1)) / (n + 1);
  const varB2 = (24 * n * (n - 2) * (n - 3)) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
  const x = (b2 - expected) / Math.sqrt(varB2);
  const sqrtBeta1 =
    ((6 * (n * n - 5 * n + 2)) / ((n + 7) * (n + 9))) *
    Math.sqrt((6 * (n + 3) * (n + 5)) / (n * (n - 2) * (n - 3)));
  const a = 6 + (8 / sqrtBeta1) * (2 / sqrtBeta1 + Math.sqrt(1 + 4 / sqrtBeta1 ** 2));
  const term1 = 1 - 2 / (9 * a);
  const denominator = 1 + x * Math.sqrt(2 / (a - 4));
  const term2 = Math.sign(denominator) * ((1 - 2 / a) / Math.abs(denominator)) ** (1 / 3);
  return (term1 - term2) / Math.sqrt(2 / (9 * a));
}

/** K² and its p-value; undefined below eight values, where the skewness test is not defined. */
export function dagostinoPearson(values: readonly number[]): { statistic: number; p: number } | undefined {
  if (values.length < DAGOSTINO_MIN_VALUES) return undefined;
  const statistic = skewZ(values) ** 2 + kurtosisZ(values) ** 2;
  if (!Number.isFinite(statistic)) return undefined;
  // The chi-square survival function with two degrees of freedom.
  return { statistic, p: Math.exp(-statistic / 2) };
}
