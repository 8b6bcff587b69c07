/**
 * @module shown-now
 * Comments promised on what is being shown in the meeting: when a colleague has just been asked
 * to show or present something ("you can show your mock-up now if you like"), a reply such as
 * "I'll give comments" is a part in that showing, done on the spot, and no work after the meeting.
 * The same promise said about something still to come ("once the draft is sent, I'll give
 * comments") stays an action item.
 */
import type { Context, Sentence } from './meeting-context.ts';

/** A task of commenting: "give comments", "give some feedback", "add my remarks", "comment on it". */
const COMMENTING =
  /^(?:give|add|offer|make|provide)\s+(?:(?:some|my|our|a few|any|the|a)\s+)?(?:comments?|feedback|remarks?|input)\b|^comment\b/i;

/** Something shown or presented to the meeting: "you can show your prototype", "let's present it". */
const SHOWING = /\b(?:show|present|demo|demonstrate|walk (?:us|them|everyone|the group) through)\b/i;

/** A time after the meeting or a thing still to come: the comments are then later work. */
const LATER =
  /\b(?:later|tomorrow|tonight|next|after|afterwards|once|when|by|before|until|send|sent|email|mail|off-?line|week|monday|tuesday|wednesday|thursday|friday)\b/i;

/** Turns back in which the invitation to show is looked for. */
const REACH = 3;

/**
 * Whether `task`, said in `sentence`, is a comment promised on something another speaker has just
 * been asked to show or present in the meeting (and no later time is said with either).
 */
export function commentOnShowing(task: string, sentence: Sentence, context: Context): boolean {
  if (!COMMENTING.test(task) || LATER.test(sentence.text)) return false;
  return context.sentences
    .slice(Math.max(0, sentence.i - 12), sentence.i)
    .some(
      (other) =>
        other.speaker !== sentence.speaker &&
        other.turn >= sentence.turn - REACH &&
        SHOWING.test(other.text) &&
        !LATER.test(other.text),
    );
}
