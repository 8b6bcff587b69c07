/**
 * @module search
 * `search(index, request)`: query understanding, BM25F ranking with pseudo-relevance
 * feedback, CJK phrase order, filters (types, people, dates, readers) and snippets. Queries
 * without words ("emails from Ann last week") list the matching chunks newest first. Quoted
 * messages searched on their own (filters.quoted) rank below new text (quoted-rank.ts) and are
 * not listed.
 */
import { placedWords, queryWordForms } from './analyze.ts';
import { matchesFilters, matchesQuoted, type ResolvedFilters, resolveFilters } from './filters.ts';
import { documentLikelihoods, likelihoodWeighted } from './likelihood.ts';
import type { SearchIndex } from './open-index.ts';
import { boostPhrases, cjkPhrases, PHRASE_WINDOW } from './phrase.ts';
import { newTextPostings, quotedTerm } from './postings.ts';
import { proximityBonus, type QueryWord, queryPairs } from './proximity.ts';
import { parseQuery } from './query.ts';
import { quotedLast } from './quoted-rank.ts';
import {
  type CorpusStats,
  DEFAULT_RANK_PARAMS,
  feedbackLengthFactor,
  feedbackMix,
  feedbackModel,
  idf,
  queryWeights,
  type RankParams,
  type ScoreTable,
  scoreBm25f,
} from './rank.ts';
import { makeSnippet } from './snippet.ts';
import type {
  Chunk,
  ListRequest,
  ParsedQuery,
  Person,
  SearchFilters,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from './types.ts';

const BATCH = 100;

function mergeFilters(parsed: SearchFilters, explicit: SearchFilters | undefined): SearchFilters {
  if (!explicit) return parsed;
  const merged: Record<string, unknown> = { ...parsed };
  for (const [key, value] of Object.entries(explicit)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && Array.isArray(merged[key]))
      merged[key] = [...new Set([...(merged[key] as unknown[]), ...value])];
    else merged[key] = value;
  }
  return merged as SearchFilters;
}

function toHit(chunk: Chunk, score: number, terms: ReadonlySet<string>): SearchHit {
  return {
    chunkId: chunk.id,
    path: chunk.path,
    uri: chunk.uri,
    title: chunk.title,
    locator: chunk.locator,
    score: Math.round(score * 10_000) / 10_000,
    snippet: makeSnippet(chunk.text, terms),
    text: chunk.text,
    type: chunk.type,
    people: chunk.people,
    ...(chunk.date ? { date: chunk.date } : {}),
    ...(chunk.threadId ? { threadId: chunk.threadId } : {}),
    ...(chunk.data ? { data: chunk.data } : {}),
  };
}

/**
 * Walks the ranking best first, fetching chunks in small batches, until `limit` pass the
 * filters. Only the head of the ranking is sorted; the window widens when filters reject much.
 */
async function firstPassing(
  index: SearchIndex,
  scores: ScoreTable,
  filters: ResolvedFilters,
  limit: number,
  seen: Map<number, Chunk> = new Map(),
) {
  const out: { chunk: Chunk; score: number }[] = [];
  let window = Math.max(limit + 10, 20);
  let done = 0;
  while (out.length < limit && done < scores.size) {
    const ranked = scores.top(Math.min(window, scores.size));
    for (let start = done; start < ranked.length && out.length < limit; start += BATCH) {
      const slice = ranked.slice(start, Math.min(start + BATCH, ranked.length));
      const missing = slice.map((item) => item.id).filter((id) => !seen.has(id));
      if (missing.length > 0)
        for (const chunk of await index.store.getChunks(missing)) seen.set(chunk.id, chunk);
      for (const item of slice) {
        const chunk = seen.get(item.id);
        if (chunk && matchesFilters(chunk, filters) && matchesQuoted(chunk, filters))
          out.push({ chunk, score: item.score });
        if (out.length >= limit) break;
      }
    }
    done = ranked.length;
    window *= 8;
  }
  return out;
}

async function listFiltered(index: SearchIndex, filters: ResolvedFilters, limit: number) {
  const out: Chunk[] = [];
  for (let offset = 0; out.length < limit; offset += 500) {
    const page = await index.store.queryChunks({
      ...(filters.types ? { types: filters.types } : {}),
      ...(filters.threadId ? { threadId: filters.threadId } : {}),
      // Events and threads read in time order; everything else newest first.
      oldestFirst: Boolean(filters.threadId) || (filters.types?.length === 1 && filters.types[0] === 'event'),
      limit: 500,
      offset,
    });
    // A listing names the messages of the mailbox; a message quoted under one is no other message, unless asked.
    for (const chunk of page)
      if (matchesFilters(chunk, filters) && matchesQuoted(chunk, filters) && out.length < limit)
        out.push(chunk);
    if (page.length < 500) break;
  }
  return out;
}

