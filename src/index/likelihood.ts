/**
 * @module likelihood
 * Dirichlet-smoothed query likelihood of a few chunks, read from the same posting rows BM25F
 * scores: each chunk's fields as one bag of terms, smoothed by the whole index's term counts.
 * Feedback uses it as relevance model 3 does: each feedback chunk lends its terms in proportion
 * to the likelihood that it generated the query, P(Q|D), rather than to its BM25F score.
 * Pure: chunk ids, query weights, postings and statistics in, scores out.
 */
import {
  decodePostings,
  HEADER_WORDS,
  POSTING_WORDS,
  unpackBody,
  unpackPeople,
  unpackTitle,
} from './postings.ts';
import type { CorpusStats } from './rank.ts';

/** How much one occurrence in each field counts (BM25F's field weights). */
export type FieldWeights = { readonly title: number; readonly people: number; readonly body: number };

const EVEN: FieldWeights = { title: 1, people: 1, body: 1 };

type FieldCounts = { readonly title: number; readonly people: number; readonly body: number };

/** Occurrences (or lengths) in title, people and body, summed with the fields' weights. */
const weigh = (counts: FieldCounts, fields: FieldWeights) =>
  fields.title * counts.title + fields.people * counts.people + fields.body * counts.body;

/** A posting's packed field word (frequencies or lengths), weighted. */
const weighted = (packed: number, fields: FieldWeights) =>
  weigh({ title: unpackTitle(packed), people: unpackPeople(packed), body: unpackBody(packed) }, fields);

/**
 * A term's occurrences in title, people and body over all its postings, kept per posting-row
 * list (stores hand back the same list while the index is unchanged; rank.ts's impacts rely on
 * that too), so a term seen by an earlier query is not counted again.
 */
const countCache = new WeakMap<readonly Uint8Array[], FieldCounts>();

function fieldCounts(rows: readonly Uint8Array[]): FieldCounts {
  const cached = countCache.get(rows);
  if (cached) return cached;
  let title = 0;
  let people = 0;
  let body = 0;
  for (const row of rows) {
    const view = decodePostings(row);
    for (let i = HEADER_WORDS + 1; i < view.length; i += POSTING_WORDS) {
      const packed = view[i]!;
      title += unpackTitle(packed);
      people += unpackPeople(packed);
      body += unpackBody(packed);
    }
  }
  const counts = { title, people, body };
  countCache.set(rows, counts);
  return counts;
}

/**
 * Log query likelihood of each of `ids`: Σ_t w_t · log((tf + μ·p(t)) / (len + μ)), with p(t)
 * the term's share of all indexed terms (title, people and body) and a term missing from a
 * chunk counted with tf 0. Reads every posting of the query's terms once. A chunk's length is
 * read from its postings, so `ids` are chunks holding at least one query term (those a ranking
 * of the query returns); one holding none is scored as if it were empty.
 */
export function logLikelihoods(
  ids: readonly number[],
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  mu: number,
  fields: FieldWeights = EVEN,
): Map<number, number> {
  const collection = Math.max(
    weigh({ title: stats.titleLength, people: stats.peopleLength, body: stats.bodyLength }, fields),
    1,
  );
  const wanted = new Set(ids);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const lengths = new Map<number, number>();
  const terms: { weight: number; prior: number; tf: Map<number, number> }[] = [];
  for (const [term, weight] of weights) {
    if (weight === 0) continue;
    const tf = new Map<number, number>();
    const rows = postings.get(term) ?? [];
    for (const row of rows) {
      const view = decodePostings(row);
      for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) {
        const id = view[i]!;
        if (id < low || id > high || !wanted.has(id)) continue;
        tf.set(id, weighted(view[i + 1]!, fields));
        if (!lengths.has(id)) lengths.set(id, weighted(view[i + 2]!, fields));
      }
    }
    const count = weigh(fieldCounts(rows), fields);
    // A term the index lacks lowers every chunk alike; half an occurrence keeps the log finite.
    terms.push({ weight, prior: (mu * Math.max(count, 0.5)) / collection, tf });
  }
  const out = new Map<number, number>();
  for (const id of ids) {
    const length = lengths.get(id) ?? 0;
    let score = 0;
    for (const { weight, prior, tf } of terms)
      score += weight * Math.log(((tf.get(id) ?? 0) + prior) / (length + mu));
    out.set(id, score);
  }
  return out;
}

/**
 * P(Q|D) of each of `ids` relative to the likeliest of them (which gets 1): the document
 * weights of relevance model 3.
 */
export function relativeLikelihoods(
  ids: readonly number[],
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  mu: number,
  fields: FieldWeights = EVEN,
): Map<number, number> {
  const logs = logLikelihoods(ids, weights, postings, stats, mu, fields);
  let best = Number.NEGATIVE_INFINITY;
  for (const value of logs.values()) if (value > best) best = value;
  const out = new Map<number, number>();
  for (const [id, value] of logs) out.set(id, Math.exp(value - best));
  return out;
}
