/**
 * @module rank-tests
 * Distribution-free and variance tests at scipy.stats' defaults: Mann-Whitney U (exact when
 * one sample has at most 8 values and no ties, else the normal approximation with ties and
 * continuity correction), Kruskal-Wallis H, Levene (centred on the median) and Bartlett, and
 * Kolmogorov-Smirnov one-sample against a normal (exact two-sided distribution) and two-sample
 * (exact lattice count). Each returns its statistic and two-sided p-value.
 */
import { ranks } from './distribution-stats.ts';
import type { Alternative } from './sided-tests.ts';
import { anova, mean, median, normalCdf, upperGamma } from './stats.ts';

export type TestResult = { statistic: number; p: number };

/** Normal upper tail without the 1 − x cancellation. */
function normalSurvival(z: number): number {
  const tail = 0.5 * upperGamma(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}

/** Σ (t³ − t) over groups of tied values. */
function tieTerm(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let total = 0;
  for (const t of counts.values()) total += t ** 3 - t;
  return total;
}

/**
 * Counts of the Mann-Whitney U statistic over all arrangements of m and n values: the
 * coefficients of the Gaussian binomial [m + n choose m], exact in big integers.
 */
function uCounts(m: number, n: number): bigint[] {
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  let poly: bigint[] = [1n];
  for (let i = 1; i <= small; i++) {
    // × (1 − q^(large + i))
    const grown = poly.concat(new Array<bigint>(large + i).fill(0n));
    for (let k = poly.length - 1; k >= 0; k--) grown[k + large + i]! -= poly[k]!;
    // ÷ (1 − q^i): running sums with stride i
    for (let k = i; k < grown.length; k++) grown[k]! += grown[k - i]!;
    poly = grown.slice(0, small * large + 1);
  }
  return poly;
}

function ratio(part: bigint, whole: bigint): number {
  const scale = 10n ** 18n;
  return Number((part * scale) / whole) / 1e18;
}

/**
 * Mann-Whitney U of x against y: U counts the pairs with x above y (ties count half). The
 * alternative 'greater' says x tends to be larger, 'less' smaller (scipy's one-sided tests).
 */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative = 'two-sided',
): TestResult {
  const n1 = x.length;
  const n2 = y.length;
  const all = [...x, ...y];
  const rank = ranks(all);
  const r1 = rank.slice(0, n1).reduce((a, b) => a + b, 0);
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = alternative === 'greater' ? u1 : alternative === 'less' ? u2 : Math.max(u1, u2);
  const sides = alternative === 'two-sided' ? 2 : 1;
  const ties = tieTerm(all);
  if (Math.min(n1, n2) <= 8 && ties === 0) {
    const counts = uCounts(n1, n2);
    const total = counts.reduce((a, b) => a + b, 0n);
    let upper = 0n;
    for (let k = Math.max(0, Math.ceil(u)); k < counts.length; k++) upper += counts[k]!;
    return { statistic: u1, p: Math.min(1, sides * ratio(upper, total)) };
  }
  const n = n1 + n2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
  if (!(sd > 0)) return { statistic: u1, p: 1 };
  const z = (u - (n1 * n2) / 2 - 0.5) / sd;
  return { statistic: u1, p: Math.min(1, sides * normalSurvival(z)) };
}

/** Kruskal-Wallis H with the ties correction; p from chi-square with k − 1 degrees of freedom. */
export function kruskalWallis(groups: readonly (readonly number[])[]): TestResult {
  const all = groups.flat();
  const n = all.length;
  const rank = ranks(all);
  let at = 0;
  let h = 0;
  for (const group of groups) {
    const total = rank.slice(at, at + group.length).reduce((a, b) => a + b, 0);
    at += group.length;
    h += (total * total) / group.length;
  }
  h = (12 / (n * (n + 1))) * h - 3 * (n + 1);
  const correction = 1 - tieTerm(all) / (n ** 3 - n);
  if (correction > 0) h /= correction;
  return { statistic: h, p: upperGamma((groups.length - 1) / 2, h / 2) };
}

/** Levene's test: a one-way ANOVA of the distances from each group's median (or mean). */
export function levene(
  groups: readonly (readonly number[])[],
  center: 'median' | 'mean' = 'median',
): TestResult {
  const distances = groups.map((group) => {
    const middle = center === 'median' ? median(group) : mean(group);
    return group.map((value) => Math.abs(value - middle));
  });
  const { f, p } = anova(distances);
  return { statistic: f, p };
}

/** Bartlett's test of equal variances; p from chi-square with k − 1 degrees of freedom. */
export function bartlett(groups: readonly (readonly number[])[]): TestResult {
  const k = groups.length;
  const sizes = groups.map((group) => group.length);
  const n = sizes.reduce((a, b) => a + b, 0);
  const variances = groups.map((group) => {
    const m = mean(group);
    return group.reduce((total, value) => total + (value - m) ** 2, 0) / (group.length - 1);
  });
  const pooled = sizes.reduce((total, size, i) => total + (size - 1) * variances[i]!, 0) / (n - k);
  const numerator =
    (n - k) * Math.log(pooled) -
    sizes.reduce((total, size, i) => total + (size - 1) * Math.log(variances[i]!), 0);
  const denominator =
    1 + (sizes.reduce((total, size) => total + 1 / (size - 1), 0) - 1 / (n - k)) / (3 * (k - 1));
  const statistic = numerator / denominator;
  return { statistic, p: upperGamma((k - 1) / 2, statistic / 2) };
}

type Matrix = number[][];

