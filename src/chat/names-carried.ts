/**
 * @module names-carried
 * Whether a passage carries the full names a question asks. A passage found by the names asked
 * alone must carry every word of each ("the Planning Board meeting"): one that shares only
 * "board" is about another board. A sheet's row answers no question that names a thing the sheet
 * never writes whole: "What will the roof repairs cost under the Pine Lodge plan?" is
 * not answered by the "Repairs" row of a household budget. A name with a closed-class word in it
 * ("the All Regions summary") is made of words any text may hold: only the name written whole, its
 * words in a row, is carried.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { fullNames } from './question-terms.ts';

/** The terms follow one another in the text's terms, in order. */
function holdsInRow(carried: readonly string[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  return carried.some((_, start) => terms.every((term, i) => carried[start + i] === term));
}

/**
 * True when the passage (its title, text and people) carries every word of each full name the
 * question asks; a name with a closed-class word ("All", "For") only when it writes the name whole.
 */
export function carriesNamesAsked(question: string, hit: SearchHit | undefined): boolean {
  if (!hit) return true;
  const people = hit.people.map((person) => `${person.name ?? ''} ${person.address ?? ''}`).join(' ');
  const carried = analyze(`${hit.title}\n${hit.text}\n${people}`);
  const words = new Set(carried);
  return fullNames(question).every((name) => {
    const terms = analyze(name);
    const common = name.split(/\s+/).some((word) => FUNCTION_WORDS.has(word.toLowerCase()));
    return common ? holdsInRow(carried, terms) : terms.every((term) => words.has(term));
  });
}

/** A sheet's passage that lacks a word of a full name the question asks. */
export function sheetWithoutNamesAsked(question: string, hit: SearchHit | undefined): boolean {
  return hit?.type === 'sheet' && !carriesNamesAsked(question, hit);
}
