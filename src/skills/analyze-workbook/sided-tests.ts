/**
 * @module sided-tests
 * t-tests and the Wilcoxon signed-rank test at scipy.stats' defaults, each with the alternative
 * hypothesis scipy names: 'two-sided', 'greater' (the first sample, or the mean, is larger) or
 * 'less'. Paired and one-sample t-tests, Student's and Welch's two-sample t-tests.
 */
import { ranks, standardDeviation } from './distribution-stats.ts';
import { mean, normalCdf, tTestP, variance } from './stats.ts';

export type Alternative = 'two-sided' | 'greater' | 'less';
export type SidedResult = { statistic: number; p: number; df?: number };

/** p-value of a t statistic under the alternative. */
export function tTail(t: number, df: number, alternative: Alternative): number {
  const twoSided = tTestP(t, df);
  if (alternative === 'two-sided') return twoSided;
  const upper = t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
  return alternative === 'greater' ? upper : 1 - upper;
}

/** One-sample t-test of the mean against `mu` (scipy.stats.ttest_1samp). */
export function oneSampleT(values: readonly number[], mu: number, alternative: Alternative): SidedResult {
  const n = values.length;
  const se = standardDeviation(values) / Math.sqrt(n);
  if (!(se > 0)) return { statistic: 0, p: 1, df: n - 1 };
  const t = (mean(values) - mu) / se;
  return { statistic: t, p: tTail(t, n - 1, alternative), df: n - 1 };
}

/** Paired t-test of x − y (scipy.stats.ttest_rel). */
export function pairedT(x: readonly number[], y: readonly number[], alternative: Alternative): SidedResult {
  return oneSampleT(
    x.map((value, i) => value - y[i]!),
    0,
    alternative,
  );
}

/** Student's two-sample t-test with pooled variance of x against y (scipy.stats.ttest_ind). */
export function pooledT(x: readonly number[], y: readonly number[], alternative: Alternative): SidedResult {
  const [nx, ny] = [x.length, y.length];
  const pooled = ((nx - 1) * variance(x) + (ny - 1) * variance(y)) / (nx + ny - 2);
  const se = Math.sqrt(pooled * (1 / nx + 1 / ny));
  if (!(se > 0)) return { statistic: 0, p: 1 };
  const t = (mean(x) - mean(y)) / se;
  return { statistic: t, p: tTail(t, nx + ny - 2, alternative), df: nx + ny - 2 };
}

/** Welch's t-test of x against y (scipy.stats.ttest_ind with equal_var=False). */
export function welchT(x: readonly number[], y: readonly number[], alternative: Alternative): SidedResult {
  const vx = variance(x) / x.length;
  const vy = variance(y) / y.length;
  const se = Math.sqrt(vx + vy);
  if (!(se > 0)) return { statistic: 0, p: 1 };
  const t = (mean(x) - mean(y)) / se;
  const df = (vx + vy) ** 2 / ((vx * vx) / (x.length - 1) + (vy * vy) / (y.length - 1));
  return { statistic: t, p: tTail(t, df, alternative), df };
}

/** Counts of the signed-rank sum W+ over the 2^n sign choices of ranks 1…n (no ties). */
function signedRankCounts(n: number): number[] {
  let counts = [1];
  for (let rank = 1; rank <= n; rank++) {
    const next = new Array<number>(counts.length + rank).fill(0);
    counts.forEach((count, sum) => {
      next[sum]! += count;
      next[sum + rank]! += count;
    });
    counts = next;
  }
  return counts;
}

/** Largest sample whose sign choices are all walked when ties or zeros rule out the exact table. */
const PERMUTATION_LIMIT = 13;

/**
 * Wilcoxon signed-rank test of x − y at scipy.stats.wilcoxon's defaults: zero differences
 * dropped ('wilcox'), no continuity correction; exact without ties or zeros up to 50 pairs, every
 * sign choice walked up to 13 pairs otherwise, else the normal approximation with the ties term.
 * The statistic is min(W+, W−) for a two-sided test and W+ for a one-sided one.
 */
export function wilcoxonSignedRank(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
): SidedResult {
  const all = x.map((value, i) => value - y[i]!);
  const d = all.filter((value) => value !== 0);
  const n = d.length;
  const rank = ranks(d.map(Math.abs));
  const plus = d.reduce((total, value, i) => total + (value > 0 ? rank[i]! : 0), 0);
  const minus = (n * (n + 1)) / 2 - plus;
  const statistic = alternative === 'two-sided' ? Math.min(plus, minus) : plus;
  if (n === 0) return { statistic: 0, p: 1 };
  const tied = new Set(rank).size < n;
  const zeros = all.length > n;
  const fromTails = (upper: number, lower: number) =>
    alternative === 'greater'
      ? upper
      : alternative === 'less'
        ? lower
        : Math.min(1, 2 * Math.min(upper, lower));
  if (all.length <= 50 && !tied && !zeros) {
    const counts = signedRankCounts(n);
    const total = 2 ** n;
    const at = (from: number, to: number) =>
      counts.slice(Math.max(0, from), Math.max(0, to + 1)).reduce((a, b) => a + b, 0) / total;
    return { statistic, p: fromTails(at(Math.floor(plus), counts.length), at(0, Math.ceil(plus))) };
  }
  if (all.length <= PERMUTATION_LIMIT) {
    // Every sign choice of the nonzero differences, W+ of each against the observed one.
    const tolerance = Math.abs(plus) * 1e-12 + 1e-12;
    let upper = 0;
    let lower = 0;
    for (let mask = 0; mask < 2 ** n; mask++) {
      let sum = 0;
      for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += rank[i]!;
      if (sum >= plus - tolerance) upper++;
      if (sum <= plus + tolerance) lower++;
    }
    return { statistic, p: fromTails(upper / 2 ** n, lower / 2 ** n) };
  }
  const counts = new Map<number, number>();
  for (const value of rank) counts.set(value, (counts.get(value) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) ties += t ** 3 - t;
  const se = Math.sqrt((n * (n + 1) * (2 * n + 1) - ties / 2) / 24);
  const z = (plus - (n * (n + 1)) / 4) / se;
  return { statistic, p: fromTails(normalCdf(-z), normalCdf(z)) };
}
