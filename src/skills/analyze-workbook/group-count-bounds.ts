/**
 * @module group-count-bounds
 * "Keep the depots whose count is 5 or more", "the colours with a count of at least 3": the words
 * before such a bound name a column's groups, but its subject is the count of each group's rows,
 * never the column's values. A bound read there on the column's cells would keep the wrong rows.
 */
import { wordsOf } from './analysis-frame.ts';

/** Nouns that name a count of rows ("count", "frequency", "number of rows"). */
const COUNT_NOUN =
  /\b(?:count|counts|tally|frequency|frequencies|row count|number of (?:rows|records|entries|items|occurrences|appearances|times))\s*(?:(?:is|are|was|were|of)\s*)?$/i;

/**
 * Whether the phrase before a bound ends in a count of rows that is not the column's own name:
 * "stations whose count is" read with Station, but not "whose Visit count is" read with Visit count.
 */
export function boundsRowCount(phrase: string, column: string): boolean {
  const found = COUNT_NOUN.exec(phrase.trim());
  if (!found) return false;
  const own = new Set(wordsOf(column));
  return !wordsOf(found[0]).some((word) => own.has(word));
}
