/**
 * @module logistic-regression
 * Binary logistic regression as scikit-learn's LogisticRegression fits it with its defaults (L2
 * penalty, C = 1, lbfgs): the minimum of C·Σ log-loss + ½·‖w‖², the intercept unpenalised. The
 * objective is strictly convex, so Newton's method (iteratively reweighted least squares) run to
 * convergence reaches the same optimum lbfgs approaches; a fit that does not converge (separable
 * classes without a penalty) is reported as such rather than returned.
 */

export type LogisticFit = {
  readonly intercept: number;
  /** One coefficient per feature, in the features' order. */
  readonly coefficients: readonly number[];
  readonly converged: boolean;
  readonly iterations: number;
};

/** Solves a·x = b (a square) by Gaussian elimination with partial pivoting; undefined when singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((line, i) => [...line, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-300) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / m[col]![col]!;
      if (factor !== 0) for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((line, i) => line[n]! / line[i]!);
}

/** log(1 + e^z) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * The penalised fit of labels y (0 or 1) on the rows of x (one array of feature values per row).
 * `c` is scikit-learn's inverse penalty strength (Infinity: no penalty).
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  c = 1,
  maxSteps = 200,
): LogisticFit {
  const k = (x[0]?.length ?? 0) + 1;
  const penalty = Number.isFinite(c) ? 1 / c : 0;
  // w[0] is the intercept; the objective is divided by C so the data term keeps its scale.
  let w = new Array<number>(k).fill(0);
  const row = (i: number) => [1, ...x[i]!];
  const objective = (v: readonly number[]) => {
    let total = 0;
    for (let i = 0; i < y.length; i++) {
      const z = row(i).reduce((sum, value, p) => sum + value * v[p]!, 0);
      total += softplus(z) - y[i]! * z;
    }
    for (let p = 1; p < k; p++) total += (penalty * v[p]! ** 2) / 2;
    return total;
  };
  let current = objective(w);
  // Without a penalty, classes a line separates have no optimum: the weights only grow while the
  // gradient vanishes, so a fit that labels every row right with near-certainty is no fit.
  const diverging = (v: readonly number[]) =>
    penalty === 0 &&
    y.every((label, i) => {
      const z = row(i).reduce((sum, value, p) => sum + value * v[p]!, 0);
      return label === 1 ? z > 20 : z < -20;
    });
  for (let step = 1; step <= maxSteps; step++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < y.length; i++) {
      const r = row(i);
      const p = sigmoid(r.reduce((sum, value, q) => sum + value * w[q]!, 0));
      const weight = p * (1 - p);
      for (let a = 0; a < k; a++) {
        gradient[a]! += (p - y[i]!) * r[a]!;
        for (let b = 0; b < k; b++) hessian[a]![b]! += weight * r[a]! * r[b]!;
      }
    }
    for (let p = 1; p < k; p++) {
      gradient[p]! += penalty * w[p]!;
      hessian[p]![p]! += penalty;
    }
    const largest = Math.max(...gradient.map(Math.abs));
    if (largest < 1e-9 * Math.max(1, y.length))
      return { intercept: w[0]!, coefficients: w.slice(1), converged: !diverging(w), iterations: step - 1 };
    const direction = solve(hessian, gradient);
    if (!direction) break;
    // Newton's step, halved until the objective falls (it always does near the optimum).
    let scale = 1;
    let next = w.map((value, p) => value - direction[p]!);
    let value = objective(next);
    while (!(value <= current) && scale > 1e-10) {
      scale /= 2;
      next = w.map((item, p) => item - scale * direction[p]!);
      value = objective(next);
    }
    if (!(value <= current)) break;
    const moved = Math.max(...next.map((item, p) => Math.abs(item - w[p]!) / Math.max(1, Math.abs(item))));
    w = next;
    current = value;
    if (moved < 1e-13)
      return { intercept: w[0]!, coefficients: w.slice(1), converged: !diverging(w), iterations: step };
  }
  return { intercept: w[0]!, coefficients: w.slice(1), converged: false, iterations: maxSteps };
}

/** The probability of label 1 the fit gives a row of feature values. */
export function logisticProbability(fit: LogisticFit, features: readonly number[]): number {
  return sigmoid(fit.coefficients.reduce((sum, value, p) => sum + value * features[p]!, fit.intercept));
}

/** The label scikit-learn's predict gives: 1 when the decision value is above 0 (probability above one half). */
export function logisticLabel(fit: LogisticFit, features: readonly number[]): 0 | 1 {
  return fit.coefficients.reduce((sum, value, p) => sum + value * features[p]!, fit.intercept) > 0 ? 1 : 0;
}
