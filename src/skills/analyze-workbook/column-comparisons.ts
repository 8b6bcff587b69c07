/**
 * @module column-comparisons
 * "The home side won when Winner equals Host", "a row is late when Arrival is greater than Due": a
 * condition that compares two columns of the same row. No step reads one yet, so a text that states
 * one leaves every count and statistic it scopes undone; the answer is refused rather than taken
 * over all rows.
 */
import { type Frame, findMentions } from './analysis-frame.ts';

const COMPARED =
  /\b(?:when|if|where|whose)\s+(?:the\s+)?([^.;,]{1,40}?)\s+(?:equals|is equal to|is the same as|matches|is greater than|is more than|is higher than|is less than|is lower than|exceeds|is above|is below)\s+(?:the\s+)?([^.;,]{1,40}?)(?=\s*(?:[.;,?]|$))/gi;

/** A phrase naming one column in full, and nothing else. */
function wholeColumn(frame: Frame, phrase: string): string | undefined {
  const mention = findMentions(frame, phrase).find((item) => item.strength >= 1 && item.position === 0);
  if (!mention) return undefined;
  return mention.column.toLowerCase() === phrase.trim().toLowerCase() ? mention.column : undefined;
}

/** Comparisons of two columns the text states and the plan never shows, as the text words them. */
export function unreadColumnComparisons(frame: Frame, text: string, planText: string): string[] {
  const left: string[] = [];
  for (const match of text.matchAll(COMPARED)) {
    const first = wholeColumn(frame, match[1]!);
    const second = wholeColumn(frame, match[2]!);
    if (!first || !second || first === second) continue;
    if (planText.includes(first) && planText.includes(second)) continue;
    left.push(match[0].trim());
  }
  return left;
}
