/**
 * @module time-of-other
 * Whether the time a "when" answer gives belongs to the thing asked or to the thing it is for.
 * "When is my photo session for the Varna fair?" is not answered by "Thank you for joining the
 * photos for the Varna fair taking place in May.": the month is the fair's, and the answer never
 * names the session.
 */

import { stem } from '../lib/text/stem.ts';
import { withoutMarks } from './citations.ts';

/** "When is my photo session for the Varna fair?": the thing asked ("photo session") and what it is for or of. */
const WHEN_FOR =
  /^\s*when\s+(?:is|was|will\s+be|are|were)\s+(?:the|my|our|your|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?([\p{L}-]+))\s+(?:for|of|at|before|after)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\??\s*$/iu;

/** A time told of a noun by what happens to it then: "… fair taking place in May", "… meeting held on 3 June". */
const TIME_OF_NOUN =
  /([\p{L}-]+)\s+(?:(?:that|which)\s+(?:is|will\s+be|was)\s+)?(?:taking\s+place|to\s+be\s+held|held|scheduled|happening|planned|set)\s+(?:for\s+|in\s+|on\s+|at\s+)/giu;

/** Heads that name no thing that happens: a date, a time, one of a series ("the first of …"). */
const GENERIC_HEADS = new Set([
  'date',
  'time',
  'day',
  'deadline',
  'start',
  'end',
  'one',
  'first',
  'last',
  'next',
  'second',
]);

/** Words before "held" or "scheduled" that name no thing: "they are scheduled for", "which is set for". */
const NO_NOUN = new Set(
  'is are was were be been being it this that these those which who they he she we you i also now currently already tentatively originally still'.split(
    ' ',
  ),
);

/**
 * A "when is the X for Y" question answered by a sentence that never names X (its last word, in
 * any form) and tells the time of another noun ("Y taking place in May"): the time is that
 * noun's, not the thing asked.
 */
export function timeOfOtherThing(question: string, answer: string): boolean {
  const asked = WHEN_FOR.exec(question);
  const head = asked?.[2]?.toLowerCase();
  if (head === undefined || GENERIC_HEADS.has(head)) return false;
  const said = withoutMarks(answer);
  const headStem = stem(head);
  const words = said.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  if (words.some((word) => word !== '' && stem(word) === headStem)) return false;
  return [...said.matchAll(TIME_OF_NOUN)].some(([, noun = '']) => {
    const word = noun.toLowerCase();
    return !NO_NOUN.has(word) && stem(word) !== headStem;
  });
}
