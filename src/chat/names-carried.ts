/**
 * @module names-carried
 * Whether a passage carries the full names a question asks. A passage found by the names asked
 * alone must carry every word of each ("the Planning Board meeting"): one that shares only
 * "board" is about another board. A sheet's row answers no question that names a thing the sheet
 * never writes whole: "What will the roof repairs cost under the Pine Lodge plan?" is
 * not answered by the "Repairs" row of a household budget.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { fullNameWords } from './question-terms.ts';

/** True when the passage (its title, text and people) carries every word of each full name the question asks. */
export function carriesNamesAsked(question: string, hit: SearchHit | undefined): boolean {
  if (!hit) return true;
  const people = hit.people.map((person) => `${person.name ?? ''} ${person.address ?? ''}`).join(' ');
  const carried = new Set(analyze(`${hit.title}\n${hit.text}\n${people}`));
  return fullNameWords(question).every((words) => words.every((term) => carried.has(term)));
}

/** A sheet's passage that lacks a word of a full name the question asks. */
export function sheetWithoutNamesAsked(question: string, hit: SearchHit | undefined): boolean {
  return hit?.type === 'sheet' && !carriesNamesAsked(question, hit);
}
