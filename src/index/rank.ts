/**
 * @module rank
 * BM25F over three fields (title, body, people) with per-field weights and length
 * normalisation; each chunk's score adds a share of its file's score as one document (the
 * same BM25F over the file's summed frequencies, from the posting rows' file headers), so a
 * passage of a file that is about the question as a whole outranks an equal passage of one
 * that mentions it in passing; and pseudo-relevance feedback (RM3-style: the best first-pass
 * chunks lend their most telling terms to a second pass). Pure: postings and statistics in,
 * scores out.
 */
import { analyze, analyzeQuery } from './analyze.ts';
import { type DfrModel, dfrWeight, normalisedFrequency } from './dfr.ts';
import {
  decodePostings,
  HEADER_WORDS,
  isItemsFile,
  isQuotedRow,
  newTextPostings,
  POSTING_WORDS,
  rowFileId,
  rowPostings,
} from './postings.ts';
import type { ProximityParams } from './proximity.ts';

export type CorpusStats = {
  readonly chunks: number;
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
  /** Files, and their lengths summed, each file as one document (postings.ts `FileLengths`). */
  readonly files: number;
  readonly fileTitleLength: number;
  readonly fileBodyLength: number;
  readonly filePeopleLength: number;
};

export type RankParams = ProximityParams & {
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
  /**
   * Queries of more terms than this get proportionally less feedback (weight × this / terms):
   * a long question already says what it wants. Infinity: the same share for every query.
   */
  readonly feedbackFullUpTo: number;
  /** Each chunk's score adds this times its file's score as one document; 0: passages alone. */
  readonly documentWeight: number;
  /**
   * The rest of its file as one more field of each chunk: the term's occurrences in the file's
   * other chunks, normalised by the whole file's body length against the files' average, times
   * this, added to the chunk's own pseudo-frequency before BM25's saturation, so that a passage
   * of a file full of the term gains inside one saturated score rather than beside it (as
   * `documentWeight` adds a second one). A file of one chunk is unchanged. 0: off. Not for
   * files of separate items.
   */
  readonly fileFieldWeight: number;
  /** Whether feedback learns from the best chunks by their own scores, without their files' share. */
  readonly feedbackFromPassages: boolean;
  /**
   * 0: the feedback documents are the best chunks. Above 0: they are the best files (an item
   * of a mailbox or calendar counting as a file of its own), each lending the text of up to
   * this many of its chunks that hold a query term, best first, as one document weighted by
   * the whole file's query likelihood (relevance model 3 over documents, not passages).
   */
  readonly feedbackFileChunks: number;
  /**
   * Feedback chunks lend their terms in proportion to their query likelihood P(Q|D) under
   * Dirichlet smoothing with this μ, fields counted with the weights above (relevance model 3;
   * likelihood.ts); 0: in proportion to their BM25F scores.
   */
  readonly feedbackLikelihoodMu: number;
  /** BM25F's share of each term's score (0: the divergence-from-randomness model alone). */
  readonly bm25Weight: number;
  /**
   * A divergence-from-randomness or information-based model (dfr.ts) added to BM25F with this
   * weight, over the same weighted fields; 0: BM25F alone. `dfrC` is the length normalisation
   * parameter of PL2, InL2, In_expB2, LGD and SPL (DPH has none).
   */
  readonly dfrModel: DfrModel;
  readonly dfrWeight: number;
  readonly dfrC: number;
  /**
   * BM25 variants for long documents: BM25L adds this to the length-normalised frequency before
   * saturation (Lv and Zhai use 0.5), BM25+ adds this lower bound to every matching term's
   * saturated weight, in BM25's own scale ((k1 + 1) tf / (K + tf); they use 1). 0: plain BM25F.
   */
  readonly bm25LDelta: number;
  readonly bm25PlusDelta: number;
  /**
   * Feedback's share shrinks for long feedback documents: times min(1, (pivot / L)^power), L the
   * mean length in terms (words after stop words) of the text the feedback documents lend,
   * weighted as they lend. 0: off.
   */
  readonly feedbackLengthPivot: number;
  readonly feedbackLengthPower: number;
};

