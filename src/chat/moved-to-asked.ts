/**
 * @module moved-to-asked
 * "When did Vera move our Thursday call to?", "What was the Monday review pushed back to?": the
 * day such a question names is the one the meeting was moved from, not the day asked about. Its
 * sentences are not kept to that day: the answer is on another.
 */

/** A verb of moving a meeting, with "to" closing the question: "move … to?", "rescheduled to?". */
const MOVED_TO =
  /\b(?:move[sd]?|moving|reschedul\w*|push(?:ed|es|ing)?|postpon\w*|shift(?:ed|s|ing)?|bump(?:ed|s|ing)?)\b[^?]*\bto\s*\??\s*$/i;

/** True when the question asks the new day or time of something moved ("… move our Thursday call to?"). */
export function asksNewSlot(question: string): boolean {
  return MOVED_TO.test(question);
}
