/**
 * @module relative-time
 * A time told relative to the writing or to another moment, with no calendar date: "by the end
 * of the month", "early next week", "on the 7th", "an hour after the minutes". It answers
 * "when …?" as a date does: mail says when things happen this way more often than by a date.
 * (A clock time asked, "what time …?", is not answered by one: see sentence-rank.)
 */

/** Number words a span is counted in: "thirty minutes after …". */
const COUNT =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty-five|few)';

/** The ways a relative time is written, each a small pattern. */
const RELATIVE_TIMES: readonly RegExp[] = [
  // The edge of a period: "by the end of the month", "at the beginning of next week".
  /\b(?:by|at|before|until|till|around|towards?|from|in)\s+(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|year)\b/i,
  // The end of a day as a deadline: "by end of day", "before the end of the business day"; not
  // "at the end of the day", which says "all things told".
  /\b(?:by|before|until|till)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:business\s+|working\s+)?day\b/i,
  // The same said short: "by month end", "before year-end".
  /\b(?:by|at|before|until|till|around)\s+(?:the\s+)?(?:week|month|quarter|year)[- ]?end\b/i,
  // A coming period: "next week", "early next month", "later this week".
  /\b(?:(?:early|late|sometime|some time)\s+)?next\s+(?:week|month)\b|\blater\s+this\s+(?:week|month)\b/i,
  // A day of the month by its ordinal alone, after a word of time: "on the 7th", "by the 21st";
  // not a floor, a quarter or a place in a list ("on the 5th floor").
  /\b(?:on|by|until|till|before|after|from|since)\s+the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:floor|fl\b|quarter|qtr|century|percentile|place|round|time|grade|anniversary|edition|item|line|page|row|column|slide|tee|hole|inning))/i,
  // A span after or before another moment: "an hour after the minutes", "two hours before the close".
  new RegExp(
    `\\b${COUNT}\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+(?:after|before|following|prior\\s+to|ahead\\s+of)\\s+(?:the\\s+|their\\s+|its\\s+|our\\s+)?\\p{L}`,
    'iu',
  ),
];

/** Whether a sentence tells a time relative to its writing or to another moment. */
export function statesRelativeTime(text: string): boolean {
  return RELATIVE_TIMES.some((pattern) => pattern.test(text));
}
