/**
 * @module distribution-stats
 * The statistics analysis questions ask for by name, each computed the way the common tools
 * define it: standard deviation (sample or population), skewness and excess kurtosis (biased,
 * as scipy.stats, or bias-corrected, as pandas), Spearman correlation, Student's t-test,
 * the Shapiro-Wilk normality test (Royston's approximation), the chi-square test of
 * independence, and z-score and interquartile-range outliers.
 */
import { mean, normalCdf, pearson, quantile, upperGamma, variance } from './stats.ts';

export function standardDeviation(values: readonly number[], population = false): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const v = variance(values);
  return Math.sqrt(population ? (v * (n - 1)) / n : v);
}

function centralMoments(values: readonly number[]): { n: number; m2: number; m3: number; m4: number } {
  const n = values.length;
  const m = mean(values);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const value of values) {
    const d = value - m;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  return { n, m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/** Fisher-Pearson skewness: biased (scipy.stats.skew) or adjusted (pandas .skew()). */
export function skewness(values: readonly number[], adjusted = false): number {
  const { n, m2, m3 } = centralMoments(values);
  if (!(m2 > 0)) return 0;
  const g1 = m3 / m2 ** 1.5;
  return adjusted && n > 2 ? (g1 * Math.sqrt(n * (n - 1))) / (n - 2) : g1;
}

/** Excess (Fisher) kurtosis: biased (scipy.stats.kurtosis) or adjusted (pandas .kurt()). */
export function kurtosis(values: readonly number[], adjusted = false): number {
  const { n, m2, m4 } = centralMoments(values);
  if (!(m2 > 0)) return 0;
  const g2 = m4 / (m2 * m2) - 3;
  if (!adjusted || n < 4) return g2;
  return ((n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6);
}

/** Average ranks (ties share their mean rank), 1-based. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k]!.index] = rank;
    start = end + 1;
  }
  return result;
}

export function spearman(x: readonly number[], y: readonly number[]): { r: number; p: number; n: number } {
  return pearson(ranks(x), ranks(y));
}

/** Inverse standard normal CDF (Acklam's rational approximation). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((total, coefficient, power) => total + coefficient * x ** power, 0);
}

/** Shapiro-Wilk W and its p-value (Royston 1992/1995, the algorithm behind scipy.stats.shapiro). */
export function shapiroWilk(values: readonly number[]): { w: number; p: number } {
  const x = [...values].sort((p, q) => p - q);
  const n = x.length;
  if (n < 3) return { w: 1, p: 1 };
  const m = x.map((_, i) => normalQuantile((i + 1 - 0.375) / (n + 0.25)));
  const mm = m.reduce((total, value) => total + value * value, 0);
  const u = 1 / Math.sqrt(n);
  const weights = new Array<number>(n);
  const an =
    m[n - 1]! / Math.sqrt(mm) + polynomial([0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056], u);
  if (n > 5) {
    const an1 =
      m[n - 2]! / Math.sqrt(mm) + polynomial([0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], u);
    const phi = (mm - 2 * m[n - 1]! ** 2 - 2 * m[n - 2]! ** 2) / (1 - 2 * an ** 2 - 2 * an1 ** 2);
    for (let i = 0; i < n; i++) weights[i] = m[i]! / Math.sqrt(phi);
    weights[n - 1] = an;
    weights[0] = -an;
    weights[n - 2] = an1;
    weights[1] = -an1;
  } else {
    const phi = (mm - 2 * m[n - 1]! ** 2) / (1 - 2 * an ** 2);
    for (let i = 0; i < n; i++) weights[i] = m[i]! / Math.sqrt(phi);
    weights[n - 1] = an;
    weights[0] = -an;
  }
  const xm = mean(x);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < n; i++) {
    numerator += weights[i]! * x[i]!;
    denominator += (x[i]! - xm) ** 2;
  }
  if (!(denominator > 0)) return { w: 1, p: 1 };
  const w = Math.min((numerator * numerator) / denominator, 1);
  if (n === 3) {
    const p = Math.max(0, (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.asin(Math.sqrt(0.75))));
    return { w, p };
  }
  const ln = Math.log(n);
  let z: number;
  if (n <= 11) {
    const gamma = 0.459 * n - 2.273;
    const transformed = -Math.log(gamma - Math.log(1 - w));
    const mu = polynomial([0.544, -0.39978, 0.025054, -0.0006714], n);
    const sigma = Math.exp(polynomial([1.3822, -0.77857, 0.062767, -0.0020322], n));
    z = (transformed - mu) / sigma;
  } else {
    const mu = polynomial([-1.5861, -0.31082, -0.083751, 0.0038915], ln);
    const sigma = Math.exp(polynomial([-0.4803, -0.082676, 0.0030302], ln));
    z = (Math.log(1 - w) - mu) / sigma;
  }
  return { w, p: 1 - normalCdf(z) };
}

/**
 * Chi-square test of independence over a contingency table of counts. A 2×2 table takes Yates'
 * continuity correction unless `yates` is false, as scipy.stats.chi2_contingency does by default:
 * each |observed − expected| shrinks by at most 0.5.
 */
export function chiSquareIndependence(
  table: readonly (readonly number[])[],
  yates = true,
): {
  chi2: number;
  p: number;
  df: number;
  corrected: boolean;
} {
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = table[0]!.map((_, j) => table.reduce((total, row) => total + row[j]!, 0));
  const total = rows.reduce((a, b) => a + b, 0);
  const df = (table.length - 1) * (columns.length - 1);
  const corrected = yates && df === 1;
  let chi2 = 0;
  for (let i = 0; i < table.length; i++)
    for (let j = 0; j < columns.length; j++) {
      const expected = (rows[i]! * columns[j]!) / total;
      const gap = Math.abs(table[i]![j]! - expected);
      if (expected > 0) chi2 += (corrected ? gap - Math.min(0.5, gap) : gap) ** 2 / expected;
    }
  return { chi2, df, corrected, p: df > 0 ? upperGamma(df / 2, chi2 / 2) : 1 };
}

/** Indexes of values whose z-score (population standard deviation, as scipy.stats.zscore) passes the threshold. */
export function zScoreOutliers(values: readonly number[], threshold = 3, population = true): number[] {
  const m = mean(values);
  const sd = standardDeviation(values, population);
  if (!(sd > 0)) return [];
  return values.flatMap((value, index) => (Math.abs((value - m) / sd) > threshold ? [index] : []));
}

/** The Tukey fences Q1 - k·IQR and Q3 + k·IQR (linear quantiles, as pandas and numpy). */
export function iqrFences(values: readonly number[], k = 1.5): { low: number; high: number } {
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  return { low: q1 - k * (q3 - q1), high: q3 + k * (q3 - q1) };
}

/** Tie counts of a sample: Σ t(t−1), Σ t(t−1)(t−2) and Σ t(t−1)(2t+5) over groups of equal values. */
function tieSums(values: readonly number[]): { pairs: number; triples: number; weighted: number } {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let pairs = 0;
  let triples = 0;
  let weighted = 0;
  for (const t of counts.values()) {
    pairs += t * (t - 1);
    triples += t * (t - 1) * (t - 2);
    weighted += t * (t - 1) * (2 * t + 5);
  }
  return { pairs, triples, weighted };
}

/**
 * Kendall's tau-b with its two-sided p-value from the normal approximation with tie
 * correction (scipy.stats.kendalltau's asymptotic method).
 */
export function kendallTau(
  x: readonly number[],
  y: readonly number[],
): { tau: number; p: number; n: number } {
  const n = x.length;
  let score = 0;
  for (let i = 0; i < n - 1; i++)
    for (let j = i + 1; j < n; j++) score += Math.sign(x[j]! - x[i]!) * Math.sign(y[j]! - y[i]!);
  const tx = tieSums(x);
  const ty = tieSums(y);
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tx.pairs / 2) * (pairs - ty.pairs / 2));
  if (!(denominator > 0) || n < 3) return { tau: Number.NaN, p: Number.NaN, n };
  const m = n * (n - 1);
  const spread =
    (m * (2 * n + 5) - tx.weighted - ty.weighted) / 18 +
    (2 * (tx.pairs / 2) * (ty.pairs / 2)) / m +
    (tx.triples * ty.triples) / (9 * m * (n - 2));
  const z = score / Math.sqrt(spread);
  return { tau: score / denominator, p: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))), n };
}
