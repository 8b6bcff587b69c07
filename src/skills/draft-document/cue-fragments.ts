/**
 * @module cue-fragments
 * Pieces of text that say a cue word (a request, a "will", a risk) without being a statement a
 * draft can quote for it: a slide bullet with no subject ("Logged for every delivery"), a note
 * that goes on from the bullet above it ("Will save hours at the loading bay, …"), the tail of a
 * sentence cut at an abbreviation ("ago will be re-weighed within 2 hrs."), someone's words quoted whole.
 * A cued section (Purpose, Next steps, Risks, Decisions) takes none of them. Mail is exempt from
 * the subject rules: a writer's "Will send the figures Monday." has its writer as subject.
 */
import type { Locator } from '../../formats/model.ts';
import { withoutItemMark } from '../../lib/text/item-marks.ts';

/** What a fragment rule reads of a sentence: its text, where it is, and whether it opens its block. */
export type CueCandidate = {
  readonly text: string;
  readonly locator: Locator;
  /** 0 for the first sentence of its paragraph, bullet or note. */
  readonly indexInBlock: number;
};

/** A verb that needs a subject before it, at the opening: "Will help …", "Should be signed …". */
const MODAL_OPENING = /^(?:will|would|shall|should|can|could|may|might|must|needs? to|has to|have to)\b/i;
/** A past participle and a preposition at the opening: a passive with no subject ("Logged for every delivery"). */
const PASSIVE_OPENING =
  /^\p{Lu}\p{Ll}+ed\s+(?:for|by|in|on|at|to|with|from|after|before|during|via|through|under)\b/u;
/** Longest subjectless passive taken as a fragment; a longer one goes on to say more. */
const SHORT_PASSIVE_WORDS = 6;
/** "I" in lower case, as mail and chat write it ("i'll call you"), is a subject, not a cut. */
const LOWER_CASE_I = /^i(?:'|’|\s)/;

const fromMail = (candidate: CueCandidate) => candidate.locator.messageId !== undefined;

/** The rules, each a reason a sentence cannot stand for a cued section by itself. */
const FRAGMENT_RULES: readonly ((candidate: CueCandidate) => boolean)[] = [
  // The rest of a sentence the splitter cut (at "min.", "approx."): it opens in lower case inside its block.
  (candidate) =>
    candidate.indexInBlock > 0 && /^\p{Ll}/u.test(candidate.text) && !LOWER_CASE_I.test(candidate.text),
  // A verb with no subject: it goes on from the slide or line above it; a question is whole.
  (candidate) =>
    !fromMail(candidate) && MODAL_OPENING.test(candidate.text) && !/\?["”’)]?\s*$/u.test(candidate.text),
  // A short passive with no subject: a slide bullet that names nothing without its slide.
  (candidate) =>
    !fromMail(candidate) &&
    PASSIVE_OPENING.test(candidate.text) &&
    !candidate.text.includes(',') &&
    candidate.text.split(/\s+/).length <= SHORT_PASSIVE_WORDS,
  // Someone's words quoted whole ("“Make it faster, please”"): what was said, not what is to be done.
  (candidate) => /^["“„«][^"“”„«»]+["”»][.!?]?$/u.test(candidate.text.trim()),
];

/** True when the sentence says a cue's word but cannot be quoted for it alone (see the module comment). */
export function isCueFragment(candidate: CueCandidate): boolean {
  // Read without a list mark: mail sends bullets as "o All staff will …".
  return FRAGMENT_RULES.some((rule) => rule({ ...candidate, text: withoutItemMark(candidate.text.trim()) }));
}
