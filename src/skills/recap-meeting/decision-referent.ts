/**
 * @module decision-referent
 * A decision whose object is a bare "it", "that" or "this" ("The group agreed to put it onto the
 * spare shelf.") says little to a reader who was not there. The thing is named again from the
 * turn the proposal answers, when that turn names one thing as what should be done to
 * ("we have to label the spare key" → "put the spare key onto the spare shelf"). When it names
 * none, or two ("the key and the padlock"), the decision stays as it was said: such decisions
 * are often real ones whose thing was shown or said further back.
 */
import { isNounPhrase } from './english-tagger.ts';
import type { Context } from './meeting-context.ts';
import { STOP_WORDS } from './text-terms.ts';

/** "The group agreed to put it …": the pronoun object right after the decision's own verb. */
const BARE_OBJECT =
  /^(The (?:group|committee) (?:agreed|decided) to \p{L}+(?:\s+(?:up|out|off|back|down|away|over))?)\s+(?:it\b|(?:that|this)(?=\s*(?:$|[.,;!?]|\s+(?:in|into|on|onto|to|for|with|as|at|by|from|up|out|off|back|down|away|over)\b)))/iu;

/** "we should move the X", "we can code for the X": what a turn says is to be done to, after a modal. */
const TO_BE_DONE =
  /\b(?:should|must|could|can|need to|have to|want to|got to|ought to)\s+(?:(?:probably|just|also|really|still|maybe)\s+)?\p{L}{2,}(?:\s+(?:for|off|up|out|in|on|away|over|back|with))?\s+the\s+((?:[\p{L}-]+\s*){1,4})/giu;

/** What a phrase of two things joined by "and" or "or" is counted as: never one thing. */
const COORDINATED = '+';
const PARTICIPLE = /^\p{L}{2,}ed$/iu;
/** How many turns back the proposal may answer. */
const TURNS_BACK = 3;
/** A turn of fewer words is a backchannel ("Okay.", "Um"), not what the proposal answers. */
const MIN_WORDS = 4;

/** The noun phrase after "the": its words up to the first function word, as long as it reads as a noun phrase. */
function nounPhrase(found: string): string | undefined {
  const head: string[] = [];
  for (const word of found.trim().split(/\s+/)) {
    // "the sail cloth and the oars": two things, and "it" is not both.
    if (/^(?:and|or)$/i.test(word)) return COORDINATED;
    if (!word || STOP_WORDS.has(word.toLowerCase())) break;
    head.push(word);
  }
  for (let size = head.length; size > 0; size--) {
    // A participle after the noun starts what is said of it ("the rubber used in the casing").
    if (size > 1 && PARTICIPLE.test(head[size - 1] ?? '')) continue;
    const phrase = head.slice(0, size).join(' ');
    // "it" stands for one thing: a plural ("the invoices") is "them".
    if (isNounPhrase(phrase)) return /[^s]s$/i.test(phrase) ? undefined : phrase;
  }
  return undefined;
}

/** The one thing the turn before the proposal names as to be done to, if it names exactly one. */
function answeredThing(context: Context, turn: number): string | undefined {
  const speaker = context.speakers[turn];
  for (let earlier = turn - 1; earlier >= Math.max(0, turn - TURNS_BACK); earlier--) {
    if (context.speakers[earlier] === speaker) return undefined;
    const said = context.sentences.filter((sentence) => sentence.turn === earlier).map((s) => s.text);
    if (said.join(' ').split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    const things = new Map<string, string>();
    for (const text of said)
      for (const match of text.matchAll(TO_BE_DONE)) {
        const phrase = nounPhrase(match[1] ?? '');
        if (phrase === COORDINATED) return undefined;
        if (phrase) things.set(phrase.toLowerCase(), phrase);
      }
    return things.size === 1 ? [...things.values()][0] : undefined;
  }
  return undefined;
}

/**
 * The decision with its bare pronoun object named ("…to put the spare key onto …"), or as it
 * was when its object is not a bare pronoun or the turn before does not name one thing.
 */
export function withNamedObject(text: string, context: Context, turn: number): string {
  const bare = BARE_OBJECT.exec(text);
  if (!bare) return text;
  const thing = answeredThing(context, turn);
  if (!thing) return text;
  return `${bare[1]} the ${thing}${text.slice(bare[0].length)}`;
}
