/**
 * @module local-context
 * Local context analysis (Xu and Croft, 2000): expansion concepts chosen by how they co-occur
 * with every query term inside the best passages of the first pass, not by how often they occur
 * there. A concept's belief is a product over the query terms of (δ + its co-occurrence degree
 * with that term), each factor raised to the term's rarity, so a word found beside only one
 * query term scores far below one found beside all of them. Pure: texts and counts in, concepts
 * out; search.ts fetches the passages and the document frequencies.
 */
import { analyze } from './analyze.ts';

/**
 * Co-occurrence of each word of the passages with each query term: Σ over passages of
 * tf(word) · tf(term), one entry per query term, in the order given. Query terms themselves
 * and words that co-occur with no query term are left out.
 */
export function cooccurrence(
  passages: readonly string[],
  queryTerms: readonly string[],
): Map<string, Float64Array> {
  const position = new Map(queryTerms.map((term, index) => [term, index]));
  const out = new Map<string, Float64Array>();
  for (const text of passages) {
    const counts = new Map<string, number>();
    for (const term of analyze(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
    const present: [number, number][] = [];
    for (const [term, index] of position) {
      const tf = counts.get(term);
      if (tf) present.push([index, tf]);
    }
    if (present.length === 0) continue;
    for (const [word, tf] of counts) {
      if (position.has(word)) continue;
      let row = out.get(word);
      if (!row) {
        row = new Float64Array(queryTerms.length);
        out.set(word, row);
      }
      for (const [index, termTf] of present) row[index]! += tf * termTf;
    }
  }
  return out;
}

/**
 * Log belief of each concept: Σ_i e_i · log(δ + log(1 + co_i) · rarity / log(n)), with co_i
 * its co-occurrence with query term i, e_i that term's exponent (its idf over the query's mean),
 * `rarity` the concept's own (0 to 1; 1 for all while screening) and n the passages counted.
 * Best first; ties by the word.
 */
export function conceptBeliefs(
  co: ReadonlyMap<string, Float64Array>,
  exponents: readonly number[],
  passages: number,
  delta: number,
  rarity: (word: string) => number = () => 1,
): [string, number][] {
  const logN = Math.log(Math.max(passages, 2));
  const out: [string, number][] = [];
  for (const [word, row] of co) {
    const r = rarity(word);
    if (r <= 0) continue;
    let belief = 0;
    for (let i = 0; i < row.length; i++)
      belief += (exponents[i] ?? 0) * Math.log(delta + (Math.log(1 + row[i]!) * r) / logN);
    out.push([word, belief]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Each query term's exponent: its idf over the mean idf of the query's terms (1 each when all are alike). */
export function queryExponents(idfs: readonly number[]): number[] {
  const mean = idfs.reduce((sum, value) => sum + value, 0) / Math.max(idfs.length, 1);
  return idfs.map((value) => (mean > 0 ? value / mean : 1));
}

/** A concept's rarity among `chunks` chunks: log(N / df) / log(N), 1 for a word of one chunk, 0 for one in all. */
export function conceptRarity(chunks: number, df: number): number {
  if (chunks <= 1 || df <= 0) return 1;
  return Math.max(0, Math.log(chunks / df) / Math.log(chunks));
}

/**
 * The first `count` concepts' weights by rank, 1 − 0.9 · i / count (Xu and Croft's), summing to
 * `share`.
 */
export function conceptWeights(
  concepts: readonly string[],
  count: number,
  share: number,
): Map<string, number> {
  const chosen = concepts.slice(0, count);
  const raw = chosen.map((_, rank) => 1 - (0.9 * rank) / Math.max(count, 1));
  const total = raw.reduce((sum, value) => sum + value, 0) || 1;
  return new Map(chosen.map((word, rank) => [word, (share * raw[rank]!) / total]));
}

/**
 * Feedback's candidates re-weighed by their local context: each weight times the geometric mean
 * over the query terms of (δ + its co-occurrence degree), to `power` (exponents as in
 * `conceptBeliefs`), so a candidate found beside one query term only falls behind one found
 * beside all of them. Best first; ties by the word.
 */
export function rerankByContext(
  candidates: readonly [string, number][],
  co: ReadonlyMap<string, Float64Array>,
  exponents: readonly number[],
  passages: number,
  delta: number,
  power: number,
): [string, number][] {
  const total = exponents.reduce((sum, value) => sum + value, 0) || 1;
  const logN = Math.log(Math.max(passages, 2));
  return candidates
    .map(([word, weight]): [string, number] => {
      const row = co.get(word);
      let belief = 0;
      for (let i = 0; i < exponents.length; i++)
        belief += exponents[i]! * Math.log(delta + Math.log(1 + (row?.[i] ?? 0)) / logN);
      return [word, weight * Math.exp((power * belief) / total)];
    })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
