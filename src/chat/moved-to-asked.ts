/**
 * @module moved-to-asked
 * "When did Vera move our Thursday call to?", "What was the Monday review pushed back to?": the
 * day such a question names is the one the meeting was moved from, not the day asked about. Its
 * sentences are not kept to that day: the answer is on another.
 */

/** A verb of moving a meeting, with "to" closing the question: "move … to?", "rescheduled to?". */
const MOVED_TO =
  /\b(?:move[sd]?|moving|reschedul\w*|push(?:ed|es|ing)?|postpon\w*|shift(?:ed|s|ing)?|bump(?:ed|s|ing)?)\b[^?]*\bto\s*\??\s*$/i;

/** True when the question asks the new day or time of something moved ("… move our Thursday call to?"). */
export function asksNewSlot(question: string): boolean {
  return MOVED_TO.test(question);
}

/** A time of day: "10 AM", "10:30am", "2 p.m.", "14:00". */
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?(?![a-z])|(?<=\d:\d{2}))/gi;
/** Days named relative to now or by their weekday. */
const DAY_WORD = /\b(?:today|tomorrow|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;

/** Hour and minute of a time of day, on a 24-hour clock when its half of the day is written. */
function clockKey(hour: string, minute: string | undefined, half: string | undefined): string {
  const h = Number(hour) % 12;
  const mark = half?.toLowerCase();
  return `${mark === 'p' ? h + 12 : mark === 'a' ? h : Number(hour)}:${minute ?? '00'}`;
}

/**
 * For "What time did I ask Ana to move tomorrow's 10 AM meeting to?": the text without the
 * times of day and the days the question names, which are the slot moved from. A sentence that
 * gives only those ("The review stands for tomorrow at 9 AM.") gives no new slot.
 */
export function withoutOldSlot(question: string, text: string): string {
  if (!asksNewSlot(question)) return text;
  const clocks = new Set([...question.matchAll(CLOCK)].map((m) => clockKey(m[1] ?? '', m[2], m[3])));
  const days = new Set([...question.matchAll(DAY_WORD)].map((m) => m[0].toLowerCase()));
  if (clocks.size === 0 && days.size === 0) return text;
  return text
    .replace(CLOCK, (whole, hour: string, minute?: string, half?: string) =>
      clocks.has(clockKey(hour, minute, half)) ? ' ' : whole,
    )
    .replace(DAY_WORD, (word) => (days.has(word.toLowerCase()) ? ' ' : word));
}
