/**
 * @module stats
 * The statistics behind insights, small and dependency-free: summary measures, robust
 * z-scores, the Mann-Kendall trend test with Sen's slope, least-squares regression with its
 * t-test, Pearson correlation with a p-value, one-way ANOVA, and the normal, t and F
 * distributions they need (through the regularized incomplete beta function).
 */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

export function mean(values: readonly number[]): number {
  return values.length ? sum(values) / values.length : Number.NaN;
}

export function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let total = 0;
  for (const value of values) total += (value - m) ** 2;
  return total / (values.length - 1);
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Median absolute deviation (unscaled). */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((value) => Math.abs(value - m)));
}

/** Robust z-scores: 0.6745 (x - median) / MAD; falls back to the IQR, then the standard deviation. */
export function robustZ(values: readonly number[]): number[] {
  const m = median(values);
  let scale = mad(values) / 0.6745;
  if (!(scale > 0)) scale = (quantile(values, 0.75) - quantile(values, 0.25)) / 1.349;
  if (!(scale > 0)) scale = Math.sqrt(variance(values));
  if (!(scale > 0)) return values.map(() => 0);
  return values.map((value) => (value - m) / scale);
}

export function logGamma(x: number): number {
  const c = [
    76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.000000000190015;
  for (const coefficient of c) series += coefficient / ++y;
  return -tmp + Math.log((2.5066282746310007 * series) / x);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-30;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 3e-12) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function tTestP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Upper-tail p-value of an F statistic. */
export function fTestP(f: number, df1: number, df2: number): number {
  if (!(f > 0)) return 1;
  return incompleteBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}

/** Regularized upper incomplete gamma Q(a, x). */
export function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let total = term;
    for (let k = 1; k < 500; k++) {
      term *= x / (a + k);
      total += term;
      if (term < total * 1e-15) break;
    }
    return 1 - front * total;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return front * h;
}

/** Standard normal CDF through the incomplete gamma function (about 1e-15 accurate). */
export function normalCdf(z: number): number {
  const tail = 0.5 * upperGamma(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

export type Regression = { slope: number; intercept: number; r2: number; t: number; p: number };

/** Least squares y = a + b x, with the t-test of the slope. */
export function regression(x: readonly number[], y: readonly number[]): Regression {
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
    syy += (y[i]! - my) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const ssr = Math.max(syy - slope * sxy, 0);
  const r2 = syy > 0 ? 1 - ssr / syy : 0;
  const se = n > 2 && sxx > 0 ? Math.sqrt(ssr / (n - 2) / sxx) : Number.POSITIVE_INFINITY;
  const t = se > 0 ? slope / se : slope === 0 ? 0 : Number.POSITIVE_INFINITY;
  return { slope, intercept, r2, t, p: n > 2 ? tTestP(t, n - 2) : 1 };
}

export type Correlation = { r: number; p: number; n: number };

/** Pearson correlation with the two-sided p-value of r = 0. */
export function pearson(x: readonly number[], y: readonly number[]): Correlation {
  const n = x.length;
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
  }
  const r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  const clipped = Math.min(Math.abs(r), 0.999999999);
  const t = (clipped * Math.sqrt(n - 2)) / Math.sqrt(1 - clipped * clipped);
  return { r, p: n > 2 ? tTestP(t, n - 2) : 1, n };
}

export type MannKendall = { s: number; z: number; p: number; senSlope: number; tau: number };

/** Mann-Kendall trend test (normal approximation with tie correction) and Sen's slope. */
export function mannKendall(values: readonly number[]): MannKendall {
  const n = values.length;
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const difference = values[j]! - values[i]!;
      s += Math.sign(difference);
      if (n <= 400) slopes.push(difference / (j - i));
    }
  }
  const ties = new Map<number, number>();
  for (const value of values) ties.set(value, (ties.get(value) ?? 0) + 1);
  let tieTerm = 0;
  for (const count of ties.values()) if (count > 1) tieTerm += count * (count - 1) * (2 * count + 5);
  const varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = varianceS > 0 ? (s - Math.sign(s)) / Math.sqrt(varianceS) : 0;
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  return { s, z, p, senSlope: slopes.length ? median(slopes) : 0, tau: n > 1 ? s / ((n * (n - 1)) / 2) : 0 };
}

export type Anova = { f: number; p: number; etaSquared: number };

/** One-way ANOVA across groups. */
export function anova(groups: readonly (readonly number[])[]): Anova {
  const used = groups.filter((group) => group.length > 0);
  const all = used.flat();
  const n = all.length;
  const k = used.length;
  if (k < 2 || n <= k) return { f: 0, p: 1, etaSquared: 0 };
  const grand = mean(all);
  let between = 0;
  let within = 0;
  for (const group of used) {
    const m = mean(group);
    between += group.length * (m - grand) ** 2;
    for (const value of group) within += (value - m) ** 2;
  }
  const f = within > 0 ? between / (k - 1) / (within / (n - k)) : between > 0 ? Number.POSITIVE_INFINITY : 0;
  return {
    f,
    p: Number.isFinite(f) ? fTestP(f, k - 1, n - k) : 0,
    etaSquared: between + within > 0 ? between / (between + within) : 0,
  };
}
