/**
 * @module writer-own-act
 * "How many shares has Ada Brill sold?" asks what a named person did. A mail sentence whose "I"
 * did it ("I've sold 400 shares.") tells its writer's own act: when that writer is
 * another person (no word of the surname asked in their name) and the sentence never names the
 * one asked, it answers of someone else.
 */
import { analyze } from '../index/analyze.ts';
import { personWords } from './others-reason.ts';
import { answerWords, MAIL_LEAD } from './quoted-source.ts';

/** "has Ada Brill sold", "did Brill buy", "will Ada Brill send": the person the act is asked of. */
const ACT_OF_NAMED =
  /\b(?:has|have|had|did|does|do|will|would|is|was|can|could)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+\p{Ll}{2,}/u;

/** Words that stand where a name stands but are none. */
const NOT_NAMES = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'this', 'that']);

/** A sentence whose subject is its writer: "I've bought …"; not "we", which may be a whole firm. */
const WRITER_SUBJECT = /^\s*(?:I|I've|I'm|I'll|I'd|I’ve|I’m|I’ll|I’d)\s/;

export function writersOwnAct(question: string, answer: string, writer: string | undefined): boolean {
  const name = ACT_OF_NAMED.exec(question)?.[1];
  // "What is Ada Brill's cell number?" asks a thing of hers, no act.
  if (!name || writer === undefined || /['’]s?$/.test(name)) return false;
  const asked = analyze(name).filter((word) => word.length > 1 && !NOT_NAMES.has(word));
  const surname = asked[asked.length - 1];
  if (!surname) return false;
  const said = answerWords(answer).replace(MAIL_LEAD, '');
  const first = said.split(/(?<=[.!?])\s/)[0] ?? '';
  if (!WRITER_SUBJECT.test(first)) return false;
  if (personWords(writer).has(surname)) return false;
  return !new Set(analyze(said)).has(surname);
}
