/**
 * @module which-named
 * Whether an answer to a "which …" question names the one asked. "Which lodger moved to
 * monthly rent?" is not answered by "Then she moved to monthly.": the sentence tells what was
 * done, and names whoever did it only by a pronoun that points back to a sentence not quoted.
 */

import { partsBetweenMarks } from './citations.ts';
import { QUOTE_LEAD } from './quoted-source.ts';

/** "Which lodger …?", "For which client …?": one of several asked by its kind. */
const WHICH_ASKED = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s+\p{L}/iu;

/** A sentence whose subject is only a pronoun: "He moved …", "Then she paid …", "So they left …". */
const PRONOUN_SUBJECT = /^(?:(?:then|so|and|but|now|later|also|since)\s+)?(?:he|she|they|it)\b/i;

/** Something that names one: a capitalised word inside a sentence ("Marta"), a figure or a number mark ("#4", "unit 12"). */
function namesOne(sentence: string): boolean {
  if (/[\d#]/.test(sentence)) return true;
  const inner = sentence.replace(/(?:^|[.!?:]\s+)["'(]*\S+/g, ' ');
  return /(?:^|\s)["'(]*\p{Lu}/u.test(inner);
}

/**
 * A "which …" question answered by sentences that name no one and nothing (no capitalised word
 * past a sentence's first, no figure), the first of which has only a pronoun for its subject:
 * "Then she moved to monthly. One month in advance." for "Which lodger moved to monthly?".
 */
export function pronounForWhich(question: string, answer: string): boolean {
  if (!WHICH_ASKED.test(question)) return false;
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .filter(Boolean);
  const first = parts[0];
  if (first === undefined || !PRONOUN_SUBJECT.test(first)) return false;
  return !parts.some(namesOne);
}
