/**
 * @module support-gate
 * Whether a chosen answer line shares anything with the question. A chat log is many short
 * lines by many speakers; a line is picked for the passage around it (the question's words in
 * the lines before and after), and one that holds none of the question's terms, neither a word
 * nor a nick the question names, says something else: no answer rather than a wrong one.
 */

import type { SearchHit } from '../index/types.ts';
import type { AnswerType } from './answer-type.ts';
import { nickBase } from './attributed-person.ts';
import { fold, foldedTerms, questionTerms } from './question-terms.ts';

/** Passage kinds whose lines are each a speaker's own short turn. */
const SPOKEN: ReadonlySet<SearchHit['type']> = new Set(['chat']);

/**
 * True when the answer comes from a chat line and none of the question's terms is in it
 * (speaker and addressee nicks included, as the line gives them; a nick with digits or marks
 * added, "kit42" for "kit", is the same nick).
 */
export function lineSharesNothing(
  question: string,
  type: AnswerType | undefined,
  hit: Pick<SearchHit, 'type'> | undefined,
  answer: string,
): boolean {
  if (!hit || !SPOKEN.has(hit.type)) return false;
  const asked = new Set(questionTerms(question, type).flatMap((term) => [fold(term), nickBase(fold(term))]));
  if (asked.size === 0) return false;
  return !foldedTerms(answer).some((term) => asked.has(term) || asked.has(nickBase(term)));
}
