/**
 * @module act-unnamed
 * "When was the Orla permit approved?" asks the day of an act done to a thing. A sentence that
 * names neither the act (approved, approval) nor the thing (permit) is about something else of
 * the same place or person ("I will be overnighting the Orla closing papers on Friday"), though it
 * names a day. A bare value ("March 17, 2006.") is left alone: it is a field, not a sentence.
 */
import { stem } from '../lib/text/stem.ts';
import { answerWords } from './quoted-source.ts';

/** "When was / were / is / are / will the … <noun> (be) <verb>ed?": the thing's last word and the act. */
const PASSIVE_WHEN =
  /^\s*when\s+(?:was|were|is|are|will)\s+(.+?)\s+(?:be\s+|been\s+)?([a-z]{3,}ed)\s*\??\s*$/i;

/** How many words a sentence has at least; fewer make a bare value. */
const SENTENCE_WORDS = 6;

/** The stems a word may be written with: "approved" → approv; "approval" → approv too. */
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .flatMap((word) => [stem(word), stem(word).slice(0, 5)]),
  );
}

/**
 * A passive "when" question ("When was the Orla permit approved?") answered by a sentence of six
 * words or more that names neither the act asked nor the thing it was done to.
 */
export function actUnnamed(question: string, answer: string): boolean {
  const asked = PASSIVE_WHEN.exec(question);
  if (asked === null) return false;
  const [, subject = '', act = ''] = asked;
  const thing = subject.split(/\s+/).pop() ?? '';
  const said = answerWords(answer);
  if (said.split(/\s+/).filter(Boolean).length < SENTENCE_WORDS) return false;
  const written = stems(said);
  const named = (word: string): boolean =>
    written.has(stem(word.toLowerCase())) || written.has(stem(word.toLowerCase()).slice(0, 5));
  return !named(act) && !named(thing);
}