/**
 * Chosen on the tuning collections (Cranfield, ADI, CACM) at once and checked on LISA and TIME
 * (bench/ir.ts, docs/search.md): classic BM25 saturation, a modest title boost, and light
 * feedback from the best five chunks, which helped on average over the tuning collections,
 * given in full to queries of up to ten terms and in proportion less to longer ones. The
 * feedback chunks lend their terms by their query likelihood (μ = 1000, Anserini's default),
 * which leans on the best one or two much more than their BM25F scores did; with it, feedback's
 * 35% share was the middle of a plateau from 30% to 40%. Each
 * chunk adds 1.5 times its file's score (the middle of the plateau 1 to 2, chosen with the
 * tuning documents cut into 60-word passages so that most have several); feedback learns from
 * the best passages by their own scores, since the file share lifts every chunk of one long
 * file together and crowds the five feedback chunks with one file's. The feedback documents
 * are the files of those passages, not the passages: each of the first five files lends the
 * text of up to six of its passages that hold a query term, weighted by the whole file's query
 * likelihood (chosen with the tuning documents cut into 60- and 120-word passages, where it
 * raised the mean by 0.004 and 0.006; at 300 words, where nearly every tuning document is one
 * passage, it changes next to nothing). Proximity of neighbouring
 * query terms over the best 20 chunks (BM25TP, proximity.ts) is off: at 0.6 it raised the tuning
 * collections (+0.005 mean nDCG@10) but lowered both check collections (LISA -0.009, TIME
 * -0.002); the exact-form bonus added nothing on top of it and is off too. DPH added to
 * BM25F at 0.15 raised the tuning mean (+0.004, CACM -0.004) but lowered both check collections
 * (LISA -0.002, TIME -0.002): off, as are BM25L and BM25+, which lowered all tuning collections.
 * The rest of a file as a field of each chunk (`fileFieldWeight` 0.25), chosen on the four
 * tuning collections once a collection of long meeting topics (bench/ir-qmsum.ts) joined them,
 * lowered TIME (0.7576 to 0.7531): off. Feedback's share shrinks as (200 / L)² for feedback
 * documents lending L > 200 terms on average, chosen on five tuning collections once a second
 * long-document one (Enron mail, bench/ir-enron.ts) joined them: both long-document collections
 * rose and the abstract collections moved by 0.0001 at most (docs/search.md, "A second
 * long-document tuning collection, and feedback by the length of its documents"). Sequential
 * dependence (proximity.ts) at Metzler and Croft's standard weights (an ordered pair of
 * neighbouring query terms 0.1 / 0.85 and an unordered pair within 8 words 0.05 / 0.85 of one
 * query term: `dependenceOrdered`, `dependenceUnordered`) raised all five tuning collections
 * (mean of five +0.0022) but lowered TIME (0.7686 to 0.7647; LISA rose): off.
 */
export const DEFAULT_RANK_PARAMS: RankParams = {
  k1: 1.2,
  titleWeight: 2,
  bodyWeight: 1,
  peopleWeight: 1.5,
  titleB: 0.5,
  bodyB: 0.6,
  peopleB: 0.5,
  feedbackDocs: 5,
  feedbackTerms: 20,
  feedbackWeight: 0.35,
  feedbackMaxDf: 0.2,
  feedbackFullUpTo: 10,
  documentWeight: 1.5,
  fileFieldWeight: 0,
  feedbackFromPassages: true,
  feedbackFileChunks: 6,
  feedbackLikelihoodMu: 1000,
  bm25Weight: 1,
  dfrModel: 'dph',
  dfrWeight: 0,
  dfrC: 1,
  bm25LDelta: 0,
  bm25PlusDelta: 0,
  feedbackLengthPivot: 200,
  feedbackLengthPower: 2,
  proximityWeight: 0,
  proximityWindow: 5,
  proximityReversed: 1,
  exactFormWeight: 0,
  proximityDepth: 20,
  dependenceOrdered: 0,
  dependenceUnordered: 0,
  dependenceWindow: 8,
};

export type Scored = { readonly id: number; readonly score: number };

/** Inverse document frequency, BM25's non-negative form. */
export function idf(chunks: number, df: number): number {
  return Math.log(1 + (chunks - df + 0.5) / (df + 0.5));
}

