/**
 * @module rank-sentences
 * Extractive selection: score sentences by how central they are to the text (TF-IDF cosine
 * to the centroid), where they sit (openings of sections), how well they match an optional
 * query and the section titles, then pick with MMR so the summary does not repeat itself,
 * and return them in reading order.
 */
import { analyze } from '../../index/analyze.ts';
import { isNameList } from '../../lib/text/name-list.ts';
import type { TextUnit } from './text-units.ts';

export type RankOptions = {
  /** How many sentences to pick. */
  readonly count: number;
  /** Focus the selection on this query (documents for a memo section, a question). */
  readonly query?: string;
  /** 0..1: how much relevance outweighs novelty in MMR (default 0.7). */
  readonly lambda?: number;
  /** Skip sentences shorter than this many words (default 4). */
  readonly minWords?: number;
};

export type RankedUnit = TextUnit & { readonly score: number };

type Vector = Map<string, number>;

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return dot / (normA * normB);
}

/** The share of a text's space-separated tokens that are words (letters, with trailing punctuation); 0 for code. */
function proseShare(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 0;
  const words = tokens.filter(
    (token) =>
      /^["'“‘(]?[\p{L}][\p{L}\p{M}'’-]*[.,;:!?"'”’)]*$/u.test(token) &&
      /\p{L}{2}|[^\p{Script=Latin}\P{L}]/u.test(token),
  );
  // Brackets and operators thick on the line mark code or a formula, whatever its words.
  const symbols = text.match(/[(){}[\]<>=+*/\\|$#@_~^]/g)?.length ?? 0;
  return symbols / text.length > 0.1 ? 0 : words.length / tokens.length;
}

/**
 * A unit that goes on from a lead-in it leaves out: it opens in lower case (after a list mark such
 * as "b)" or "-") or ends with a semicolon, as the items of a list written as one sentence do.
 */
function leansOnLeadIn(text: string): boolean {
  const start = text.trim();
  // A lone small letter before a capital is a bullet a plain-text mail sent ("o All staff…").
  if (/^\p{Ll}\s+\p{Lu}/u.test(start)) return /;\s*$/.test(text);
  return /^(?:\p{L}\)\s*|[-\u2013\u2022]\s*)?\p{Ll}/u.test(start) || /;\s*$/.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

type Scored<U extends TextUnit> = {
  candidates: U[];
  vectors: Vector[];
  norms: number[];
  relevance: number[];
  queryNorm: number;
};

function scoreUnits<U extends TextUnit>(
  units: readonly U[],
  query: string | undefined,
  minWords: number,
): Scored<U> {
  const candidates = units.filter(
    (unit) => wordCount(unit.text) >= minWords || /[\u3040-\u9fff]/.test(unit.text),
  );
  const termLists = candidates.map((unit) => analyze(unit.text));
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists)
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = candidates.length;
  const idf = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? 1));
  const vectors = termLists.map((terms) => {
    const vector: Vector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, count] of vector) vector.set(term, (1 + Math.log(count)) * idf(term));
    return vector;
  });
  const norms = vectors.map(norm);
  const centroid: Vector = new Map();
  for (const vector of vectors)
    for (const [term, value] of vector) centroid.set(term, (centroid.get(term) ?? 0) + value);
  const centroidNorm = norm(centroid);
  const queryVector: Vector = new Map();
  for (const term of analyze(query ?? '')) queryVector.set(term, (queryVector.get(term) ?? 0) + idf(term));
  const queryNorm = norm(queryVector);
  const seenSections = new Set<string>();
  const relevance = candidates.map((unit, i) => {
    const vector = vectors[i]!;
    let score = cosine(vector, centroid, norms[i], centroidNorm);
    if (queryNorm > 0) score = 0.35 * score + cosine(vector, queryVector, norms[i], queryNorm);
    const sectionTerms = new Set(analyze(unit.section));
    if (sectionTerms.size) {
      let overlap = 0;
      for (const term of vector.keys()) if (sectionTerms.has(term)) overlap++;
      score += 0.05 * Math.min(overlap, 3);
    }
    if (unit.indexInBlock === 0) score *= 1.08;
    if (!seenSections.has(unit.section)) {
      seenSections.add(unit.section);
      score *= 1.12;
    }
    const words = wordCount(unit.text);
    // Code, log lines and formulas on a slide are not sentences a reader can take in.
    if (proseShare(unit.text) < 0.5) score *= 0.1;
    // An author line ("Ann Lee, Raj Patel, Tom Berg.") names people and says nothing.
    if (isNameList(unit.text)) score *= 0.1;
    if (words < 7) score *= 0.7;
    // A run-on of a hundred words (a list written as one sentence) is hard to read in a summary.
    if (words > 45) score *= words > 90 ? 0.5 : 0.8;
    if (/\?$/.test(unit.text)) score *= 0.8;
    // A list item ("b) for companies: …;", "a copy of the decision;") leans on the lead-in above it.
    if (leansOnLeadIn(unit.text)) score *= 0.7;
    return score;
  });
  return { candidates, vectors, norms, relevance, queryNorm };
}

/** How central (or, with a query, how relevant) each unit is; aligned with `units`, 0 for units too short to judge. */
export function sentenceRelevance(units: readonly TextUnit[], query?: string): number[] {
  const scored = scoreUnits(units, query, 1);
  const byPosition = new Map(scored.candidates.map((unit, i) => [unit, scored.relevance[i]!]));
  return units.map((unit) => byPosition.get(unit) ?? 0);
}

export function rankSentences<U extends TextUnit>(
  units: readonly U[],
  options: RankOptions,
): (U & { readonly score: number })[] {
  if (units.length === 0 || options.count <= 0) return [];
  const { candidates, vectors, norms, relevance, queryNorm } = scoreUnits(
    units,
    options.query,
    options.minWords ?? 4,
  );
  if (candidates.length === 0) return [];
  const lambda = options.lambda ?? 0.7;
  const chosen: number[] = [];
  const remaining = new Set(candidates.map((_, i) => i));
  while (chosen.length < options.count && remaining.size > 0) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of remaining) {
      let redundancy = 0;
      for (const j of chosen)
        redundancy = Math.max(redundancy, cosine(vectors[i]!, vectors[j]!, norms[i], norms[j]));
      const value = lambda * relevance[i]! - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    remaining.delete(best);
    if (queryNorm > 0 && relevance[best]! <= 0.02 && chosen.length > 0) break;
    chosen.push(best);
  }
  return chosen
    .map((i) => ({ ...candidates[i]!, score: relevance[i]! }))
    .sort((a, b) => a.position - b.position);
}
