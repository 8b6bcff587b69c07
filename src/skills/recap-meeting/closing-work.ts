/**
 * @module closing-work
 * The chair's closing word that everyone now goes off to work on their own part until the next
 * meeting ("we're all going to go off and do our individual things", "you will have individual
 * work in twenty minutes", "further instructions come by email, see you in an hour"): an action
 * item for each participant who has no task of their own handed out around it. "We all …"
 * includes the chair; "you …" is the others. Only in the last quarter of the meeting, said by
 * the chair as a statement, with the next meeting or the time until it in the chair's words
 * nearby.
 */
import type { Candidate } from './assignments.ts';
import type { Context, Sentence } from './meeting-context.ts';

/** The work each does alone: "individual work", "our own things", "the instructions you'll get". */
const OWN_WORK =
  /\b(?:individual|own|separate)\s+(?:work|things|tasks?|actions?|jobs?|parts?|assignments?)\b|\b(?:next|further|more|specific|new)\s+instructions\b/i;
/** The group as the ones who work: "we all", "we're all", "everybody", as against "you". */
const ALL_OF_US = /\b(?:we(?:'re| are)? all|all of us|everybody|everyone)\b/i;
/** The next meeting, or the time until it. */
const NEXT_MEETING =
  /\b(?:next meeting|meet(?:ing)? again|see you|come back|in (?:half an hour|an hour|(?:\S+\s+){0,2}minutes)|half an hour|(?:\S+\s+)?minutes (?:before|until|till))\b/i;
/** The closing part of a meeting, as a share of its turns. */
const CLOSING_SHARE = 0.75;
/** How near the chair must say when the group meets again, and how near a task of one's own makes the general one redundant. */
const NEAR = 10;

function closing(sentence: Sentence, context: Context): boolean {
  if (
    sentence.speaker !== context.chair ||
    /\?$/.test(sentence.text) ||
    /^(?:if|when)\b/i.test(sentence.text)
  )
    return false;
  if (sentence.turn < context.raw.length * CLOSING_SHARE || !OWN_WORK.test(sentence.text)) return false;
  return context.sentences.some(
    (other) =>
      other.speaker === context.chair &&
      Math.abs(other.turn - sentence.turn) <= NEAR &&
      NEXT_MEETING.test(other.text),
  );
}

/**
 * One item per participant for the chair's closing call to individual work, leaving out those
 * with a task of their own within a few turns of it (the chair's hand-out names their part).
 */
export function closingWork(
  context: Context,
  found: readonly { owner?: string; turn: number }[],
): Candidate[] {
  const sentence = context.sentences.find((candidate) => closing(candidate, context));
  if (!sentence) return [];
  const everyone = ALL_OF_US.test(sentence.text);
  const people = [...new Set(context.speakers.filter((speaker) => speaker.trim()))].filter(
    (speaker) => everyone || speaker !== context.chair,
  );
  const instructions = /\binstructions\b/i.test(sentence.text);
  const task = instructions
    ? 'Follow the instructions that come and do their own part before the next meeting'
    : 'Do their own part of the work before the next meeting';
  return people
    .filter(
      (owner) => !found.some((item) => item.owner === owner && Math.abs(item.turn - sentence.turn) <= NEAR),
    )
    .map((owner) => ({ owner, task, turns: [sentence.turn] }));
}
