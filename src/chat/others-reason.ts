/**
 * @module others-reason
 * "Why did I turn down the Velm lease?" asks the asker's own reason. A sentence of a mail someone
 * else wrote does not give it when its "I" is that writer ("I am looking for a flat near Velm
 * since my sister lives there."), nor when it only tells the asker what they did, with no reason
 * ("I gather you turned down the Velm lease."): that is the question put to the asker, and
 * the answer is in the asker's reply.
 */
import { analyze } from '../index/analyze.ts';
import { carriesType } from './answer-type.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** "Why did I …?", "Why don't I …", "Why was I …": a reason of the asker's own. */
const MY_REASON_ASKED =
  /^\s*why\s+(?:did|didn't|do|don't|does|was|wasn't|am|have|haven't|had|would|wouldn't|should|shouldn't|could|couldn't|can't|will|won't)(?:\s+not)?\s+I\b/i;

/** The asker or the writer spoken of as "I" by the sentence's writer. */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll)\b|\b(?:me|my|mine|myself)\b/;
/** The one the sentence speaks to. */
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;

/** Words that do not tell people apart in an address or a name: mail hosts, initials. */
const NO_PERSON = new Set(['com', 'net', 'org', 'edu', 'gov', 'mail', 'email']);

/** A person's name or address as name words: "tomas.lind@example.com" → "tomas lind". */
export function addressAsName(person: string): string {
  return person.replace(/@.*$/, '').replace(/[._]+/g, ' ');
}

/**
 * The words of a person given by name ("Lind, Tomas") or address ("tomas.lind@example.com"),
 * less the words of their mail host: a name that carries its firm ("Tomas Lind/Orlacorp@Orlacorp")
 * shares that firm with everyone who works there, not a person.
 */
export function personWords(person: string): Set<string> {
  const host = new Set(analyze(/@(.*)$/.exec(person)?.[1]?.replace(/[._]+/g, ' ') ?? ''));
  return new Set(
    analyze(addressAsName(person)).filter(
      (word) => word.length > 1 && !NO_PERSON.has(word) && !host.has(word),
    ),
  );
}

/**
 * True when a reason of the asker's own is asked and the answer is a sentence another writer
 * wrote (both the writer and the asker known, sharing no word of their names) that speaks of
 * that writer as "I" and not to the asker, or speaks to the asker and gives no reason.
 */
export function othersWordForMyReason(
  question: string,
  answer: string,
  writer: string | undefined,
  asker: string | undefined,
): boolean {
  if (!MY_REASON_ASKED.test(question) || writer === undefined || asker === undefined) return false;
  const mine = personWords(asker);
  const theirs = personWords(writer);
  if (mine.size === 0 || theirs.size === 0 || [...theirs].some((word) => mine.has(word))) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  const toMe = SECOND_PERSON.test(said);
  if (toMe) return !carriesType(said, 'reason');
  return FIRST_PERSON.test(said);
}
