/**
 * @module own-thing-unsaid
 * "What seat number did I send Tamsin for the autumn recital?" asks a thing of the asker's own mail
 * by its kind. A sentence of that mail that names no such thing, and gives no figure and no name
 * that could be one ("Sadly I can't come along."), is the mail, not the thing: the mail said
 * something else, and the thing asked is not in it.
 */
import { analyze } from '../index/analyze.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** "What <thing> did I send / give / tell / show … ?": the thing, one to three words. */
const OWN_THING_ASKED =
  /^\s*(?:what|which)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+did\s+i\s+(?:send|give|tell|show|mail|offer|quote|write|suggest|recommend|pass)\b/iu;

/** A word written with a capital past the sentence's first (not "I"): a name, a place, a month. */
const NAME_PAST_START = /[\s,;:(]["'“‘]?(?!I\b|I['’])\p{Lu}/u;

/**
 * True when the question asks a thing of the asker's own mail by its kind and the answer (its
 * lead past) writes no word of that kind, no digit and no capitalised word past its first.
 */
export function ownThingUnsaid(question: string, answer: string): boolean {
  const asked = OWN_THING_ASKED.exec(question)?.[1];
  if (!asked) return false;
  const kind = analyze(
    asked
      .split(/\s+/)
      .filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()))
      .join(' '),
  );
  if (kind.length === 0) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '').trim();
  if (said === '' || /\d/.test(said) || NAME_PAST_START.test(said)) return false;
  const terms = new Set(analyze(said));
  return !kind.some((term) => terms.has(term));
}
