/**
 * @module rank
 * BM25F over three fields (title, body, people) with per-field weights and length
 * normalisation, and pseudo-relevance feedback (RM3-style: the best first-pass chunks lend
 * their most telling terms to a second pass). Pure: postings and statistics in, scores out.
 */
import { analyze } from './analyze.ts';
import { decodePostings, unpackBody, unpackPeople, unpackTitle } from './postings.ts';

export type CorpusStats = {
  readonly chunks: number;
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
};

export type RankParams = {
  readonly k1: number;
  readonly titleWeight: number;
  readonly bodyWeight: number;
  readonly peopleWeight: number;
  readonly titleB: number;
  readonly bodyB: number;
  readonly peopleB: number;
  /** Feedback: how many first-pass chunks, how many expansion terms, and their share of the query. */
  readonly feedbackDocs: number;
  readonly feedbackTerms: number;
  readonly feedbackWeight: number;
};

/** Chosen on the Cranfield and ADI collections (bench/ir.ts). */
export const DEFAULT_RANK_PARAMS: RankParams = {
  k1: 1.2,
  titleWeight: 2,
  bodyWeight: 1,
  peopleWeight: 1.5,
  titleB: 0.5,
  bodyB: 0.75,
  peopleB: 0.5,
  feedbackDocs: 10,
  feedbackTerms: 20,
  feedbackWeight: 0.3,
};

export type Scored = { readonly id: number; readonly score: number };

/** Inverse document frequency, BM25's non-negative form. */
export function idf(chunks: number, df: number): number {
  return Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
}

/** Query term weights: the count of each analysed term. */
export function queryWeights(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of analyze(text)) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}

/** Scores every chunk that has at least one query term. */
export function scoreBm25f(
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams = DEFAULT_RANK_PARAMS,
): Map<number, number> {
  const n = Math.max(stats.chunks, 1);
  const avgTitle = Math.max(stats.titleLength / n, 1e-9);
  const avgBody = Math.max(stats.bodyLength / n, 1e-9);
  const avgPeople = Math.max(stats.peopleLength / n, 1e-9);
  const { k1, titleWeight, bodyWeight, peopleWeight, titleB, bodyB, peopleB } = params;
  const scores = new Map<number, number>();
  for (const [term, queryWeight] of weights) {
    const rows = postings.get(term);
    if (!rows || rows.length === 0) continue;
    const views = rows.map(decodePostings);
    let df = 0;
    for (const view of views) df += view.length / 3;
    const termIdf = idf(n, df) * queryWeight;
    for (const view of views) {
      for (let i = 0; i < view.length; i += 3) {
        const id = view[i]!;
        const tf = view[i + 1]!;
        const len = view[i + 2]!;
        let pseudo = 0;
        const tTitle = unpackTitle(tf);
        if (tTitle) pseudo += (titleWeight * tTitle) / (1 - titleB + (titleB * unpackTitle(len)) / avgTitle);
        const tBody = unpackBody(tf);
        if (tBody) pseudo += (bodyWeight * tBody) / (1 - bodyB + (bodyB * unpackBody(len)) / avgBody);
        const tPeople = unpackPeople(tf);
        if (tPeople)
          pseudo += (peopleWeight * tPeople) / (1 - peopleB + (peopleB * unpackPeople(len)) / avgPeople);
        const add = (termIdf * pseudo) / (k1 + pseudo);
        scores.set(id, (scores.get(id) ?? 0) + add);
      }
    }
  }
  return scores;
}

/** Best first; ties by id so every store gives the same order. */
export function topScores(scores: ReadonlyMap<number, number>, limit = Number.POSITIVE_INFINITY): Scored[] {
  const list: Scored[] = [];
  for (const [id, score] of scores) list.push({ id, score });
  list.sort((a, b) => b.score - a.score || a.id - b.id);
  return limit < list.length ? list.slice(0, limit) : list;
}

/** Feedback term model: each term's share of the feedback chunks, each chunk weighted by its score. Best first. */
export function feedbackModel(
  feedback: readonly { readonly text: string; readonly score: number }[],
): [string, number][] {
  const total = feedback.reduce((sum, item) => sum + item.score, 0) || 1;
  const model = new Map<string, number>();
  for (const item of feedback) {
    const terms = analyze(item.text);
    if (terms.length === 0) continue;
    const share = item.score / total / terms.length;
    for (const term of terms) model.set(term, (model.get(term) ?? 0) + share);
  }
  return [...model.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * RM3-style mix: the original query (normalised) keeps 1 - feedbackWeight of the mass, the
 * best feedback terms share the rest. Terms in more than half the chunks are left out.
 */
export function mixQuery(
  original: ReadonlyMap<string, number>,
  candidates: readonly [string, number][],
  df: (term: string) => number,
  chunks: number,
  params: RankParams = DEFAULT_RANK_PARAMS,
): Map<string, number> {
  if (candidates.length === 0 || params.feedbackTerms === 0 || params.feedbackWeight === 0)
    return new Map(original);
  const chosen = candidates.filter(([term]) => df(term) <= chunks * 0.5).slice(0, params.feedbackTerms);
  const chosenTotal = chosen.reduce((sum, [, weight]) => sum + weight, 0) || 1;
  const originalTotal = [...original.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  const mixed = new Map<string, number>();
  for (const [term, weight] of original)
    mixed.set(term, ((1 - params.feedbackWeight) * weight) / originalTotal);
  for (const [term, weight] of chosen)
    mixed.set(term, (mixed.get(term) ?? 0) + (params.feedbackWeight * weight) / chosenTotal);
  return mixed;
}