/** Query term weights: the count of each query term (`analyzeQuery`). */
export function queryWeights(text: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of analyzeQuery(text)) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}

/** Scores by chunk id: a dense array over the ids touched, plus the list of those ids. */
export type ScoreTable = {
  readonly size: number;
  /** Postings scored into this table so far (its cost: one per chunk and term). */
  readonly scored: number;
  get(id: number): number;
  /** The best `limit` entries, best first; ties by id so every store gives the same order. */
  top(limit: number): Scored[];
  /** The same chunks ranked by their own scores alone, without their files' share. */
  passages(): ScoreTable;
};

const grown = <T extends Float64Array | Uint32Array>(array: T, size: number, make: (n: number) => T): T => {
  if (size <= array.length) return array;
  const larger = make(size);
  larger.set(array);
  return larger;
};

/**
 * Passage scores by chunk id, and with a document weight file scores by file id and each
 * chunk's file: a chunk's score is its own plus the weight times its file's.
 */
class DenseScores implements ScoreTable {
  scores: Float64Array;
  readonly touched: number[] = [];
  scored = 0;
  /** Each touched chunk's file, and each file's score (documentWeight > 0 only). */
  fileOf: Uint32Array;
  fileScores: Float64Array;
  readonly touchedFiles: number[] = [];
  /**
   * Each item chunk's score as a document of its own (chunks of a file of separate items, a
   * mailbox or a calendar, whose file lends them nothing); empty until an item is scored.
   */
  itemScores = new Float64Array(0);
  /** Chunk scores with their files' share, made when asked for and dropped on every change. */
  private combined: Float64Array | undefined;
  /** The array `combined` is written into (kept, so a search allocates it once). */
  private combinedSpace = new Float64Array(0);
  constructor(
    maxId: number,
    readonly documentWeight: number,
  ) {
    this.scores = new Float64Array(maxId + 1);
    this.fileOf = new Uint32Array(documentWeight > 0 ? maxId + 1 : 0);
    this.fileScores = new Float64Array(0);
  }
  /** Makes room for chunk ids up to `maxId` and file ids up to `maxFileId`. */
  grow(maxId: number, maxFileId: number): void {
    this.scores = grown(this.scores, maxId + 1, (n) => new Float64Array(n));
    if (this.documentWeight <= 0) return;
    this.fileOf = grown(this.fileOf, maxId + 1, (n) => new Uint32Array(n));
    this.fileScores = grown(this.fileScores, maxFileId + 1, (n) => new Float64Array(n));
  }
  scale(factor: number): void {
    this.combined = undefined;
    const scores = this.scores;
    for (const id of this.touched) scores[id]! *= factor;
    const fileScores = this.fileScores;
    for (const id of this.touchedFiles) fileScores[id]! *= factor;
    const itemScores = this.itemScores;
    if (itemScores.length > 0)
      for (const id of this.touched) if (id < itemScores.length) itemScores[id]! *= factor;
  }
  /**
   * Adds `weight` times each impact to its chunk, and notes each chunk's file (ids must fit);
   * with `items`, adds `itemWeight` times each item posting's impact as a document to its chunk.
   */
  addAll(
    ids: Uint32Array,
    impacts: Float64Array,
    weight: number,
    files: Uint32Array,
    items?: { readonly impacts: Float64Array; readonly weight: number },
  ): void {
    this.combined = undefined;
    const scores = this.scores;
    const touched = this.touched;
    this.scored += ids.length;
    if (this.documentWeight <= 0) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (scores[id] === 0) touched.push(id);
        scores[id]! += weight * impacts[i]!;
      }
      return;
    }
    // A chunk's file is noted once, when the chunk is first touched.
    const fileOf = this.fileOf;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (scores[id] === 0) {
        touched.push(id);
        fileOf[id] = files[i]!;
      }
      scores[id]! += weight * impacts[i]!;
    }
    if (!items) return;
    this.itemScores = grown(this.itemScores, scores.length, (n) => new Float64Array(n));
    const itemScores = this.itemScores;
    const itemImpacts = items.impacts;
    for (let i = 0; i < ids.length; i++) {
      const impact = itemImpacts[i]!;
      if (impact > 0) itemScores[ids[i]!]! += items.weight * impact;
    }
  }
  /** Adds `weight` times each file impact to its file (ids must fit). */
  addFiles(files: Uint32Array, impacts: Float64Array, weight: number): void {
    this.combined = undefined;
    const fileScores = this.fileScores;
    const touched = this.touchedFiles;
    for (let i = 0; i < files.length; i++) {
      const id = files[i]!;
      if (fileScores[id] === 0) touched.push(id);
      fileScores[id]! += weight * impacts[i]!;
    }
  }
  /** Chunk scores with their files' share (the passage scores themselves without a document weight). */
  private final(): Float64Array {
    if (this.documentWeight <= 0) return this.scores;
    if (this.combined) return this.combined;
    if (this.combinedSpace.length < this.scores.length)
      this.combinedSpace = new Float64Array(this.scores.length);
    const combined = this.combinedSpace;
    const { scores, fileOf, fileScores, itemScores, documentWeight } = this;
    for (const id of this.touched)
      combined[id] = scores[id]! + documentWeight * (fileScores[fileOf[id]!]! + (itemScores[id] ?? 0));
    this.combined = combined;
    return combined;
  }
  get size(): number {
    return this.touched.length;
  }
  get(id: number): number {
    return this.final()[id] ?? 0;
  }
  passages(): ScoreTable {
    if (this.documentWeight <= 0) return this;
    return {
      size: this.size,
      scored: this.scored,
      get: (id) => this.scores[id] ?? 0,
      top: (limit) => this.rank(this.scores, limit),
      passages() {
        return this;
      },
    };
  }
  top(limit: number): Scored[] {
    return this.rank(this.final(), limit);
  }
  private rank(scores: Float64Array, limit: number): Scored[] {
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

/**
 * One term's postings ready to score: chunk ids, and each posting's term score (`termScore`:
 * BM25F's idf times pseudo-frequency / (k1 + pseudo-frequency), plus a divergence-from-
 * randomness weight where one is set) under one set of corpus statistics and parameters.
 * Chunk and file evidence each weigh a term by its rarity among their own kind. Kept per posting-row list (stores hand back the same list while the index is
 * unchanged), so a term seen by an earlier query is not decoded again.
 */
type TermImpacts = {
  readonly key: string;
  readonly ids: Uint32Array;
  readonly impacts: Float64Array;
  /** The file of each posting. */
  readonly files: Uint32Array;
  readonly maxId: number;
  /** One per row: the file, and its term score as one document. */
  readonly rowFiles: Uint32Array;
  readonly fileImpacts: Float64Array;
  readonly maxFileId: number;
  /**
   * Postings in files of separate items (a mailbox, a calendar): each posting's term
   * score as a document of its own, 0 for the rest; undefined when there are none.
   */
  readonly itemImpacts: Float64Array | undefined;
};

const impactCache = new WeakMap<readonly Uint8Array[], TermImpacts>();

function impactKey(stats: CorpusStats, params: RankParams): string {
  const { k1, titleWeight, bodyWeight, peopleWeight, titleB, bodyB, peopleB } = params;
  const { bm25Weight, dfrModel, dfrWeight, dfrC, bm25LDelta, bm25PlusDelta } = params;
  return [
    stats.chunks,
    stats.titleLength,
    stats.bodyLength,
    stats.peopleLength,
    stats.files,
    stats.fileTitleLength,
    stats.fileBodyLength,
    stats.filePeopleLength,
    k1,
    titleWeight,
    bodyWeight,
    peopleWeight,
    titleB,
    bodyB,
    peopleB,
    bm25Weight,
    dfrModel,
    dfrWeight,
    dfrC,
    bm25LDelta,
    bm25PlusDelta,
    params.fileFieldWeight,
  ].join(',');
}

/** One term's score in a document (a chunk, or a file as one) from its field frequencies and lengths. */
type TermScore = (
  tTitle: number,
  tPeople: number,
  tBody: number,
  lenTitle: number,
  lenPeople: number,
  lenBody: number,
  /** A pseudo-frequency from another field, added before saturation (`fileFieldWeight`). */
  extra?: number,
) => number;

/** Documents of one level (chunks, or files each as one document): how many, and their fields' summed lengths. */
type Level = {
  readonly count: number;
  readonly titleLength: number;
  readonly bodyLength: number;
  readonly peopleLength: number;
};

/**
 * A term's score at one level: BM25F's idf times its saturated weight of the fields' length-
 * normalised frequencies (with BM25L's shift and BM25+'s lower bound when set), plus a
 * divergence-from-randomness weight of the same weighted fields when `dfrWeight` is set.
 * `documents` holding the term, and its `occurrences` there counted with the field weights.
 */
function termScore(level: Level, documents: number, occurrences: number, params: RankParams): TermScore {
  const n = Math.max(level.count, 1);
  const avgTitle = Math.max(level.titleLength / n, 1e-9);
  const avgBody = Math.max(level.bodyLength / n, 1e-9);
  const avgPeople = Math.max(level.peopleLength / n, 1e-9);
  const { k1, titleWeight, bodyWeight, peopleWeight, titleB, bodyB, peopleB } = params;
  const bm25 = params.bm25Weight * idf(n, documents);
  const shift = params.bm25LDelta;
  const floor = params.bm25PlusDelta / (k1 + 1);
  const dfr = params.dfrWeight;
  const { dfrModel: model, dfrC: c } = params;
  const collection = {
    documents: n,
    averageLength:
      (titleWeight * level.titleLength + bodyWeight * level.bodyLength + peopleWeight * level.peopleLength) /
      n,
    termFrequency: occurrences,
    documentFrequency: documents,
  };
  return (tTitle, tPeople, tBody, lenTitle, lenPeople, lenBody, extra = 0) => {
    let score = 0;
    if (bm25 > 0) {
      let pseudo = extra;
      if (tTitle) pseudo += (titleWeight * tTitle) / (1 - titleB + (titleB * lenTitle) / avgTitle);
      if (tBody) pseudo += (bodyWeight * tBody) / (1 - bodyB + (bodyB * lenBody) / avgBody);
      if (tPeople) pseudo += (peopleWeight * tPeople) / (1 - peopleB + (peopleB * lenPeople) / avgPeople);
      if (pseudo > 0) {
        pseudo += shift;
        score += bm25 * (pseudo / (k1 + pseudo) + floor);
      }
    }
    if (dfr > 0) {
      const tf = titleWeight * tTitle + bodyWeight * tBody + peopleWeight * tPeople;
      const length = titleWeight * lenTitle + bodyWeight * lenBody + peopleWeight * lenPeople;
      // Normalisation 2 field by field, each against its own average length (as PL2F does).
      let tfn = 0;
      if (tTitle) tfn += titleWeight * normalisedFrequency(tTitle, lenTitle, avgTitle, c);
      if (tBody) tfn += bodyWeight * normalisedFrequency(tBody, lenBody, avgBody, c);
      if (tPeople) tfn += peopleWeight * normalisedFrequency(tPeople, lenPeople, avgPeople, c);
      score += dfr * dfrWeight(model, tf, length, tfn, collection);
    }
    return score;
  };
}

/**
 * A term's occurrences in all chunks and in all files as documents (title and people counted
 * once per file, as `termImpacts` reads them), each field counted with its weight.
 */
function occurrences(rows: readonly Uint8Array[], params: RankParams): { chunks: number; files: number } {
  const { titleWeight, bodyWeight, peopleWeight } = params;
  let chunks = 0;
  let files = 0;
  for (const row of rows) {
    const view = decodePostings(row);
    if (isQuotedRow(view[1]!)) continue;
    let title = 0;
    let people = 0;
    let body = 0;
    for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) {
      const tf = view[i + 1]!;
      const t = tf & 255;
      const p = (tf >>> 8) & 255;
      const b = tf >>> 16;
      chunks += titleWeight * t + peopleWeight * p + bodyWeight * b;
      title = Math.max(title, t);
      people = Math.max(people, p);
      body += b;
    }
    files += titleWeight * title + peopleWeight * people + bodyWeight * body;
  }
  return { chunks, files };
}

