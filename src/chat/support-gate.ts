/**
 * @module support-gate
 * Whether a chosen answer line shares anything with the question. A chat log is many short
 * lines by many speakers; a line is picked for the passage around it (the question's words in
 * the lines before and after), and one that holds none of the question's terms, neither a word
 * nor a nick the question names, says something else: no answer rather than a wrong one. So does
 * a mail's sentence given for "when": a date in a line that shares no word with the question
 * ("March 2031 cocoa futures settled at …" for "When is the paper mill sale due to complete?") dates
 * something else.
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

/** A "when" question: "When will …?", "When did …?"; not "By when …?", a deadline its asker may write in other words. */
const WHEN_ASKED = /^\s*(?:(?:since|until|till)\s+)?when\b/i;

/** A capitalised word past the question's first: a person or a thing named, whose own mail may say it in other words. */
const NAME_ASKED = /^\s*\S+\s.*?(?<![\p{L}'’])\p{Lu}/u;

/** How many words a mail's sentence has at least; fewer make a bare value ("Friday."). */
const SENTENCE_WORDS = 6;

/**
 * True when a "when" question that names no one and nothing by a capitalised name is answered by
 * a mail's sentence of six words or more that holds none of the question's terms (the writer's
 * lead and the quoted subject included): its date is another thing's. A question naming a person
 * ("By when does Ana Ruiz need the rota?") may be answered by her own line in other words
 * ("… a draft before Friday noon").
 */
export function mailDateSharesNothing(
  question: string,
  type: AnswerType | undefined,
  hit: Pick<SearchHit, 'type'> | undefined,
  answer: string,
): boolean {
  if (hit?.type !== 'email' || !WHEN_ASKED.test(question) || NAME_ASKED.test(question)) return false;
  const said = answer.replace(/\s*\[\d+\]/g, ' ').trim();
  if (said.split(/\s+/).length < SENTENCE_WORDS) return false;
  const asked = new Set(questionTerms(question, type).map(fold));
  if (asked.size === 0) return false;
  return !foldedTerms(said).some((term) => asked.has(term));
}
