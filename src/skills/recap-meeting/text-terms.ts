/**
 * @module text-terms
 * Words to content terms for ranking turns and passages: lowercase, split on anything that
 * is not a letter or digit, stop words dropped, Porter-stemmed.
 */
import { stem as porter2 } from '../../lib/text/stem.ts';
import { FUNCTION_WORDS, SPOKEN_WORDS } from '../../lib/text/stop-words.ts';

export const STOP_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...SPOKEN_WORDS]);

/** Porter2 stem of one lowercase word (the shared stemmer); words of three letters or fewer stay. */
export function stem(word: string): string {
  return word.length > 3 ? porter2(word) : word;
}

/** Lowercase words, split on non-letters/digits. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/** Stemmed content terms of a text, in order (repeats kept). */
export function contentTerms(text: string, stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const bare = word.replace(/'.*$/, '');
    if (bare.length < 2 || stopWords.has(word) || stopWords.has(bare)) continue;
    out.push(stem(bare));
  }
  return out;
}

export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Cosine similarity of two term-count maps. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, count] of a) {
    na += count * count;
    const other = b.get(term);
    if (other) dot += count * other;
  }
  for (const count of b.values()) nb += count * count;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
