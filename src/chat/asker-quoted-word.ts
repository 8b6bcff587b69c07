/**
 * @module asker-quoted-word
 * "Whom did I recommend for the panel?", "Which supplier did I suggest?": the asker's own words
 * are asked for. A sentence of another writer's message that a mail quotes or forwards ("On 3/2,
 * Ivo Tandy wrote (forwarded in …): we are looking for panel members …") is that writer's word,
 * not the asker's, however many of the question's words it shares. A quote of the asker's own
 * earlier mail, or of the mail's own sender, is still theirs.
 */
import type { SearchHit } from '../index/types.ts';
import { addressAsName } from './others-reason.ts';
import { PASSED_ON, SAID, SAYING } from './own-words.ts';
import { quoteAuthor } from './quoted-source.ts';

/** What the asker said is asked: "did I recommend", "have I told", "I suggested"; not what they sent on. */
const ASKER_SAID = new RegExp(
  String.raw`\b(?:(?:did|do|have|had)\s+I\s+(?:${SAYING})|I\s+(?:${SAID}))\b`,
  'i',
);

const nameWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/**
 * True when the question asks what the asker said and the answer comes from a quoted or forwarded
 * message whose writer is neither the asker (by the words that name them, `askerWords`) nor the
 * sender of the mail that quotes it.
 */
export function othersWordForAskersSaying(
  question: string,
  answer: string,
  hit: SearchHit | undefined,
  askerWords: readonly string[],
): boolean {
  if (hit?.type !== 'email' || !ASKER_SAID.test(question) || PASSED_ON.test(question)) return false;
  const author = quoteAuthor(answer, hit);
  if (!author) return false;
  const theirs = nameWords(author);
  if (askerWords.some((word) => theirs.has(word.toLowerCase()))) return false;
  const sender = hit.people.find((person) => person.role === 'from');
  const senderWords = nameWords(
    `${sender?.name ?? ''} ${sender?.address === undefined ? '' : addressAsName(sender.address)}`,
  );
  return ![...theirs].some((word) => senderWords.has(word));
}
