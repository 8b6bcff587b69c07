/**
 * @module act-date
 * "When did Ana ask me about the lease?", "When did Ben send the contract?": the day the mail
 * was written, not a date its words mention ("until March 3"). The sentence that answers
 * is the one of that person's mail; the answer says when they wrote it. "When did Ana say the
 * curves would be sent?" asks for the date in her words and is not this question.
 */
import type { SearchHit } from '../index/types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/text/calendar-names.ts';
import { wallClock } from '../lib/time-zones.ts';
import { senderName } from './sender-name.ts';

/** What one does by writing a mail: the day of the mail is the day it was done. */
const ACT =
  /^\s*when\s+(?:did|has|have|had)\s+\S.*?\s+(?:ask|send|sent|e-?mail|write|wrote|forward|remind|invite|reply|respond|mention|request)(?:s|ed)?\b/i;
/** A reported plan ("… say the curves would be sent", "… tell me she will come"): its own date answers. */
const REPORTED = /\b(?:would|will|should|could|going to|planned to|plans to)\b/i;

/** True when the question asks the day someone wrote to do something, not a date they wrote of. */
export function actDateAsked(question: string): boolean {
  return ACT.test(question) && !REPORTED.test(question);
}

/** The day a mail was written, in the asker's zone when known: "Tuesday 13 November 2001". */
export function writtenOn(hit: SearchHit, timeZone?: string): string | undefined {
  if (!hit.date) return undefined;
  const instant = new Date(hit.date);
  if (Number.isNaN(instant.getTime())) return undefined;
  const clock = timeZone
    ? wallClock(instant, timeZone)
    : {
        year: instant.getUTCFullYear(),
        month: instant.getUTCMonth() + 1,
        day: instant.getUTCDate(),
        weekday: instant.getUTCDay(),
      };
  return `${WEEKDAY_NAMES[clock.weekday]} ${clock.day} ${MONTH_NAMES[clock.month - 1]} ${clock.year}`;
}

/** The answer of a mail sentence, led by who wrote it and the day they wrote it. */
export function withActDate(answer: string, hit: SearchHit, timeZone?: string): string | undefined {
  const day = writtenOn(hit, timeZone);
  if (hit.type !== 'email' || !day) return undefined;
  const writer = senderName(hit);
  return `${writer ? `${writer} wrote` : 'It was written'} on ${day} ("${hit.title}"): ${answer}`;
}