/** Ranks and filters; the core of `officemate search` and of retrieval for answers. */
export async function search(
  index: SearchIndex,
  request: SearchRequest,
  params: RankParams = DEFAULT_RANK_PARAMS,
): Promise<SearchResponse> {
  const k = request.k ?? 10;
  const now = request.now ?? new Date();
  const needsPeople =
    request.understand !== false ||
    (request.filters?.from?.length ?? 0) > 0 ||
    (request.filters?.to?.length ?? 0) > 0;
  const people: Person[] = needsPeople ? await index.store.people() : [];
  const parsed: ParsedQuery =
    request.understand === false
      ? { text: request.query, filters: {} }
      : parseQuery(request.query, { now, people });
  const filters = mergeFilters(parsed.filters, request.filters);
  const resolved = resolveFilters(filters, people);
  const understood: ParsedQuery = { text: parsed.text, filters };
  const weights = queryWeights(parsed.text);
  if (weights.size === 0) {
    const hasFilter = Object.keys(filters).some((key) => key !== 'asUser');
    if (!hasFilter) return { results: [], parsed: understood };
    const chunks = await listFiltered(index, resolved, k);
    return { results: chunks.map((chunk) => toHit(chunk, 0, new Set())), parsed: understood };
  }
  // A reader's search reads, scores and counts only the files that reader may read: the cost
  // and the ranking statistics do not depend on anyone else's files.
  const reader = filters.asUser;
  const stats = await index.store.stats(reader);
  const quoted = filters.quoted !== undefined;
  const postings = await readPostings(index, [...weights.keys()], reader, quoted);
  let scores = scoreBm25f(weights, postings, stats, params);
  // What one query term's weight is in the final scores (feedback scales the original query).
  let termUnit = 1;
  // The re-ordering steps below read the text of the head of the ranking: it is fetched once.
  const query = queryWordForms(parsed.text);
  const near =
    ((params.proximityWeight > 0 || params.dependenceOrdered > 0 || params.dependenceUnordered > 0) &&
      queryPairs(query).length > 0) ||
    (params.exactFormWeight > 0 && query.length > 0);
  const phrases = cjkPhrases(parsed.text);
  const depth = Math.max(k, near ? params.proximityDepth : 0, phrases.length > 0 ? PHRASE_WINDOW : 0);
  // Chunks fetched by the first pass are kept for the second.
  const seen = new Map<number, Chunk>();
  let passing = await firstPassing(index, scores, resolved, Math.max(depth, params.feedbackDocs), seen);
  // Feedback needs a ranking to learn from: with fewer than twice as many matches as feedback
  // chunks, the "top" chunks are simply all matches and expansion only adds noise.
  const enoughMatches = scores.size >= 2 * params.feedbackDocs;
  if (request.feedback !== false && params.feedbackTerms > 0 && passing.length > 0 && enoughMatches) {
    // Feedback learns from the best passages by their own scores: the file share lifts every
    // chunk of a long file together and would give all five feedback chunks to one file. With
    // `feedbackFileChunks` the feedback documents are the files of those passages, each lending
    // its matching passages' text as one document, as feedback over whole documents would.
    const ranking = params.feedbackFromPassages && params.documentWeight > 0 ? scores.passages() : scores;
    const feedback =
      params.feedbackFileChunks > 0
        ? await feedbackDocuments(index, ranking, resolved, weights, postings, stats, params, seen)
        : feedbackChunks(
            ranking === scores
              ? passing.slice(0, params.feedbackDocs)
              : await firstPassing(index, ranking, resolved, params.feedbackDocs, seen),
            weights,
            postings,
            stats,
            params,
          );
    const { scale, added } = await expand(index, weights, feedback, postings, stats, params, reader, quoted);
    termUnit = scale;
    // The second pass is the first one scaled plus the feedback terms alone.
    scores = scoreBm25f(added, postings, stats, params, { table: scores, scale });
    passing = await firstPassing(index, scores, resolved, depth, seen);
  }
  if (near) passing = rescoreByProximity(passing, query, postings, stats, params, termUnit);
  if (phrases.length > 0) passing = boostPhrases(passing, phrases);
  passing = quotedLast(passing);
  const terms = new Set(weights.keys());
  request.onCost?.({ scored: scores.scored });
  return {
    results: passing.slice(0, k).map((item) => toHit(item.chunk, item.score, terms)),
    parsed: understood,
  };
}

