/**
 * @module text-terms
 * Words to content terms for ranking turns and passages: lowercase, split on anything that
 * is not a letter or digit, stop words dropped, Porter-stemmed.
 */
import { stem as porter2 } from '../../lib/text/stem.ts';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if ' +
    'in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same ' +
    'she should so some such than that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves s t don doesn didn isn wasn ' +
    "aren weren won wouldn couldn shouldn ll re ve d m n't 's 're 've 'll 'd o k okay ok yeah yes yep um uh uhm hmm mm mmm mm-hmm ah oh eh er " +
    'erm huh like well right really actually basically gonna wanna got get gets thing things stuff something anything lot lots maybe one two ' +
    'sort kind mean know think guess see say said go going come let us'
  ).split(/\s+/),
);

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