/** A term's scoring functions for chunks and for files as documents, and its posting count. */
function termWeights(
  rows: readonly Uint8Array[],
  stats: CorpusStats,
  params: RankParams,
): {
  readonly count: number;
  readonly chunkWeight: TermScore;
  readonly fileWeight: TermScore;
  /** A file's pseudo-frequency as a field of its chunks (`fileFieldWeight`), from its fields' counts; none when off. */
  readonly fileField: TermScore | undefined;
} {
  // Rows of quoted messages (read only where a search takes quoted history) are scored but
  // counted in no statistic: the term's chunks and files are those of new text.
  let count = 0;
  let documents = 0;
  let files = 0;
  for (const row of rows) {
    count += rowPostings(row.byteLength);
    const postings = newTextPostings(row);
    documents += postings;
    if (postings > 0) files++;
  }
  const counted = params.dfrWeight > 0 ? occurrences(rows, params) : { chunks: 0, files: 0 };
  const chunkLevel = {
    count: stats.chunks,
    titleLength: stats.titleLength,
    bodyLength: stats.bodyLength,
    peopleLength: stats.peopleLength,
  };
  const fileLevel = {
    count: stats.files,
    titleLength: stats.fileTitleLength,
    bodyLength: stats.fileBodyLength,
    peopleLength: stats.filePeopleLength,
  };
  return {
    count,
    chunkWeight: termScore(chunkLevel, documents, counted.chunks, params),
    fileWeight: termScore(fileLevel, files, counted.files, params),
    fileField:
      params.fileFieldWeight > 0 ? fieldFrequency(fileLevel, params, params.fileFieldWeight) : undefined,
  };
}

