/**
 * @module dfr
 * Divergence-from-randomness term weights (Amati and van Rijsbergen, 2002), as Terrier
 * computes them: how far a term's frequency in a document departs from what chance would put
 * there, given how often the term occurs in the whole collection. DPH has no parameter; PL2,
 * InL2 and In_expB2 normalise the frequency by the document's length first ("normalisation 2",
 * with one parameter c). Pure functions of counts; rank.ts feeds them BM25F's weighted fields.
 * Beside them, the information-based models of Clinchant and Gaussier (2010), LGD (log-logistic)
 * and SPL (smoothed power law): a term's weight is the information -log P(X ≥ tfn) of its
 * normalised frequency under a heavy-tailed distribution whose one parameter λ is the share of
 * documents holding the term, so burstiness counts for more than under a Poisson model.
 */

export type DfrModel = 'dph' | 'pl2' | 'inl2' | 'inexpb2' | 'lgd' | 'spl';

/** What a term weight needs to know of the collection and the term. */
export type DfrCollection = {
  /** Documents in the collection. */
  readonly documents: number;
  /** Their average length. */
  readonly averageLength: number;
  /** The term's occurrences in all of them (its collection frequency, F). */
  readonly termFrequency: number;
  /** Documents holding the term (its document frequency). */
  readonly documentFrequency: number;
};

const LOG2_E = Math.log2(Math.E);

/** Normalisation 2: a frequency as if the document were of average length. */
export function normalisedFrequency(tf: number, length: number, averageLength: number, c: number): number {
  if (tf <= 0 || length <= 0) return 0;
  return tf * Math.log2(1 + (c * averageLength) / length);
}

/**
 * DPH: a hypergeometric model under a Popper normalisation; `tf` occurrences in a document of
 * `length` words. 0 where the term is no more frequent than chance would make it.
 */
export function dph(tf: number, length: number, collection: DfrCollection): number {
  if (tf <= 0 || length <= 0 || collection.termFrequency <= 0) return 0;
  const f = Math.min(tf / length, 1);
  const norm = ((1 - f) * (1 - f)) / (tf + 1);
  const ratio =
    ((tf * collection.averageLength) / length) * (collection.documents / collection.termFrequency);
  const score = norm * (tf * Math.log2(ratio) + 0.5 * Math.log2(2 * Math.PI * tf * (1 - f)));
  return Number.isFinite(score) && score > 0 ? score : 0;
}

/** PL2: Poisson randomness with Laplace's after-effect, on a normalised frequency `tfn`. */
export function pl2(tfn: number, collection: DfrCollection): number {
  if (tfn <= 0 || collection.termFrequency <= 0) return 0;
  const lambda = collection.termFrequency / Math.max(collection.documents, 1);
  const score =
    (tfn * Math.log2(tfn / lambda) + (lambda - tfn) * LOG2_E + 0.5 * Math.log2(2 * Math.PI * tfn)) /
    (tfn + 1);
  return Number.isFinite(score) && score > 0 ? score : 0;
}

/** InL2: the inverse document frequency with Laplace's after-effect, on a normalised frequency. */
export function inl2(tfn: number, collection: DfrCollection): number {
  if (tfn <= 0) return 0;
  const idf = Math.log2((collection.documents + 1) / (collection.documentFrequency + 0.5));
  return Math.max(0, (tfn / (tfn + 1)) * idf);
}

/**
 * In_expB2: the inverse of the document frequency expected from the collection frequency, with
 * Bernoulli's after-effect, on a normalised frequency.
 */
export function inexpb2(tfn: number, collection: DfrCollection): number {
  if (tfn <= 0 || collection.documentFrequency <= 0) return 0;
  const n = Math.max(collection.documents, 1);
  const expected = n * (1 - ((n - 1) / n) ** collection.termFrequency);
  const idf = Math.log2((n + 1) / (expected + 0.5));
  const after = (collection.termFrequency + 1) / (collection.documentFrequency * (tfn + 1));
  return Math.max(0, tfn * idf * after);
}

/** The information-based models' λ: the share of documents holding the term, kept inside (0, 1). */
export function documentShare(collection: DfrCollection): number {
  const n = Math.max(collection.documents, 1);
  return Math.min(Math.max(collection.documentFrequency / n, 1e-9), 1 - 1e-6);
}

/** LGD: -log2 of the log-logistic tail, log2((tfn + λ) / λ); grows without bound, slowly, with tfn. */
export function lgd(tfn: number, collection: DfrCollection): number {
  if (tfn <= 0 || collection.documentFrequency <= 0) return 0;
  const lambda = documentShare(collection);
  return Math.log2((tfn + lambda) / lambda);
}

/** SPL: -log2 of the smoothed power law's tail, (λ^(tfn / (tfn + 1)) - λ) / (1 - λ). */
export function spl(tfn: number, collection: DfrCollection): number {
  if (tfn <= 0 || collection.documentFrequency <= 0) return 0;
  const lambda = documentShare(collection);
  const tail = (lambda ** (tfn / (tfn + 1)) - lambda) / (1 - lambda);
  const score = -Math.log2(tail);
  return Number.isFinite(score) && score > 0 ? score : 0;
}

/**
 * One model's weight: DPH from the raw frequency and length, the others (LGD and SPL too) from
 * the frequency normalised with `c` (`tfn`, which the caller may sum over fields, as PL2F does).
 */
export function dfrWeight(
  model: DfrModel,
  tf: number,
  length: number,
  tfn: number,
  collection: DfrCollection,
): number {
  switch (model) {
    case 'dph':
      return dph(tf, length, collection);
    case 'pl2':
      return pl2(tfn, collection);
    case 'inl2':
      return inl2(tfn, collection);
    case 'inexpb2':
      return inexpb2(tfn, collection);
    case 'lgd':
      return lgd(tfn, collection);
    case 'spl':
      return spl(tfn, collection);
  }
}
