/**
 * @module other-thing
 * A place or a time of another thing. "Where is the quarterly tooling review?" is answered with
 * the room of another meeting when the notice of the review itself names no room: the words the
 * two share ("review", "meeting") rank the other notice's room high. When a retrieved passage's
 * title names the thing asked (most of the question's own words, or half of them and its text the
 * rest; not a reply's or a forward's) and its text gives no value of the asked kind, a value from
 * a passage whose title names less of it is another thing's. For the hour asked ("What time is
 * …?"), a notice that gives the day and no hour gives no value of that kind.
 */

import type { SearchHit } from '../index/types.ts';
import { type AnswerType, asksClockTime, carriesClockTime, carriesType } from './answer-type.ts';
import { questionTerms } from './question-terms.ts';

/** The kinds of value a notice of one thing gives for it alone: its place and its time. */
const OWN_VALUE_TYPES: ReadonlySet<AnswerType> = new Set(['place', 'date']);

/** The share of the question's own words a title must carry to name the thing asked. */
const NAMES_THING = 0.75;

/** The fewest words of the question that name a thing by a title. */
const MIN_TERMS = 2;

/** The share of the question's words a title must carry for its text to name the rest. */
const TITLE_PART = 0.5;

/** A reply's or a forward's subject: "RE: …", "Fw: …", "AW: …". */
const REPLY = /^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:/i;

/** The share of the question's terms a text's title carries. */
function titleShare(terms: readonly string[], hit: SearchHit): number {
  const title = new Set(questionTerms(hit.title));
  return terms.filter((term) => title.has(term)).length / terms.length;
}

/** The share of the question's terms a passage's title and text carry together. */
function textShare(terms: readonly string[], hit: SearchHit): number {
  const words = new Set(questionTerms(`${hit.title}\n${hit.text}`));
  return terms.filter((term) => words.has(term)).length / terms.length;
}

/**
 * Whether the value picked from `picked` belongs to another thing than the one asked: another
 * passage's title names the thing asked better than the picked passage's title and the answer's
 * own sentences do, with at least NAMES_THING of the question's words, and that passage gives
 * no value of the kind asked.
 */
export function valueOfOtherThing(
  question: string,
  type: AnswerType | undefined,
  picked: SearchHit,
  hits: readonly SearchHit[],
  /** The answer's sentences: a sentence that itself names the thing asked is of that thing. */
  answer = '',
): boolean {
  if (!type || !OWN_VALUE_TYPES.has(type)) return false;
  const clock = type === 'date' && asksClockTime(question);
  // "What time …": the word asks the hour and names nothing ("Denver time" is no sign of the thing).
  const terms = questionTerms(question, type).filter((term) => !clock || term !== 'time');
  if (terms.length < MIN_TERMS) return false;
  const said = new Set(questionTerms(answer));
  const givesValue = (text: string) => (clock ? carriesClockTime(text) : carriesType(text, type));
  const own = Math.max(
    titleShare(terms, picked),
    terms.filter((term) => said.has(term)).length / terms.length,
  );
  return hits.some((hit) => {
    // A reply or a forward discusses the thing; its own notice is the first mail.
    if (hit.uri === picked.uri || hit.title === picked.title || REPLY.test(hit.title)) return false;
    // A title that names half of it, its text the rest ("Mtg: 2030 Riverton Donor Meeting"
    // over "… - Garden Reception"), names it too.
    const titled = titleShare(terms, hit);
    const share = titled >= TITLE_PART ? Math.max(titled, textShare(terms, hit)) : titled;
    return share >= NAMES_THING && share > own && !givesValue(hit.text);
  });
}