/**
 * A document's length-normalised, field-weighted frequency of a term at `level` (BM25F's
 * pseudo-frequency before saturation), times `weight`.
 */
function fieldFrequency(level: Level, params: RankParams, weight: number): TermScore {
  const n = Math.max(level.count, 1);
  const avgTitle = Math.max(level.titleLength / n, 1e-9);
  const avgBody = Math.max(level.bodyLength / n, 1e-9);
  const avgPeople = Math.max(level.peopleLength / n, 1e-9);
  const { titleWeight, bodyWeight, peopleWeight, titleB, bodyB, peopleB } = params;
  return (tTitle, tPeople, tBody, lenTitle, lenPeople, lenBody) => {
    let pseudo = 0;
    if (tTitle) pseudo += (titleWeight * tTitle) / (1 - titleB + (titleB * lenTitle) / avgTitle);
    if (tBody) pseudo += (bodyWeight * tBody) / (1 - bodyB + (bodyB * lenBody) / avgBody);
    if (tPeople) pseudo += (peopleWeight * tPeople) / (1 - peopleB + (peopleB * lenPeople) / avgPeople);
    return weight * pseudo;
  };
}

/** A packed field triple (tf or lengths) given to a term score. */
function scorePacked(score: TermScore, tf: number, lengths: number): number {
  return score(tf & 255, (tf >>> 8) & 255, tf >>> 16, lengths & 255, (lengths >>> 8) & 255, lengths >>> 16);
}

