/**
 * @module stated-group
 * The column the constraints group rows by when they quote it: "Count the rows of each value of
 * "Shift"", "Sum "Hours" within each "Crew"", "Group the orders by "Depot"". A question may call
 * its groups by a word of its own ("which part of the day had the most visits"); the quoted
 * column the constraints group by names them then. Only one such column, or none is read.
 */
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';

const STATED_GROUP =
  /\b(?:(?:for|in|within|of)\s+each(?:\s+(?:distinct|unique|different))?(?:\s+values?\s+of)?|per|group(?:ed)?\s+(?:[a-z]+\s+){0,5}?by)\s+(?:the\s+)?(?:column\s+)?"([^"]+)"/gi;

/** The one quoted column the text groups rows by, if the text groups by exactly one. */
export function statedGroupColumn(frame: Frame, text: string): string | undefined {
  // A header's stray spaces ("Crew ") are not written in the quote.
  const byText = new Map(columnNames(frame).map((name) => [name.trim().toLowerCase(), name]));
  const found = new Set(
    [...text.matchAll(STATED_GROUP)]
      .map((match) => byText.get(match[1]!.trim().toLowerCase()))
      .filter((name) => name !== undefined),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** "which part of the day …": the noun a question names its groups by. */
const WHICH_NOUN = /\b(?:which|what)\s+([a-z]{3,})\b/gi;

/**
 * The question's own noun for the groups of the quoted column the constraints group by, once the
 * plan ranked that column's groups ("which part of the day" → part for `@busiest_part`).
 */
export function statedGroupNouns(frame: Frame, text: string, planText: string): string[] {
  const column = statedGroupColumn(frame, text);
  if (!column || !planText.includes(`${column} groups ranked by`)) return [];
  return [...text.matchAll(WHICH_NOUN)].flatMap((match) => wordsOf(match[1]!));
}