function multiply(a: Matrix, b: Matrix): Matrix {
  const m = a.length;
  const out: Matrix = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < m; i++)
    for (let k = 0; k < m; k++) {
      const aik = a[i]![k]!;
      if (aik === 0) continue;
      const row = b[k]!;
      const target = out[i]!;
      for (let j = 0; j < m; j++) target[j]! += aik * row[j]!;
    }
  return out;
}

/** Largest matrix the exact one-sample distribution builds; larger cases are refused by the caller. */
export const KS_EXACT_LIMIT = 400;

/**
 * P(D_n < d) for the two-sided one-sample Kolmogorov statistic: Marsaglia, Tsang and Wang's
 * exact matrix method, with their closed form where the tail is far below 1e-6. Undefined when
 * the matrix would be too large to raise to the n-th power.
 */
export function kolmogorovCdf(n: number, d: number): number | undefined {
  const s = d * d * n;
  if (s > 7.24 || (s > 3.76 && n > 99))
    return 1 - 2 * Math.exp(-(2.000071 + 0.331 / Math.sqrt(n) + 1.409 / n) * s);
  const k = Math.floor(n * d) + 1;
  const m = 2 * k - 1;
  if (m > KS_EXACT_LIMIT) return undefined;
  const h = k - n * d;
  const H: Matrix = Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, j) => (i - j + 1 >= 0 ? 1 : 0)),
  );
  for (let i = 0; i < m; i++) {
    H[i]![0]! -= h ** (i + 1);
    H[m - 1]![i]! -= h ** (m - i);
  }
  H[m - 1]![0]! += 2 * h - 1 > 0 ? (2 * h - 1) ** m : 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) if (i - j + 1 > 0) for (let g = 1; g <= i - j + 1; g++) H[i]![j]! /= g;
  // H^n with a running power-of-ten exponent so the entries stay in range.
  let result: Matrix | undefined;
  let resultExp = 0;
  let base = H;
  let baseExp = 0;
  for (let power = n; power > 0; power >>= 1) {
    if (power & 1) {
      result = result ? multiply(result, base) : base;
      resultExp += baseExp;
      const centre = result[k - 1]![k - 1]!;
      if (Math.abs(centre) > 1e140) {
        result = result.map((row) => row.map((value) => value * 1e-140));
        resultExp += 140;
      }
    }
    if (power > 1) {
      base = multiply(base, base);
      baseExp *= 2;
      if (Math.abs(base[k - 1]![k - 1]!) > 1e140) {
        base = base.map((row) => row.map((value) => value * 1e-140));
        baseExp += 140;
      }
    }
  }
  let value = result![k - 1]![k - 1]!;
  let exponent = resultExp;
  for (let i = 1; i <= n; i++) {
    value *= i / n;
    if (value < 1e-140) {
      value *= 1e140;
      exponent -= 140;
    }
  }
  return value * 10 ** exponent;
}

/**
 * One-sample Kolmogorov-Smirnov test of `values` against a normal with the given mean and
 * standard deviation. Undefined where the exact p-value is out of reach.
 */
export function ksNormal(values: readonly number[], mu: number, sigma: number): TestResult | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((value, i) => {
    const cdf = normalCdf((value - mu) / sigma);
    d = Math.max(d, (i + 1) / n - cdf, cdf - i / n);
  });
  const below = kolmogorovCdf(n, d);
  if (below === undefined) return undefined;
  return { statistic: d, p: Math.min(1, Math.max(0, 1 - below)) };
}

/** Largest n1·n2 the exact two-sample lattice count walks. */
export const KS2_EXACT_LIMIT = 4e7;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Two-sample Kolmogorov-Smirnov test: D is the largest gap between the two empirical CDFs, and
 * the p-value the share of orderings whose gap reaches it (exact). Undefined past the limit.
 */
export function ksTwoSample(x: readonly number[], y: readonly number[]): TestResult | undefined {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 * n2 > KS2_EXACT_LIMIT) return undefined;
  const a = [...x].sort((p, q) => p - q);
  const b = [...y].sort((p, q) => p - q);
  const countAtMost = (sorted: readonly number[], value: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const g = gcd(n1, n2);
  const [n1g, n2g] = [n1 / g, n2 / g];
  // The gap in units of 1 / lcm(n1, n2), an integer.
  let h = 0;
  for (const value of [...a, ...b])
    h = Math.max(h, Math.abs(countAtMost(a, value) * n2g - countAtMost(b, value) * n1g));
  const statistic = h / (n1g * n2);
  // Random orderings as lattice paths: the share that keeps every gap below h.
  let row = new Float64Array(n2 + 1);
  row[0] = 1;
  for (let j = 1; j <= n2; j++)
    row[j] = Math.abs(-j * n1g) >= h ? 0 : row[j - 1]! * ((n2 - j + 1) / (n1 + n2 - j + 1));
  for (let i = 1; i <= n1; i++) {
    const next = new Float64Array(n2 + 1);
    for (let j = 0; j <= n2; j++) {
      if (Math.abs(i * n2g - j * n1g) >= h) continue;
      const left = n1 - i + 1 + n2 - j;
      const fromAbove = row[j]! * ((n1 - i + 1) / left);
      const fromLeft = j > 0 ? next[j - 1]! * ((n2 - j + 1) / (n1 - i + n2 - j + 1)) : 0;
      next[j] = fromAbove + fromLeft;
    }
    row = next;
  }
  return { statistic, p: Math.min(1, Math.max(0, 1 - row[n2]!)) };
}
