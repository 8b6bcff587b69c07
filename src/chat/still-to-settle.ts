/**
 * @module still-to-settle
 * Whether an answer says that the one the question names has yet to settle what is asked. "Which
 * hotel are Arvid and Nora staying at?" is not answered by "You and I share a suite at the
 * Seagull and Arvid and Nora need to work their rooms out.": the hotel named is the writer's,
 * and the sentence says the two asked about have none yet.
 */

import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { answerWords } from './quoted-source.ts';

/** A question for a thing chosen or a time or place set: "which hotel", "where", "when", "what room". */
const SETTLED_ASKED = /^\s*(?:(?:in|at|for|on|to)\s+)?(?:which|where|when|what)\b/i;

/** A name the question asks of: a capitalised word after its first ("Arvid", "Nora", "Ardon Inn"). */
const NAME = /(?<=\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** Words that never name whom a question asks of: the asker, days, months. */
const NOT_NAME =
  /^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * What one has yet to do to settle a thing: "need to work their rooms out", "needs to book",
 * "have yet to decide", "still have to find", right after the name (and other names joined by "and").
 */
const YET_TO_SETTLE = String.raw`(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)*\s+(?:(?:still|both)\s+)?(?:(?:needs?|have|has)\s+to\s+(?:sort|figure|work)\b[^.!?]{0,30}?\bout\b|needs?\s+to\s+(?:book|find|decide|arrange|choose|pick)\b|(?:have|has)\s+yet\s+to\b|(?:have|has)\s+not\s+(?:yet\s+)?(?:booked|decided|chosen|found|picked)\b)`;

/**
 * A "which", "where", "when" or "what" question about someone or something it names, answered by
 * a sentence that says, right after that name, that they have yet to settle it ("Arvid and Nora
 * need to work their rooms out"): whatever else the sentence names is another's.
 */
export function stillToSettle(question: string, answer: string): boolean {
  if (!SETTLED_ASKED.test(question)) return false;
  const said = answerWords(answer);
  return [...question.matchAll(NAME)]
    .map(([name]) => name.replace(/['’]s?$/, ''))
    .filter((name) => !NOT_NAME.test(name))
    .some((name) => new RegExp(String.raw`\b${escapeRegExp(name)}${YET_TO_SETTLE}`, 'iu').test(said));
}