/** Per-posting tables of a term, filled row by row. */
type PostingTables = {
  readonly ids: Uint32Array;
  readonly impacts: Float64Array;
  readonly files: Uint32Array;
  itemImpacts: Float64Array | undefined;
};

/**
 * Fills the tables with one row's postings from position `at` on, and returns the row's file
 * as one document: title and people as in its fullest chunk, bodies summed.
 */
function fillRow(
  view: Uint32Array,
  weights: ReturnType<typeof termWeights>,
  tables: PostingTables,
  at: number,
): { readonly title: number; readonly people: number; readonly body: number } {
  const fileId = rowFileId(view);
  const items = isItemsFile(view[1]!);
  if (items) tables.itemImpacts ??= new Float64Array(weights.count);
  // The rest of the file as a field of each chunk (`fileFieldWeight`): its body occurrences
  // outside the chunk, normalised by the whole file's body length.
  const fileField = items ? undefined : weights.fileField;
  const fileBody = fileField ? fileBodyOf(view) : 0;
  let title = 0;
  let people = 0;
  let body = 0;
  for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS, at++) {
    const tf = view[i + 1]!;
    const lengths = view[i + 2]!;
    tables.ids[at] = view[i]!;
    const extra = fileField && fileBody > 0 ? fileField(0, 0, fileBody - (tf >>> 16), 0, 0, view[2]!) : 0;
    tables.impacts[at] =
      extra > 0
        ? weights.chunkWeight(
            tf & 255,
            (tf >>> 8) & 255,
            tf >>> 16,
            lengths & 255,
            (lengths >>> 8) & 255,
            lengths >>> 16,
            extra,
          )
        : scorePacked(weights.chunkWeight, tf, lengths);
    tables.files[at] = fileId;
    // An item is a document of its own: its fields against the files' average lengths.
    if (items) tables.itemImpacts![at] = scorePacked(weights.fileWeight, tf, lengths);
    title = Math.max(title, tf & 255);
    people = Math.max(people, (tf >>> 8) & 255);
    body += tf >>> 16;
  }
  return { title, people, body };
}

