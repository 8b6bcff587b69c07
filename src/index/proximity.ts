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
  /**
   * Sequential dependence (Metzler and Croft): each pair of neighbouring query terms adds two
   * features to a chunk, scored as a term is (idf times a saturated, length-normalised
   * frequency): the pair in the query's order with only stop words between them
   * (`dependenceOrdered`), and the two within `dependenceWindow` word places of each other in
   * either order (`dependenceUnordered`). Each weight is in units of one query term's; 0: off.
   */
  readonly dependenceOrdered: number;
  readonly dependenceUnordered: number;
  readonly dependenceWindow: number;
};

/** Length normalisation of the dependence features: BM25's b and the chunks' average length in terms. */
export type FeatureLength = { readonly b: number; readonly average: number };

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

/** Whether the parameters weigh any evidence read from the text of the head of a ranking. */
export function weighsText(params: ProximityParams): boolean {
  return (
    params.proximityWeight > 0 ||
    params.exactFormWeight > 0 ||
    params.dependenceOrdered > 0 ||
    params.dependenceUnordered > 0
  );
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
 * Occurrences of the first term followed by the second with only stop words between them:
 * `ordinals` numbers each place by the content words before it.
 */
export function orderedMatches(
  first: readonly number[],
  second: readonly number[],
  ordinals: readonly number[],
): number {
  const next = new Set(second.map((place) => ordinals[place]!));
  let count = 0;
  for (const place of first) if (next.has(ordinals[place]! + 1)) count++;
  return count;
}

/**
 * Matches of two terms within `window` places of each other (|a − b| < window, either order),
 * each occurrence of the second matched at most once (the earliest free one in reach).
 */
export function unorderedMatches(
  first: readonly number[],
  second: readonly number[],
  window: number,
): number {
  let count = 0;
  let free = 0;
  for (const a of first) {
    while (free < second.length && second[free]! <= a - window) free++;
    if (free < second.length && second[free]! < a + window) {
      count++;
      free++;
    }
  }
  return count;
}

/**
 * The sequential-dependence features of one chunk: for each pair of neighbouring query terms,
 * its ordered and unordered matches scored as BM25 scores a term (idf · f / (k1 + f), f the
 * count over the length normalisation), with the rarer term's idf: the pair is at least as
 * rare as either of its terms, and the index keeps no positions to count it exactly.
 */
function dependenceBonus(
  query: readonly QueryWord[],
  words: readonly PlacedWord[],
  places: ReadonlyMap<string, number[]>,
  idf: (term: string) => number,
  k1: number,
  params: ProximityParams,
  length: FeatureLength,
): number {
  const ordinals: number[] = [];
  let content = 0;
  for (const { term } of words) {
    ordinals.push(content);
    if (term !== undefined) content++;
  }
  const norm = 1 - length.b + (length.b * content) / Math.max(length.average, 1e-9);
  const saturated = (count: number) => {
    const f = count / norm;
    return f / (k1 + f);
  };
  let bonus = 0;
  for (const [a, b] of queryPairs(query)) {
    const first = places.get(a);
    const second = places.get(b);
    if (!first || !second) continue;
    const rarity = Math.max(idf(a), idf(b));
    const ordered = params.dependenceOrdered > 0 ? orderedMatches(first, second, ordinals) : 0;
    const unordered =
      params.dependenceUnordered > 0 ? unorderedMatches(first, second, params.dependenceWindow) : 0;
    if (ordered > 0) bonus += params.dependenceOrdered * rarity * saturated(ordered);
    if (unordered > 0) bonus += params.dependenceUnordered * rarity * saturated(unordered);
  }
  return bonus;
}

/**
 * The bonus of one chunk: λ·Σ over neighbouring query-term pairs of idf(rarer) · acc/(k1 + acc),
 * plus λe·Σ over query words of idf · exact/(k1 + exact), where `exact` counts the word's
 * occurrences in the form the query used, plus the sequential-dependence features when
 * weighed (normalised by `length`; without it, not by length).
 */
export function proximityBonus(
  query: readonly QueryWord[],
  words: readonly PlacedWord[],
  idf: (term: string) => number,
  k1: number,
  params: ProximityParams,
  length: FeatureLength = { b: 0, average: 1 },
): number {
  let bonus = 0;
  const dependence = params.dependenceOrdered > 0 || params.dependenceUnordered > 0;
  const places =
    params.proximityWeight > 0 || dependence
      ? termPlaces(words, new Set(query.map((item) => item.term)))
      : new Map<string, number[]>();
  if (dependence) bonus += dependenceBonus(query, words, places, idf, k1, params, length);
  if (params.proximityWeight > 0) {
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
