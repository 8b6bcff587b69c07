/**
 * @module phrase
 * Whole-phrase evidence for CJK queries. Chinese and Japanese have no spaces, so a query run
 * such as 预算审批 is scored as words and bigrams; a passage that holds the run itself, in
 * order, is a better match than one that holds its pieces apart. The best-ranked passages are
 * re-ordered so that those containing more of the query's runs come first, keeping the BM25F
 * order within each group.
 */
import { CJK_RUN, hasCjk, simplifyChinese } from './analyze.ts';
import type { Chunk } from './types.ts';

/** How many of the best-ranked passages are re-ordered. */
export const PHRASE_WINDOW = 50;

/** The CJK runs of a query (two characters or more), in the folded form of the index. */
export function cjkPhrases(query: string): string[] {
  if (!hasCjk(query)) return [];
  const folded = simplifyChinese(query.normalize('NFKC').toLowerCase());
  return [...new Set([...folded.matchAll(CJK_RUN)].map((match) => match[0]).filter((run) => run.length > 1))];
}

/**
 * Re-orders scored chunks: those containing more of the query's runs first, by score within a
 * group. Each run found adds the best score of the list, so scores stay in ranking order.
 */
export function boostPhrases<T extends { readonly chunk: Chunk; readonly score: number }>(
  items: readonly T[],
  phrases: readonly string[],
): T[] {
  if (phrases.length === 0 || items.length === 0) return [...items];
  const top = Math.max(...items.map((item) => item.score));
  return items
    .map((item) => {
      const text = simplifyChinese(`${item.chunk.title}\n${item.chunk.text}`.normalize('NFKC').toLowerCase());
      const found = phrases.filter((phrase) => text.includes(phrase)).length;
      return found > 0 ? { ...item, score: item.score + found * top } : item;
    })
    .sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
}
