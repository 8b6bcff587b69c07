/**
 * @module event-time-for-deadline
 * "By when do I have to answer about the board dinner?" is not answered by the dinner's own
 * notice line "Time: 7:30 p.m.": a deadline is asked for something to be done before the event,
 * and a field that gives when the event itself is tells no deadline.
 */

import { splitSentences } from '../lib/text/sentences.ts';
import { answerWords } from './quoted-source.ts';
import { deadlineAsked } from './relative-deadline.ts';

/** An event the question names: the deadline asked is for something about it. */
const EVENT_NAMED =
  /\b(?:meeting|call|session|conference|dinner|lunch|breakfast|review|event|party|offsite|off-site|workshop|seminar|presentation)\b/i;

/** A notice's field line of when the event is: "Time: 7:30 p.m.", "Date: Saturday, October 9", "When: …". */
const WHEN_FIELD = /^\s*(?:time|date|when|date\s*(?:&|and)\s*time|start(?:\s+time)?)\s*:/i;

/** Words that tell a deadline: "by", "before", "no later than", "due", "reply", "RSVP". */
const DEADLINE_WORD =
  /\b(?:by|before|no later than|due|deadline|respond|response|reply|return|rsvp|register|registration|sign up|submit)\b/i;

/** Whether a deadline asked about an event is answered only by the event's own time or date fields. */
export function eventTimeForDeadline(question: string, answer: string): boolean {
  if (!deadlineAsked(question) || !EVENT_NAMED.test(question)) return false;
  const sentences = splitSentences(answerWords(answer)).map((sentence) => sentence.text);
  return (
    sentences.length > 0 &&
    sentences.every(
      (sentence) => WHEN_FIELD.test(sentence) && !DEADLINE_WORD.test(sentence.replace(WHEN_FIELD, '')),
    )
  );
}
