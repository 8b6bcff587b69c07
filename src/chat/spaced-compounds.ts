/**
 * @module spaced-compounds
 * Two words of a question that a line writes as one ("data base" and "database", "time stamp"
 * and "timestamp", "work load" and "workload"): the closed-up word carries both of them, as a
 * hyphenated word of the question does its parts. Only pairs of words that name things: a
 * function word joined to another ("in to", "any one") makes another word.
 */
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { foldedTerms } from './question-terms.ts';

/** Each pair of adjacent content words of the question as the closed-up term and the pair's terms. */
export function spacedCompounds(question: string): [string, string[]][] {
  const words = question.match(/\p{L}+/gu) ?? [];
  const pairs: [string, string[]][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i] ?? '';
    const second = words[i + 1] ?? '';
    if ([first, second].some((word) => word.length < 2 || FUNCTION_WORDS.has(word.toLowerCase()))) continue;
    const closed = foldedTerms(`${first}${second}`)[0];
    const parts = foldedTerms(`${first} ${second}`);
    if (closed && parts.length === 2) pairs.push([closed, parts]);
  }
  return pairs;
}

/**
 * The terms of the plain lower-case words of a line, where a closed-up pair is looked for: a
 * word with a capital inside ("pageLayout") or joined to digits is a name in code, not
 * two words written as one.
 */
export function plainWordTerms(text: string): Set<string> {
  const plain = text.match(/(?<![\p{L}\p{N}_])\p{Ll}+(?![\p{L}\p{N}_])/gu) ?? [];
  return new Set(foldedTerms(plain.join(' ')));
}
