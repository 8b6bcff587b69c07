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

/** A word without the marks around it ("(v2.1)," → "v2.1"). */
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}/\\]+|[^\p{L}\p{N}]+$/gu, '');

/** Questions answered by who spoke ("Who suggested …?") or by yes or no ("Did …?", "Is …?"). */
const SPEAKER_OR_YES_NO =
  /^\s*(?:who|whom|whose|did|does|do|is|are|was|were|can|could|has|have|will|would|should)\b/i;

/** Words a line may add to the question's and still say nothing of its own. */
const EMPTY_WORDS = new Set(
  foldedTerms('i use using used run running have got try tried yes yeah ok okay so well just now'),
);

/**
 * True when the answer is a chat line every term of which the question already holds (past
 * its speaker, the nick it addresses and a few empty words): "i use quillos on a pine board"
 * for "What is the default login for QuillOS on a Pine board?" restates what the question says
 * and gives nothing asked. A "who" question is answered by the speaker, a yes-or-no
 * one by a line that says the question back, so both are left alone.
 */
export function lineRepeatsQuestion(
  question: string,
  hit: Pick<SearchHit, 'type'> | undefined,
  answer: string,
): boolean {
  if (!hit || !SPOKEN.has(hit.type) || SPEAKER_OR_YES_NO.test(question)) return false;
  const asked = new Set(foldedTerms(question).flatMap((term) => [term, nickBase(term)]));
  const lines = answer
    .split(/\s*\[\d+\]\s*/)
    .map((line) => line.replace(/^\s*[^\s:]+:\s+(?:[^\s:,]+[:,]\s+)?/, ''))
    .filter((line) => line.trim());
  // A value written whole ("/home/kit", "v2.1", "kit_cfg") is said, though its words are asked.
  const written = new Set(question.toLowerCase().split(/\s+/).map(bare));
  const value = lines.some((line) =>
    line
      .toLowerCase()
      .split(/\s+/)
      .map(bare)
      .some((token) => /[\p{L}\p{N}][/\\._\d-]|[/\\._\d-][\p{L}\p{N}]/u.test(token) && !written.has(token)),
  );
  const said = lines.flatMap((line) => foldedTerms(line)).filter((term) => !EMPTY_WORDS.has(term));
  return !value && said.length > 0 && said.every((term) => asked.has(term) || asked.has(nickBase(term)));
}
