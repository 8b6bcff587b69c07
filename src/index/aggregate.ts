/**
 * @module aggregate
 * Passage scores to document scores. Search ranks chunks; a question about whole documents
 * (which files are about X?) needs one score per document. Each document takes its best
 * passage's score plus a decayed sum of its other passages' (s1 + d·s2 + d²·s3 …, best first):
 * a decay of 0 is MaxP, the best passage alone; a small decay lets a long document whose
 * several passages match outrank one with a single, equally good passage, without making
 * length itself the winner. Pure: ranked passages in, ranked documents out.
 */

export type RankedPassage<K> = { readonly document: K; readonly score: number };

export type RankedDocument<K> = {
  readonly document: K;
  readonly score: number;
  /** How many of the given passages belong to this document. */
  readonly passages: number;
};

/**
 * Groups passages by document and scores each document as above. Best first; equal scores
 * keep the order in which each document's best passage came.
 */
export function aggregatePassages<K>(
  passages: readonly RankedPassage<K>[],
  decay: number,
): RankedDocument<K>[] {
  if (!(decay >= 0 && decay < 1)) throw new Error(`aggregatePassages: decay must be in [0, 1), got ${decay}`);
  const groups = new Map<K, { scores: number[]; first: number }>();
  for (const [position, passage] of passages.entries()) {
    const group = groups.get(passage.document);
    if (group) group.scores.push(passage.score);
    else groups.set(passage.document, { scores: [passage.score], first: position });
  }
  const documents: (RankedDocument<K> & { first: number })[] = [];
  for (const [document, { scores, first }] of groups) {
    scores.sort((a, b) => b - a);
    let score = 0;
    let factor = 1;
    for (const value of scores) {
      score += factor * value;
      factor *= decay;
      if (factor === 0) break;
    }
    documents.push({ document, score, passages: scores.length, first });
  }
  documents.sort((a, b) => b.score - a.score || a.first - b.first);
  return documents.map(({ document, score, passages: count }) => ({ document, score, passages: count }));
}
