/**
 * @module complement-term
 * "A game is away when Rival starts with 'at '; the other games are home games. Average Crowd
 * over the home games.": a sentence that defines one kind of row by a condition and
 * names the rest by a term of their own. When the rest of the text asks about that other term and
 * not the first, the rows kept are those that fail the condition, under the other term's name.
 */
import { wordsOf } from './analysis-frame.ts';

/** "the other games are home games", "every other game is a home game", "all the others are home games". */
const OTHER_ROWS =
  /\b(?:the|every|all(?:\s+the)?)\s+(?:other|others|remaining|rest(?:\s+of\s+the)?)(?:\s+([a-z]+))?\s+(?:is|are)\s+(?:an?\s+)?((?:[a-z]+\s+){0,2}[a-z]+)/i;
/** "…; otherwise it is a home game". */
const OTHERWISE = /\botherwise\s+(?:it\s+is\s+|they\s+are\s+)?(?:an?\s+)?((?:[a-z]+\s+){0,2}[a-z]+)/i;

/** The term a sentence gives the rows that fail its condition ("home game"), after the condition. */
export function complementTerm(sentence: string, conditionAt: number): string | undefined {
  const after = sentence.slice(conditionAt);
  const other = OTHER_ROWS.exec(after);
  if (other) return other[2]!.trim();
  return OTHERWISE.exec(after)?.[1]?.trim();
}

/**
 * Whether the text outside the defining sentence names the other term's own word ("home") and
 * not the first term's ("away"): it asks about the rows that fail the condition.
 */
export function asksForComplement(rest: string, term: string, defined: string): boolean {
  const otherWords = new Set(wordsOf(rest));
  const own = wordsOf(term).filter((word) => !wordsOf(defined).includes(word));
  const first = wordsOf(defined).filter((word) => !wordsOf(term).includes(word));
  return (
    own.length > 0 && own.every((word) => otherWords.has(word)) && !first.some((word) => otherWords.has(word))
  );
}
