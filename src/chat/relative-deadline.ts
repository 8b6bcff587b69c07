/**
 * A deadline told relative to another moment: "no later than 10 working days before the course
 * of the programme", "within 30 days of the invoice date". It answers "by when must …?" as
 * well as a date does, when the text gives no date for it.
 */

import { MONTH_DAY_PATTERN } from '../lib/text/calendar-names.ts';

/** "By when must …", "until when …", "what is the deadline for …": a deadline is asked. */
const DEADLINE_ASKED = /\b(?:by|until|till) when\b|\bdeadline\b|\bhow soon\b/i;

/** A span of time before, after or within a moment: "10 working days before the course". */
const RELATIVE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty)\s+(?:(?:working|business|calendar|banking)\s+)?(?:days?|weeks?|months?|hours?)\s+(?:before|prior to|after|of|from)\b|\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|fifteen|thirty)\s+(?:(?:working|business|calendar)\s+)?(?:days?|weeks?|months?|hours?)\b/i;

export function deadlineAsked(question: string): boolean {
  return DEADLINE_ASKED.test(question);
}

/** Whether a sentence states a deadline relative to another moment. */
export function statesRelativeDeadline(text: string): boolean {
  return RELATIVE.test(text);
}

/**
 * A deadline written with "by" before a day or an hour: "return it by Monday June 26th", "by
 * 12 noon on Wednesday", "by 11/3", "by the 5th", "by end of day tomorrow". It says what "by when
 * …?" asks, where a date in another sentence of the passage may be any other day ("I am away
 * June 26th to June 30th").
 */
const BY_DAY = new RegExp(
  String.raw`\bby\s+(?:(?:the\s+)?(?:end|close)\s+of\s+(?:business|day|the\s+day)\s+(?:on\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|${MONTH_DAY_PATTERN}|\d{1,2}\/\d{1,2}\b|(?:12\s+)?noon\b|midnight\b|\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|tomorrow\b|today\b|tonight\b|the\s+\d{1,2}(?:st|nd|rd|th)\b)`,
  'i',
);

/** Whether a sentence writes a deadline by a day or an hour ("… by Monday June 26th"). */
export function statesDeadlineBy(text: string): boolean {
  return BY_DAY.test(text);
}
