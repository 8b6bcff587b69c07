/**
 * @module column-comparisons
 * "The home side won when Winner equals Host", "a row is late when Arrival is greater than Due": a
 * condition that compares two columns of the same row. No step reads one yet, so a text that states
 * one leaves every count and statistic it scopes undone; the answer is refused rather than taken
 * over all rows. "Months with more Apples than Pears" compares two columns too: `MORE_THAN` reads
 * it, and when a step did not, the answer is refused likewise.
 */
import { type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';

/** "more Apples than Pears", "fewer home goals than away goals": a comparative, a column, "than", a column. */
export const MORE_THAN =
  /\b(more|fewer|less|higher|lower|greater|bigger|larger|smaller)\s+(?!than\b)([A-Za-z][\w .']{0,40}?)\s+than\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w .']{0,40}?)(?=[?,;)]|\.(?:\s|$)|\s+(?:and|or|in|on|for|of|during|by|did|do|does|were|was|is|are|had|has|have)\b|$)/gi;

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
  // "more apples than pears": both sides name a numeric column, and no step compared them.
  for (const match of text.matchAll(MORE_THAN)) {
    // "fewer Minutes than all the other shifts" compares groups of rows, not two columns.
    const named = (phrase: string) =>
      !/^(?:all|other|others|those|that|these|each|any|every)\b/i.test(phrase) &&
      findMentions(frame, phrase).some(
        (mention) =>
          isNumericColumn(frame, mention.column) &&
          frame.table.columns.find((item) => item.name === mention.column)?.type !== 'identifier',
      );
    if (!named(match[2]!) || !named(match[3]!)) continue;
    if (/\brows where [^;(]* (?:greater|less) than [A-Za-z]/.test(planText)) continue;
    left.push(match[0].trim());
  }
  return left;
}
