/**
 * @module open-questions
 * Questions a meeting leaves open: said to be open ("still need to decide…") or asked and not
 * answered at any length.
 */
import type { Transcript } from '../../formats/model.ts';
import { type FoundItem, procedural, sentencesOf } from './meeting-context.ts';

const OPEN_QUESTION =
  /\b(?:open question|still (?:need|have) to (?:figure out|decide|find out)|not sure yet|to be decided|tbd|we don't know yet|remains to be seen|haven't decided|can't be decided|require more thought|requires more thought)\b/i;

export function findOpenQuestions(transcript: Transcript): FoundItem[] {
  const sentences = sentencesOf(transcript);
  return sentences
    .filter((sentence, i) => {
      if (OPEN_QUESTION.test(sentence.text)) return true;
      if (!/\?$/.test(sentence.text) || sentence.text.split(/\s+/).length < 6) return false;
      if (!/^(?:how|what|when|who|whom|where|which|should|do|does|are|is|can|will)\b/i.test(sentence.text))
        return false;
      if (
        procedural(sentence.text) ||
        /\b(?:thank|attendance|happy with that|content|okay with)\b/i.test(sentence.text)
      )
        return false;
      // Unanswered: nobody else speaks in the next few sentences at any length.
      const replies = sentences
        .slice(i + 1, i + 4)
        .filter((s) => s.speaker !== sentence.speaker && s.text.split(/\s+/).length >= 5);
      return replies.length === 0;
    })
    .map((sentence) => ({ text: sentence.text, turn: sentence.turn, turns: [sentence.turn] }));
}