/**
 * The feedback chunks' texts and weights: their query likelihood relative to the likeliest
 * (relevance model 3), with each field's occurrences counted as BM25F weighs them (a title
 * word twice), or their scores where `feedbackLikelihoodMu` is 0.
 */
function feedbackChunks(
  chunks: readonly { readonly chunk: Chunk; readonly score: number }[],
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams,
): { text: string; score: number }[] {
  return likelihoodWeighted(
    chunks.map((item) => ({
      id: item.chunk.id,
      text: `${item.chunk.title}\n${item.chunk.text}`,
      score: item.score,
    })),
    weights,
    postings,
    stats,
    params.feedbackLikelihoodMu,
    { title: params.titleWeight, people: params.peopleWeight, body: params.bodyWeight },
  );
}

/**
 * Feedback from documents: the first `feedbackDocs` files of `ranking` (an item of a mailbox or
 * calendar is a document of its own), each lending the text of its best `feedbackFileChunks`
 * chunks holding a query term (by their own scores) as one text, weighted by the whole file's
 * query likelihood relative to the likeliest (relevance model 3 over documents).
 */
async function feedbackDocuments(
  index: SearchIndex,
  ranking: ScoreTable,
  filters: ResolvedFilters,
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams,
  seen: Map<number, Chunk>,
): Promise<{ text: string; score: number }[]> {
  const head = await firstPassing(index, ranking, filters, params.feedbackDocs * 4, seen);
  const mu = params.feedbackLikelihoodMu > 0 ? params.feedbackLikelihoodMu : 1000;
  const fields = { title: params.titleWeight, people: params.peopleWeight, body: params.bodyWeight };
  const documents = documentLikelihoods(
    head.map((item) => item.chunk.id),
    weights,
    postings,
    stats,
    mu,
    fields,
  );
  const own = ranking.passages();
  const chosen: { chunks: number[]; logLikelihood: number; score: number }[] = [];
  const keys = new Set<string>();
  for (const item of head) {
    const document = documents.get(item.chunk.id);
    if (!document || keys.has(document.key)) continue;
    keys.add(document.key);
    const best = [...document.chunks]
      .sort((a, b) => own.get(b) - own.get(a) || a - b)
      .slice(0, params.feedbackFileChunks);
    chosen.push({ chunks: best, logLikelihood: document.logLikelihood, score: item.score });
    if (chosen.length >= params.feedbackDocs) break;
  }
  const missing = chosen.flatMap((document) => document.chunks).filter((id) => !seen.has(id));
  if (missing.length > 0) for (const chunk of await index.store.getChunks(missing)) seen.set(chunk.id, chunk);
  const likeliest = Math.max(...chosen.map((document) => document.logLikelihood));
  return chosen.map((document) => {
    const chunks = document.chunks
      .map((id) => seen.get(id))
      .filter(
        (chunk): chunk is Chunk =>
          chunk !== undefined && matchesFilters(chunk, filters) && matchesQuoted(chunk, filters),
      );
    const text = [chunks[0]?.title ?? '', ...chunks.map((chunk) => chunk.text)].join('\n');
    const score =
      params.feedbackLikelihoodMu > 0 ? Math.exp(document.logLikelihood - likeliest) : document.score;
    return { text, score };
  });
}

async function expand(
  index: SearchIndex,
  weights: ReadonlyMap<string, number>,
  feedback: readonly { text: string; score: number }[],
  postings: Map<string, Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams,
  reader: string | undefined,
  quoted: boolean,
): Promise<{ scale: number; added: Map<string, number> }> {
  const { model, length } = feedbackModel(feedback);
  const candidates = model.slice(0, params.feedbackTerms * 2);
  // Document frequencies first (cheap), so postings are read only for the chosen terms.
  const frequencies = await index.store.documentFrequencies(
    candidates.map(([term]) => term),
    reader,
  );
  const df = (term: string) => frequencies.get(term) ?? 0;
  // Long feedback documents lend a smaller share (`feedbackLengthPivot`).
  const factor = feedbackLengthFactor(params, length);
  const mixParams = factor < 1 ? { ...params, feedbackWeight: params.feedbackWeight * factor } : params;
  const mix = feedbackMix(weights, candidates, df, stats.chunks, mixParams);
  const missing = [...mix.added.keys()].filter((term) => !postings.has(term));
  for (const [term, rows] of await readPostings(index, missing, reader, quoted)) postings.set(term, rows);
  return mix;
}

