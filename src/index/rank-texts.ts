/**
 * @module rank-texts
 * The index's ranking over a few texts held in memory (the windows of one transcript, the
 * sections of one document): each text is a chunk of one file, its posting rows built as
 * `index-paths.ts` builds them, scored by `rank.ts`'s BM25F with its pseudo-relevance feedback,
 * the corpus statistics being those of the texts themselves. Nothing is stored and no second
 * ranker is written: a caller that needs to rank the parts of one item against a query gets
 * the same scores an index of those parts would give. Pure: texts and query weights in, one
 * score per text out.
 */
import { placedWords } from './analyze.ts';
import { likelihoodWeighted } from './likelihood.ts';
import { chunkTerms, encodePostings, fileHeader, fileLengths, rowPostings } from './postings.ts';
import { proximityBonus, type QueryWord, weighsText } from './proximity.ts';
import {
  DEFAULT_RANK_PARAMS,
  feedbackLengthFactor,
  feedbackMix,
  feedbackModel,
  idf,
  type RankParams,
  scoreBm25f,
} from './rank.ts';

/** One text to rank: its fields as an indexed chunk has them. */
export type RankedText = {
  readonly title?: string;
  readonly body: string;
  readonly people?: string;
  /**
   * The file the text is a chunk of (texts of one number form one file, whose score as one
   * document each of them shares, as `documentWeight` gives it); default: all texts one file.
   */
  readonly file?: number;
};

export type RankTextsOptions = {
  /** Ranking parameters (default: the index's own). */
  readonly params?: RankParams;
  /** Pseudo-relevance feedback from the best texts, as `search` gives it (default on). */
  readonly feedback?: boolean;
  /**
   * The query's words in order, for the proximity and exact-form bonus when the parameters
   * weigh them (`proximity.ts`); every text is re-scored, not only the best.
   */
  readonly words?: readonly QueryWord[];
};

/**
 * Each text's score for a query given as term weights (index terms, `analyze`'s), in the order
 * of `texts`; 0 for a text that holds no query term (nor, with feedback, an expansion term).
 */
export function rankTexts(
  texts: readonly RankedText[],
  weights: ReadonlyMap<string, number>,
  options: RankTextsOptions = {},
): number[] {
  const params = options.params ?? DEFAULT_RANK_PARAMS;
  if (texts.length === 0 || weights.size === 0) return texts.map(() => 0);
  const analysed = texts.map((text) =>
    chunkTerms({ title: text.title ?? '', body: text.body, people: text.people ?? '' }),
  );
  const files = new Map<number, number[]>();
  texts.forEach((text, id) => {
    const file = text.file ?? 0;
    files.set(file, [...(files.get(file) ?? []), id]);
  });
  const postings = new Map<string, Uint8Array[]>();
  const total = { title: 0, body: 0, people: 0 };
  for (const [file, ids] of files) {
    const lengths = fileLengths(ids.map((id) => analysed[id]!));
    total.title += lengths.titleLength;
    total.body += lengths.bodyLength;
    total.people += lengths.peopleLength;
    const rows = encodePostings(
      ids.map((id) => ({ id, terms: analysed[id]! })),
      fileHeader(file, lengths),
    );
    for (const row of rows) postings.set(row.term, [...(postings.get(row.term) ?? []), row.data]);
  }
  const sum = (pick: (terms: (typeof analysed)[number]) => number) =>
    analysed.reduce((all, terms) => all + pick(terms), 0);
  const stats = {
    chunks: texts.length,
    titleLength: sum((terms) => terms.titleLength),
    bodyLength: sum((terms) => terms.bodyLength),
    peopleLength: sum((terms) => terms.peopleLength),
    files: files.size,
    fileTitleLength: total.title,
    fileBodyLength: total.body,
    filePeopleLength: total.people,
  };
  let scores = scoreBm25f(weights, postings, stats, params);
  let termUnit = 1;
  // Feedback needs a ranking to learn from (as `search`: twice as many matches as feedback texts).
  if (options.feedback !== false && params.feedbackTerms > 0 && scores.size >= 2 * params.feedbackDocs) {
    // The best texts lend their terms by their query likelihood (relevance model 3), as
    // `search` weighs the best chunks when its feedback learns from passages.
    const best = (params.feedbackFromPassages ? scores.passages() : scores).top(params.feedbackDocs);
    const { model, length } = feedbackModel(
      likelihoodWeighted(
        best.map(({ id, score }) => ({ id, text: `${texts[id]!.title ?? ''}\n${texts[id]!.body}`, score })),
        weights,
        postings,
        stats,
        params.feedbackLikelihoodMu,
        { title: params.titleWeight, people: params.peopleWeight, body: params.bodyWeight },
      ),
    );
    const df = (term: string) =>
      (postings.get(term) ?? []).reduce((count, row) => count + rowPostings(row.byteLength), 0);
    const factor = feedbackLengthFactor(params, length);
    const mixParams = factor < 1 ? { ...params, feedbackWeight: params.feedbackWeight * factor } : params;
    const { scale, added } = feedbackMix(
      weights,
      model.slice(0, params.feedbackTerms * 2),
      df,
      texts.length,
      mixParams,
    );
    if (added.size > 0) {
      scores = scoreBm25f(added, postings, stats, params, { table: scores, scale });
      termUnit = scale;
    }
  }
  const out = texts.map((_, id) => scores.get(id));
  const words = options.words ?? [];
  if (words.length === 0 || !weighsText(params)) return out;
  const idfOf = (term: string) => {
    const df = (postings.get(term) ?? []).reduce((count, row) => count + rowPostings(row.byteLength), 0);
    return idf(texts.length, df);
  };
  const length = {
    b: params.bodyB,
    average: (stats.titleLength + stats.bodyLength) / Math.max(stats.chunks, 1),
  };
  return out.map((score, id) => {
    const text = texts[id]!;
    const bonus = proximityBonus(
      words,
      placedWords(`${text.title ?? ''}\n${text.body}`),
      idfOf,
      params.k1,
      params,
      length,
    );
    return score + termUnit * bonus;
  });
}
