/**
 * @module proximity
 * Evidence BM25F cannot see, read from the text of the best-ranked chunks only: query words
 * that stand close together (BM25TP: each occurrence of two neighbouring query terms within a
 * few words adds 1/distance², saturated like a term frequency and weighted by the rarer term's
 * idf), and query words found in the exact form the query used rather than another form of the
 * same stem. Pure: query words, a chunk's words and idf in, a bonus in the ranking's units out.
 */
import type { PlacedWord } from './analyze.ts';

export type ProximityParams = {
  /** Weight of the term-pair evidence (0: none). */
  readonly proximityWeight: number;
  /** Largest distance, in word places (stop words count), at which a pair counts. */
  readonly proximityWindow: number;
  /** How much a pair in the reverse of the query's order counts (1: order does not matter). */
  readonly proximityReversed: number;
  /** Weight of query words found in their exact form (0: none). */
  readonly exactFormWeight: number;
  /** How many of the best chunks are re-scored. */
  readonly proximityDepth: number;
};

export type QueryWord = { readonly word: string; readonly term: string };

/** Neighbouring query terms, each pair once, in query order (a term beside itself is no pair). */
export function queryPairs(query: readonly QueryWord[]): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < query.length; i++) {
    const a = query[i]!.term;
    const b = query[i + 1]!.term;
    const key = `${a}\u0000${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  return pairs;
}

/** Places of each query term in a chunk's words. */
function termPlaces(words: readonly PlacedWord[], terms: ReadonlySet<string>): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const [at, { term }] of words.entries()) {
    if (term === undefined || !terms.has(term)) continue;
    let list = places.get(term);
    if (!list) {
      list = [];
      places.set(term, list);
    }
    list.push(at);
  }
  return places;
}

/** BM25TP's accumulated pair weight: each pair of occurrences within the window adds 1/d². */
export function pairWeight(
  first: readonly number[],
  second: readonly number[],
  window: number,
  reversed: number,
): number {
  let sum = 0;
  let start = 0;
  for (const a of first) {
    while (start < second.length && second[start]! < a - window) start++;
    for (let j = start; j < second.length && second[j]! <= a + window; j++) {
      const d = second[j]! - a;
      if (d === 0) continue;
      sum += (d > 0 ? 1 : reversed) / (d * d);
    }
  }
  return sum;
}

/**
 * The bonus of one chunk: λ·Σ over neighbouring query-term pairs of idf(rarer) · acc/(k1 + acc),
 * plus λe·Σ over query words of idf · exact/(k1 + exact), where `exact` counts the word's
 * occurrences in the form the query used.
 */
export function proximityBonus(
  query: readonly QueryWord[],
  words: readonly PlacedWord[],
  idf: (term: string) => number,
  k1: number,
  params: ProximityParams,
): number {
  let bonus = 0;
  if (params.proximityWeight > 0) {
    const places = termPlaces(words, new Set(query.map((item) => item.term)));
    for (const [a, b] of queryPairs(query)) {
      const first = places.get(a);
      const second = places.get(b);
      if (!first || !second) continue;
      const acc = pairWeight(first, second, params.proximityWindow, params.proximityReversed);
      if (acc > 0) bonus += params.proximityWeight * Math.min(idf(a), idf(b)) * (acc / (k1 + acc));
    }
  }
  if (params.exactFormWeight > 0) {
    const forms = new Map<string, string>();
    for (const { word, term } of query) forms.set(word, term);
    for (const [form, term] of forms) {
      let exact = 0;
      for (const placed of words) if (placed.word === form) exact++;
      if (exact > 0) bonus += params.exactFormWeight * idf(term) * (exact / (k1 + exact));
    }
  }
  return bonus;
}
