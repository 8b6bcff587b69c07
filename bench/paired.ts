/**
 * Paired comparison of two benchmark runs over the same queries: the mean change of a score
 * with its standard error, and how many answers moved. On a dozen queries a mean moves by a
 * point when one answer changes, so a change is worth keeping only when its gain stands out
 * from that spread.
 */

/** One query's result in a run, keyed by an id stable across runs. */
export type QueryResult = {
  readonly id: string;
  readonly score: number;
  readonly text: string;
  readonly cited: number;
  readonly citedInside: number;
};

export type PairedDifference = {
  /** Queries present in both runs. */
  readonly n: number;
  /** Mean of (after − before) scores. */
  readonly mean: number;
  /** Standard error of that mean (0 with fewer than two pairs). */
  readonly standardError: number;
  readonly better: number;
  readonly worse: number;
  /** Answers whose text changed. */
  readonly changed: number;
  /** Share of cited turns inside the reference spans, before and after (pooled over the pairs). */
  readonly citedBefore: number;
  readonly citedAfter: number;
};

export function pairedDifference(
  before: readonly QueryResult[],
  after: readonly QueryResult[],
): PairedDifference {
  const earlier = new Map(before.map((result) => [result.id, result]));
  const pairs = after.flatMap((result) => {
    const old = earlier.get(result.id);
    return old ? [{ old, result }] : [];
  });
  const deltas = pairs.map(({ old, result }) => result.score - old.score);
  const n = deltas.length;
  const mean = n ? deltas.reduce((sum, value) => sum + value, 0) / n : 0;
  const variance = n > 1 ? deltas.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1) : 0;
  const share = (inside: number, all: number) => (all ? inside / all : 0);
  const sum = (pick: (result: QueryResult) => number, side: 'old' | 'result') =>
    pairs.reduce((total, pair) => total + pick(pair[side]), 0);
  return {
    n,
    mean,
    standardError: n > 1 ? Math.sqrt(variance / n) : 0,
    better: deltas.filter((value) => value > 1e-9).length,
    worse: deltas.filter((value) => value < -1e-9).length,
    changed: pairs.filter(({ old, result }) => old.text !== result.text).length,
    citedBefore: share(
      sum((result) => result.citedInside, 'old'),
      sum((result) => result.cited, 'old'),
    ),
    citedAfter: share(
      sum((result) => result.citedInside, 'result'),
      sum((result) => result.cited, 'result'),
    ),
  };
}
