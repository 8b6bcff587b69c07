/**
 * @module rank
 * BM25F over three fields (title, body, people) with per-field weights and length
 * normalisation, and pseudo-relevance feedback (RM3-style: the best first-pass chunks lend
 * their most telling terms to a second pass). Pure: postings and statistics in, scores out.
 */
import { analyze } from './analyze.ts';
import { decodePostings } from './postings.ts';

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
  /** Expansion terms must occur in at most this share of the chunks. */
  readonly feedbackMaxDf: number;
};

/** Chosen on the Cranfield and ADI collections (bench/ir.ts). */
export const DEFAULT_RANK_PARAMS: RankParams = {
  k1: 1.2,
  titleWeight: 3,
  bodyWeight: 1,
  peopleWeight: 1.5,
  titleB: 0.5,
  bodyB: 0.75,
  peopleB: 0.5,
  feedbackDocs: 10,
  feedbackTerms: 20,
  feedbackWeight: 0.45,
  feedbackMaxDf: 0.2,
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
/** Scores by chunk id: a dense array over the ids touched, plus the list of those ids. */
export type ScoreTable = {
  readonly size: number;
  get(id: number): number;
  /** The best `limit` entries, best first; ties by id so every store gives the same order. */
  top(limit: number): Scored[];
};

class DenseScores implements ScoreTable {
  private readonly scores: Float64Array;
  private readonly touched: number[] = [];
  constructor(maxId: number) {
    this.scores = new Float64Array(maxId + 1);
  }
  add(id: number, value: number): void {
    if (this.scores[id] === 0) this.touched.push(id);
    this.scores[id]! += value;
  }
  get size(): number {
    return this.touched.length;
  }
  get(id: number): number {
    return this.scores[id] ?? 0;
  }
  top(limit: number): Scored[] {
    const scores = this.scores;
    const ids = this.touched;
    const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    if (limit >= ids.length) {
      const all = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b);
      return all.map((id) => ({ id, score: scores[id]! }));
    }
    // Min-heap of the best `limit` ids (the root is the worst kept).
    const heap: number[] = [];
    const siftUp = (index: number) => {
      let i = index;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
    };
    const siftDown = () => {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let worst = i;
        if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
        if (right < heap.length && better(heap[worst]!, heap[right]!)) worst = right;
        if (worst === i) break;
        [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
        i = worst;
      }
    };
    for (const id of ids) {
      if (heap.length < limit) {
        heap.push(id);
        siftUp(heap.length - 1);
      } else if (better(id, heap[0]!)) {
        heap[0] = id;
        siftDown();
      }
    }
    heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
    return heap.map((id) => ({ id, score: scores[id]! }));
  }
}

/** Scores every chunk that has at least one query term. */
export function scoreBm25f(
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams = DEFAULT_RANK_PARAMS,
): ScoreTable {
  const n = Math.max(stats.chunks, 1);
  const avgTitle = Math.max(stats.titleLength / n, 1e-9);
  const avgBody = Math.max(stats.bodyLength / n, 1e-9);
  const avgPeople = Math.max(stats.peopleLength / n, 1e-9);
  const { k1, titleWeight, bodyWeight, peopleWeight, titleB, bodyB, peopleB } = params;
  const decoded = new Map<string, Uint32Array[]>();
  let maxId = 0;
  for (const term of weights.keys()) {
    const rows = postings.get(term);
    if (!rows || rows.length === 0) continue;
    const views = rows.map(decodePostings);
    decoded.set(term, views);
    for (const view of views) for (let i = 0; i < view.length; i += 3) if (view[i]! > maxId) maxId = view[i]!;
  }
  const scores = new DenseScores(maxId);
  // Precomputed per-field length normalisers: 1 - b + b * len / avg, by length (small ints).
  const titleNorm = (len: number) => 1 - titleB + (titleB * len) / avgTitle;
  const bodyNorm = (len: number) => 1 - bodyB + (bodyB * len) / avgBody;
  const peopleNorm = (len: number) => 1 - peopleB + (peopleB * len) / avgPeople;
  for (const [term, views] of decoded) {
    const queryWeight = weights.get(term) ?? 0;
    if (queryWeight === 0) continue;
    let df = 0;
    for (const view of views) df += view.length / 3;
    const termIdf = idf(n, df) * queryWeight;
    for (const view of views) {
      for (let i = 0; i < view.length; i += 3) {
        const tf = view[i + 1]!;
        const len = view[i + 2]!;
        let pseudo = 0;
        const tTitle = tf & 255;
        if (tTitle) pseudo += (titleWeight * tTitle) / titleNorm(len & 255);
        const tBody = tf >>> 16;
        if (tBody) pseudo += (bodyWeight * tBody) / bodyNorm(len >>> 16);
        const tPeople = (tf >>> 8) & 255;
        if (tPeople) pseudo += (peopleWeight * tPeople) / peopleNorm((len >>> 8) & 255);
        scores.add(view[i]!, (termIdf * pseudo) / (k1 + pseudo));
      }
    }
  }
  return scores;
}

/** Best first; ties by id so every store gives the same order. */
export function topScores(scores: ScoreTable, limit = Number.POSITIVE_INFINITY): Scored[] {
  return scores.top(Math.min(limit, scores.size));
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
  const chosen = candidates
    .filter(([term]) => df(term) <= chunks * params.feedbackMaxDf)
    .slice(0, params.feedbackTerms);
  const chosenTotal = chosen.reduce((sum, [, weight]) => sum + weight, 0) || 1;
  const originalTotal = [...original.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  const mixed = new Map<string, number>();
  for (const [term, weight] of original)
    mixed.set(term, ((1 - params.feedbackWeight) * weight) / originalTotal);
  for (const [term, weight] of chosen)
    mixed.set(term, (mixed.get(term) ?? 0) + (params.feedbackWeight * weight) / chosenTotal);
  return mixed;
}