/**
 * The posting rows of `terms`; with `quoted` (a search that takes quoted history), each term's
 * rows of quoted messages after its others. Those are kept under their own terms and count in no
 * statistic (postings.ts QUOTED_FLAG), so new text scores as in an index without them.
 */
async function readPostings(
  index: SearchIndex,
  terms: readonly string[],
  reader: string | undefined,
  quoted: boolean,
): Promise<Map<string, Uint8Array[]>> {
  if (!quoted) return index.store.postings(terms, reader);
  const rows = await index.store.postings([...terms, ...terms.map(quotedTerm)], reader);
  const out = new Map<string, Uint8Array[]>();
  for (const term of terms) {
    const all = withQuoted(rows.get(term), rows.get(quotedTerm(term)));
    if (all && all.length > 0) out.set(term, all);
  }
  return out;
}

/**
 * A term's rows with its quoted messages' rows after them, made once per pair of row lists
 * (a store hands back the same lists while the index is unchanged), so the impacts rank.ts
 * keeps per row list serve quoted searches too; either list alone is taken as it is.
 */
const quotedAfter = new WeakMap<Uint8Array[], WeakMap<Uint8Array[], Uint8Array[]>>();

function withQuoted(
  own: Uint8Array[] | undefined,
  quoted: Uint8Array[] | undefined,
): Uint8Array[] | undefined {
  if (!quoted || quoted.length === 0) return own;
  if (!own || own.length === 0) return quoted;
  let byQuoted = quotedAfter.get(own);
  if (!byQuoted) {
    byQuoted = new WeakMap();
    quotedAfter.set(own, byQuoted);
  }
  let all = byQuoted.get(quoted);
  if (!all) {
    all = [...own, ...quoted];
    byQuoted.set(quoted, all);
  }
  return all;
}

/** Lists chunks of one type by metadata, newest first: events in a range, contacts, mail of a person. */
export async function listItems(index: SearchIndex, request: ListRequest): Promise<SearchHit[]> {
  const people = request.person ? await index.store.people() : [];
  const filters = resolveFilters(
    {
      types: [request.type],
      ...(request.since ? { since: request.since } : {}),
      ...(request.until ? { until: request.until } : {}),
      ...(request.asUser !== undefined ? { asUser: request.asUser } : {}),
    },
    people,
  );
  const limit = request.limit ?? 100;
  let chunks = await listFiltered(index, filters, request.person ? Number.MAX_SAFE_INTEGER : limit);
  if (request.person) {
    const keys = resolveFilters({ to: [request.person] }, people).toKeys?.[0];
    const { mentionKeys } = await import('./people.ts');
    chunks = chunks.filter(
      (chunk) =>
        chunk.people.some((ref) => mentionKeys(ref).strong.some((key) => keys?.has(key))) ||
        chunk.text.toLowerCase().includes(request.person!.toLowerCase()),
    );
    chunks = chunks.slice(0, limit);
  }
  return chunks.map((chunk) => toHit(chunk, 0, new Set()));
}

/** Chunks by id (for citations), in the order asked; unknown ids are left out. */
export async function getChunks(
  index: SearchIndex,
  ids: readonly number[],
  asUser?: string,
): Promise<Chunk[]> {
  const chunks = await index.store.getChunks(ids);
  return asUser === undefined ? chunks : chunks.filter((chunk) => matchesFilters(chunk, { asUser }));
}

/** The merged people table. */
export async function listPeople(index: SearchIndex): Promise<Person[]> {
  return index.store.people();
}

/**
 * Adds each chunk's proximity and exact-form bonus (proximity.ts) to its score and re-orders:
 * the bonus is in units of one query term's weight, as the original query's terms stand in the
 * final scores, and weighs each term by its rarity among chunks.
 */
function rescoreByProximity<T extends { readonly chunk: Chunk; readonly score: number }>(
  items: readonly T[],
  query: readonly QueryWord[],
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams,
  termUnit: number,
): T[] {
  const chunks = Math.max(stats.chunks, 1);
  const idfs = new Map<string, number>();
  for (const { term } of query) {
    let df = 0;
    for (const row of postings.get(term) ?? []) df += newTextPostings(row);
    idfs.set(term, idf(chunks, df));
  }
  const idfOf = (term: string) => idfs.get(term) ?? 0;
  const length = { b: params.bodyB, average: (stats.titleLength + stats.bodyLength) / chunks };
  return items
    .map((item) => {
      const words = placedWords(`${item.chunk.title}\n${item.chunk.text}`);
      const bonus = proximityBonus(query, words, idfOf, params.k1, params, length);
      return bonus > 0 ? { ...item, score: item.score + termUnit * bonus } : item;
    })
    .sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
}
