/**
 * A deadline told relative to another moment: "no later than 10 working days before the course
 * of the programme", "within 30 days of the invoice date". It answers "by when must …?" as
 * well as a date does, when the text gives no date for it.
 */

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