/** A row's file's summed body frequency of the term (its chunks' own counted in), for `fileFieldWeight`. */
function fileBodyOf(view: Uint32Array): number {
  let body = 0;
  for (let i = HEADER_WORDS; i < view.length; i += POSTING_WORDS) body += view[i + 1]! >>> 16;
  return body;
}

function termImpacts(
  rows: readonly Uint8Array[],
  stats: CorpusStats,
  params: RankParams,
  key: string,
): TermImpacts {
  const cached = impactCache.get(rows);
  if (cached && cached.key === key) return cached;
  const weights = termWeights(rows, stats, params);
  const tables: PostingTables = {
    ids: new Uint32Array(weights.count),
    impacts: new Float64Array(weights.count),
    files: new Uint32Array(weights.count),
    itemImpacts: undefined,
  };
  const rowFiles = new Uint32Array(rows.length);
  const fileImpacts = new Float64Array(rows.length);
  let at = 0;
  for (const [r, row] of rows.entries()) {
    const view = decodePostings(row);
    const file = fillRow(view, weights, tables, at);
    at += rowPostings(row.byteLength);
    rowFiles[r] = rowFileId(view);
    const lengths = view[1]!;
    // A file as one document is its new text: its quoted messages' rows add nothing to it.
    fileImpacts[r] =
      isItemsFile(lengths) || isQuotedRow(lengths)
        ? 0
        : weights.fileWeight(
            file.title,
            file.people,
            file.body,
            lengths & 255,
            (lengths >>> 8) & 255,
            view[2]!,
          );
  }
  const entry = {
    key,
    ...tables,
    maxId: maxOf(tables.ids),
    rowFiles,
    fileImpacts,
    maxFileId: maxOf(rowFiles),
  };
  impactCache.set(rows, entry);
  return entry;
}

function maxOf(values: Uint32Array): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * Scores every chunk that has at least one query term. With `base` (a table from this
 * function, which is taken over and changed), the result is `base.scale` times the base
 * scores plus the scores of `weights`: the feedback pass adds its expansion terms to the
 * scaled first pass instead of scoring the query again.
 */
export function scoreBm25f(
  weights: ReadonlyMap<string, number>,
  postings: ReadonlyMap<string, readonly Uint8Array[]>,
  stats: CorpusStats,
  params: RankParams = DEFAULT_RANK_PARAMS,
  base?: { readonly table: ScoreTable; readonly scale: number },
): ScoreTable {
  if (base && !(base.table instanceof DenseScores))
    throw new Error('scoreBm25f: base must come from scoreBm25f');
  const key = impactKey(stats, params);
  const terms: [TermImpacts, number][] = [];
  let maxId = 0;
  let maxFileId = 0;
  for (const [term, queryWeight] of weights) {
    const rows = postings.get(term);
    if (!rows || rows.length === 0 || queryWeight === 0) continue;
    const entry = termImpacts(rows, stats, params, key);
    if (entry.ids.length === 0) continue;
    terms.push([entry, queryWeight]);
    if (entry.maxId > maxId) maxId = entry.maxId;
    if (entry.maxFileId > maxFileId) maxFileId = entry.maxFileId;
  }
  let scores: DenseScores;
  if (base) {
    scores = base.table as DenseScores;
    scores.grow(maxId, maxFileId);
    scores.scale(base.scale);
  } else {
    scores = new DenseScores(maxId, params.documentWeight);
    scores.grow(maxId, maxFileId);
  }
  for (const [entry, weight] of terms) {
    const items =
      scores.documentWeight > 0 && entry.itemImpacts ? { impacts: entry.itemImpacts, weight } : undefined;
    scores.addAll(entry.ids, entry.impacts, weight, entry.files, items);
    if (scores.documentWeight > 0) scores.addFiles(entry.rowFiles, entry.fileImpacts, weight);
  }
  return scores;
}

