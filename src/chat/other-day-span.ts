/**
 * @module other-day-span
 * "How much tax was taken from my pay for May 16-31?" is not answered by a figure of a mail whose
 * only span of that month is "May 1-15" (or "5/1-5/15"): a pay stub, a rota or a report gives its
 * figures for the span it names, and the span asked is another one. The mail never writes the
 * span asked.
 */
import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../lib/text/calendar-names.ts';

/** A span of days of one month: "May 16-31", "May 1 to 15", "16–31 May". */
type DaySpan = { readonly month: number; readonly from: number; readonly to: number };

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const UNTIL = String.raw`\s*(?:-|–|—|to|through|thru|until)\s*`;
const MONTH = String.raw`(?<![\p{L}])(${MONTH_NAME_PATTERN})\.?`;

/** "May 16-31", "May 16 through 31": the month first. */
const MONTH_FIRST = new RegExp(String.raw`${MONTH}\s+${DAY}${UNTIL}${DAY}(?![\d/:.,]\d|\d)`, 'giu');
/** "16-30 June", "1–15 Jun.": the days first. */
const DAYS_FIRST = new RegExp(String.raw`(?<![\d/.])${DAY}${UNTIL}${DAY}\s+${MONTH}(?![\p{L}])`, 'giu');

/** "6/16-6/30", "6/1 - 15": month and day in figures, as US mail writes them. */
const IN_FIGURES = new RegExp(
  String.raw`(?<![\d/.])(\d{1,2})/(\d{1,2})${UNTIL}(?:(\d{1,2})/)?(\d{1,2})(?![\d/])`,
  'gu',
);

function monthIndex(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3).toLowerCase());
}

/** The spans of days a text names, each within one month. */
function daySpans(text: string): DaySpan[] {
  const spans: DaySpan[] = [];
  for (const match of text.matchAll(MONTH_FIRST))
    spans.push({ month: monthIndex(match[1] ?? ''), from: Number(match[2]), to: Number(match[3]) });
  for (const match of text.matchAll(DAYS_FIRST))
    spans.push({ month: monthIndex(match[3] ?? ''), from: Number(match[1]), to: Number(match[2]) });
  for (const match of text.matchAll(IN_FIGURES))
    if (match[3] === undefined || match[3] === match[1])
      spans.push({ month: Number(match[1]) - 1, from: Number(match[2]), to: Number(match[4]) });
  return spans.filter((span) => span.month >= 0 && span.from >= 1 && span.to <= 31 && span.from < span.to);
}

/**
 * True when the question asks of a span of days of a month ("for May 16-31"), the answer gives a
 * figure, and its passage names another span of that month ("May 1-15") and never the one asked.
 */
export function figureOfOtherDaySpan(question: string, answer: string, passage: string): boolean {
  const asked = daySpans(question);
  if (asked.length === 0 || !/\d/.test(answer)) return false;
  const written = daySpans(passage);
  return asked.every(
    (span) =>
      !written.some(
        (other) => other.month === span.month && other.from === span.from && other.to === span.to,
      ) && written.some((other) => other.month === span.month),
  );
}
