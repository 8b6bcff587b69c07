/**
 * @module act-unnamed
 * "When was the Orla permit approved?" asks the day of an act done to a thing. A sentence that
 * names neither the act (approved, approval) nor the thing (permit) is about something else of
 * the same place or person ("I will be overnighting the Orla closing papers on Friday"), though it
 * names a day. A bare value ("March 17, 2006.") is left alone: it is a field, not a sentence.
 * "Who gave Ana a key?" in a chat is not answered by a turn that names neither giving nor the key
 * ("Ana, try the front desk").
 */

import type { SearchHit } from '../index/types.ts';
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

/** "When will / did / does the township approve …?": what follows the auxiliary, the doer and the act first. */
const ACTIVE_WHEN = /^\s*when\s+(?:will|did|does|do|would|should|must|shall)\s+(.+?)\s*\??\s*$/i;

/** Words before a doer that name it no more than the doer does. */
const LEADING = new Set(
  'the a an its his her their our my your this that these those i we you they he she it'.split(' '),
);

/** Passage kinds of office files: a line of a report or a slide, not a mail or a chat turn. */
const FILE_KINDS: ReadonlySet<SearchHit['type']> = new Set(['document', 'slide']);

/** English words that a sentence in English all but always carries two of. */
const ENGLISH = /\b(?:the|of|and|to|is|for|with|be|by|that)\b/gi;

/**
 * An active "when" question over an office file ("When will the township approve its cycle
 * lane plan?") answered by an English sentence of six words or more that names neither of the two
 * words after the doer, the act and what it is done to ("Kiosk permits issued before March 3, 2029 stay
 * valid for the same vendor …"): the day of another act of the same file. A sentence in another language
 * is left alone, since it writes the act in its own words.
 */
export function activeActUnnamed(question: string, hit: Pick<SearchHit, 'type'>, answer: string): boolean {
  if (!FILE_KINDS.has(hit.type)) return false;
  const asked = ACTIVE_WHEN.exec(question);
  if (asked === null) return false;
  const said = answerWords(answer);
  if (said.split(/\s+/).filter(Boolean).length < SENTENCE_WORDS) return false;
  if ((said.match(ENGLISH) ?? []).length < 2) return false;
  // The doer is often the file's own subject ("the township"), named on every page: the act, the
  // word or two after it, must be named.
  const act = (asked[1] ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !LEADING.has(word))
    .slice(1, 3);
  const written = stems(said);
  return (
    act.length > 0 && !act.some((word) => written.has(stem(word)) || written.has(stem(word).slice(0, 5)))
  );
}

/** "Who is / was / were the … <thing> <verb>ed to / by (now)?": the act a person was the one of. */
const PASSIVE_WHO =
  /^\s*who(?:m)?\s+(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\s+(.+?)\s+([a-z]{3,}(?:ed|en))\s*(?:to|by|for|with)?\s*(?:now)?\s*\??\s*$/i;

/** How many words a line has at least to be read as a sentence, not a bare name ("Kit Arden."). */
const WHO_SENTENCE_WORDS = 4;

/**
 * A passive "who" question ("Who is ticket 4411 assigned to?") answered by a sentence that does
 * not name the act asked ("so kit added a ticket, ticket 4411"): the person it names did
 * something else to the thing. A bare name is left alone.
 */
export function passiveWhoActUnnamed(question: string, answer: string): boolean {
  const asked = PASSIVE_WHO.exec(question);
  if (asked === null) return false;
  const act = asked[2] ?? '';
  const said = answerWords(answer);
  if (said.split(/\s+/).filter(Boolean).length < WHO_SENTENCE_WORDS) return false;
  const written = stems(said);
  return !written.has(stem(act.toLowerCase())) && !written.has(stem(act.toLowerCase()).slice(0, 5));
}

/**
 * "Who gave / sent / lent / offered Ana a spare key?": the act of handing something over, the one
 * it went to, and the thing (its last word). Irregular forms are read as their verb.
 */
const GIVER_ASKED =
  /^\s*who\s+(gave|give|gives|sent|send|sends|lent|lend|lends|offered|offers|handed|hands|passed|passes|sold|sells|got|gets|brought|brings)\s+(\S+)\s+(?:a|an|the|some|any|his|her|their|its)\s+(.+?)\s*\??\s*$/i;

/** The forms a verb of handing over is written in, each as all of them. */
const GIVING_FORMS: readonly (readonly string[])[] = [
  ['gave', 'give', 'gives', 'given', 'giving'],
  ['sent', 'send', 'sends', 'sending'],
  ['lent', 'lend', 'lends', 'lending', 'loan', 'loaned'],
  ['sold', 'sell', 'sells', 'selling'],
  ['got', 'get', 'gets', 'getting', 'gotten'],
  ['brought', 'bring', 'brings', 'bringing'],
];

/**
 * A chat turn that answers "Who gave Ana a spare key?" with a line of four words or more naming
 * neither the act (in any of its forms) nor the thing ("Ana, try the front desk"): it points the
 * way to one, and says nobody gave it.
 */
export function giverActUnnamed(question: string, hit: Pick<SearchHit, 'type'>, answer: string): boolean {
  if (hit.type !== 'chat') return false;
  const asked = GIVER_ASKED.exec(question);
  if (asked === null) return false;
  const verb = (asked[1] ?? '').toLowerCase();
  const thing =
    (asked[3] ?? '')
      .split(/\s+/)
      .pop()
      ?.replace(/[^\p{L}\p{N}]+$/u, '') ?? '';
  const said = answerWords(answer);
  if (said.split(/\s+/).filter(Boolean).length < WHO_SENTENCE_WORDS) return false;
  const written = stems(said);
  const named = (word: string) =>
    written.has(stem(word.toLowerCase())) || written.has(stem(word.toLowerCase()).slice(0, 5));
  const forms = GIVING_FORMS.find((family) => family.includes(verb)) ?? [verb];
  return !forms.some(named) && !named(thing);
}