/** Best first; ties by id so every store gives the same order. */
export function topScores(scores: ScoreTable, limit = Number.POSITIVE_INFINITY): Scored[] {
  return scores.top(Math.min(limit, scores.size));
}

/**
 * Feedback term model: each term's share of the feedback chunks, each chunk weighted by its
 * score, best first; and the texts' mean length in terms, weighted the same way.
 */
export function feedbackModel(feedback: readonly { readonly text: string; readonly score: number }[]): {
  readonly model: [string, number][];
  readonly length: number;
} {
  const total = feedback.reduce((sum, item) => sum + item.score, 0) || 1;
  const model = new Map<string, number>();
  let length = 0;
  for (const item of feedback) {
    const terms = analyze(item.text);
    length += (item.score / total) * terms.length;
    if (terms.length === 0) continue;
    const share = item.score / total / terms.length;
    for (const term of terms) model.set(term, (model.get(term) ?? 0) + share);
  }
  return {
    model: [...model.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    length,
  };
}

/** Feedback's share of the mixed query for a query of `terms` terms (counted with repeats). */
export function feedbackShare(params: RankParams, terms: number): number {
  const scale = terms > params.feedbackFullUpTo ? params.feedbackFullUpTo / terms : 1;
  return params.feedbackWeight * scale;
}

/**
 * The factor on feedback's share for feedback documents lending `length` terms on average:
 * min(1, (pivot / length)^power), 1 when `feedbackLengthPivot` is 0.
 */
export function feedbackLengthFactor(params: RankParams, length: number): number {
  const pivot = params.feedbackLengthPivot;
  if (pivot <= 0 || length <= pivot) return 1;
  return (pivot / length) ** params.feedbackLengthPower;
}

/**
 * RM3-style mix: the original query (normalised) keeps 1 - feedbackWeight of the mass, the
 * best feedback terms share the rest. Terms in more than `feedbackMaxDf` of the chunks are
 * left out. Returned as the factor on the original weights and the weights added by feedback,
 * so a second pass can scale the first one and score only the added terms.
 */
export function feedbackMix(
  original: ReadonlyMap<string, number>,
  candidates: readonly [string, number][],
  df: (term: string) => number,
  chunks: number,
  params: RankParams = DEFAULT_RANK_PARAMS,
): { scale: number; added: Map<string, number> } {
  const originalTotal = [...original.values()].reduce((sum, weight) => sum + weight, 0) || 1;
  const share = feedbackShare(params, originalTotal);
  if (candidates.length === 0 || params.feedbackTerms === 0 || share === 0)
    return { scale: 1, added: new Map() };
  const chosen = candidates
    .filter(([term]) => df(term) <= chunks * params.feedbackMaxDf)
    .slice(0, params.feedbackTerms);
  const chosenTotal = chosen.reduce((sum, [, weight]) => sum + weight, 0) || 1;
  const added = new Map<string, number>();
  for (const [term, weight] of chosen)
    added.set(term, (added.get(term) ?? 0) + (share * weight) / chosenTotal);
  return { scale: (1 - share) / originalTotal, added };
}

/** The mixed query of `feedbackMix` as one weight per term. */
export function mixQuery(
  original: ReadonlyMap<string, number>,
  candidates: readonly [string, number][],
  df: (term: string) => number,
  chunks: number,
  params: RankParams = DEFAULT_RANK_PARAMS,
): Map<string, number> {
  const { scale, added } = feedbackMix(original, candidates, df, chunks, params);
  const mixed = new Map<string, number>();
  for (const [term, weight] of original) mixed.set(term, scale * weight);
  for (const [term, weight] of added) mixed.set(term, (mixed.get(term) ?? 0) + weight);
  return mixed;
}
