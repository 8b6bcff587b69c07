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
  isItemsFile,
  isQuotedRow,
  POSTING_WORDS,
  rowFileId,
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
    // Quoted messages' rows count in no collection statistic (postings.ts QUOTED_FLAG).
    if (isQuotedRow(view[1]!)) continue;
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

/** The smallest and largest of `ids`, so a pass over posting rows can skip ids outside them. */
function idRange(ids: readonly number[]): { low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  return { low, high };
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
  const { low, high } = idRange(ids);
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

/**
 * A feedback document: a file as one document, or one item of a file of separate items (a
 * mailbox's message, a calendar's event), which is a document of its own as in rank.ts.
 */
export type FeedbackDocument = {
  /** `f<file id>` for a file, `c<chunk id>` for an item. */
  readonly key: string;
  /** Its chunks that hold a query term, in the order their rows list them. */
  readonly chunks: readonly number[];
  /** Log P(Q|D) of the whole document (`logLikelihoods`' formula over its summed fields). */
  readonly logLikelihood: number;
};

/**
 * The document of each of `ids` (chunks holding a query term), each scored as one document:
 * a file's frequencies are its chunks' summed (its title and people as in its fullest chunk,
 * as rank.ts scores a file) over its lengths from the rows' header. Reads the query terms'
 * posting rows twice: once to find the files of `ids`, once to count over those files.
 * Relevance model 3 over documents rather than passages: a long file lends the text of all
 * its matching passages, weighted by how likely the whole file is to have made the query.
 */
export function documentLikelihoods(
  ids: readonly number[],
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  mu: number,
  fields: FieldWeights = EVEN,
): Map<number, FeedbackDocument> {
  const wanted = new Set(ids);
  const { low, high } = idRange(ids);
  const files = new Set<number>();
  const items = new Set<number>();
  for (const [term, weight] of weights) {
    if (weight === 0) continue;
    for (const row of postings.get(term) ?? []) {
      const view = decodePostings(row);
      for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) {
        const id = view[i]!;
        if (id < low || id > high || !wanted.has(id)) continue;
        // A quoted message (postings.ts QUOTED_FLAG) is a document of its own, as an item is.
        if (isItemsFile(view[1]!) || isQuotedRow(view[1]!)) items.add(id);
        else files.add(rowFileId(view));
      }
    }
  }
  const collection = Math.max(
    weigh({ title: stats.titleLength, people: stats.peopleLength, body: stats.bodyLength }, fields),
    1,
  );
  type Counting = { chunks: Set<number>; length: number; tf: number[] };
  const counting = new Map<number, Counting>();
  const termList = [...weights].filter(([, weight]) => weight !== 0);
  const priors: number[] = [];
  for (const [t, [term]] of termList.entries()) {
    const rows = postings.get(term) ?? [];
    priors.push((mu * Math.max(weigh(fieldCounts(rows), fields), 0.5)) / collection);
    for (const row of rows) {
      const view = decodePostings(row);
      const fileId = rowFileId(view);
      if (!files.has(fileId) || isItemsFile(view[1]!) || isQuotedRow(view[1]!)) continue;
      let entry = counting.get(fileId);
      if (!entry) {
        const header = view[1]!;
        const length = weigh(
          { title: unpackTitle(header), people: unpackPeople(header), body: view[2]! },
          fields,
        );
        entry = { chunks: new Set(), length, tf: new Array(termList.length).fill(0) };
        counting.set(fileId, entry);
      }
      let title = 0;
      let people = 0;
      let body = 0;
      for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) {
        const packed = view[i + 1]!;
        title = Math.max(title, unpackTitle(packed));
        people = Math.max(people, unpackPeople(packed));
        body += unpackBody(packed);
        entry.chunks.add(view[i]!);
      }
      entry.tf[t] = weigh({ title, people, body }, fields);
    }
  }
  const score = (tf: readonly number[], length: number) =>
    termList.reduce(
      (sum, [, weight], t) => sum + weight * Math.log(((tf[t] ?? 0) + priors[t]!) / (length + mu)),
      0,
    );
  const byFile = new Map<number, FeedbackDocument>();
  for (const [fileId, entry] of counting)
    byFile.set(fileId, {
      key: `f${fileId}`,
      chunks: [...entry.chunks],
      logLikelihood: score(entry.tf, entry.length),
    });
  const itemScores =
    items.size > 0 ? logLikelihoods([...items], weights, postings, stats, mu, fields) : undefined;
  const out = new Map<number, FeedbackDocument>();
  for (const document of byFile.values())
    for (const id of document.chunks) if (wanted.has(id)) out.set(id, document);
  for (const id of items) out.set(id, { key: `c${id}`, chunks: [id], logLikelihood: itemScores!.get(id)! });
  return out;
}

/**
 * Feedback texts weighed by their query likelihood relative to the likeliest (relevance model
 * 3), each field's occurrences counted as BM25F weighs them; their own scores where `mu` is 0.
 */
export function likelihoodWeighted(
  items: readonly { readonly id: number; readonly text: string; readonly score: number }[],
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  mu: number,
  fields: FieldWeights,
): { text: string; score: number }[] {
  const likelihood =
    mu > 0
      ? relativeLikelihoods(
          items.map((item) => item.id),
          weights,
          postings,
          stats,
          mu,
          fields,
        )
      : undefined;
  return items.map((item) => ({ text: item.text, score: likelihood?.get(item.id) ?? item.score }));
}
