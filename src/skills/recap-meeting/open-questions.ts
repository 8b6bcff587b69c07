/**
 * @module open-questions
 * Questions a meeting says are open ("still need to decide…", "to be decided"). A question asked
 * and not answered is not listed: read on real meetings, most such questions were rhetorical or
 * answered a few turns later, so a line counts only when it says itself that something is open.
 */
import type { Transcript } from '../../formats/model.ts';
import { type FoundItem, sentencesOf } from './meeting-context.ts';

const OPEN_QUESTION =
  /\b(?:open question|still (?:need|have) to (?:figure out|decide|find out)|not sure yet|to be decided|tbd|we don't know yet|remains to be seen|haven't decided|can't be decided|require more thought|requires more thought)\b/i;

export function findOpenQuestions(transcript: Transcript): FoundItem[] {
  return sentencesOf(transcript)
    .filter((sentence) => OPEN_QUESTION.test(sentence.text))
    .map((sentence) => ({ text: sentence.text, turn: sentence.turn, turns: [sentence.turn] }));
}
