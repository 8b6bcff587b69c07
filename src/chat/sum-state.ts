/**
 * @module sum-state
 * The state of a sum a "how much" question asks ("How much is available for the Varna fund?",
 * "How much is left in the Orla budget?") and whether an answer's sentence says it: "we have
 * about 2.6M available" answers; "Let us know if the 2M is OK with you" gives the sum proposed,
 * not the one available, though it names the fund.
 */
import { stem } from '../lib/text/stem.ts';
import { answerWords } from './quoted-source.ts';

/**
 * Each state a sum may be asked in, with the words that say it (any form of them). Deeds (spent,
 * donated, invested) are left out: their sums are told in other words ("I have $50 for you").
 */
const STATES: readonly (readonly string[])[] = [
  ['available', 'availability', 'on hand'],
  ['left', 'remaining', 'remain', 'remains', 'balance', 'leftover'],
  ['outstanding', 'owed', 'owe', 'owes', 'owing', 'due', 'unpaid'],
];

/** "How much (money) is … <state> …": the state asked, by a word that says nothing else ("left", not "balance"). */
const STATE_ASKED = /\bhow much\b[^?]*?\b(available|left|remaining|outstanding|owed|owing)\b/i;

/** A figure: digits, the way a sum is written ("1.3M", "$40", "25,000"). */
const FIGURE = /\d/;

/** The words that say the state a question asks of a sum, or undefined when it asks none. */
export function sumStateAsked(question: string): readonly string[] | undefined {
  const word = STATE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return STATES.find((words) => words.includes(word));
}

/**
 * A sum asked in a state ("How much is available for the Varna fund?") answered by a sentence
 * with a figure that never says that state ("Let us know if the 2M is OK with you."): the figure
 * is the sum in another state (proposed, asked for, spent).
 */
export function sumStateMissing(question: string, answer: string): boolean {
  const words = sumStateAsked(question);
  if (words === undefined) return false;
  const said = answerWords(answer);
  if (!FIGURE.test(said)) return false;
  const lower = said.toLowerCase();
  const stems = new Set(lower.split(/[^\p{L}]+/u).map((word) => stem(word)));
  return !words.some((word) => (word.includes(' ') ? lower.includes(word) : stems.has(stem(word))));
}
