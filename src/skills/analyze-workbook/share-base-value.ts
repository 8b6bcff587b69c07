/**
 * @module share-base-value
 * "How many scoreless away games, and what share of its away games were they?": of two columns a
 * question's steps kept rows by (Venue is "Away", Score is "0–0"), the one whose kept value the
 * share's "of" phrase names ("its away games") makes the share's base, and the other is counted.
 * Undefined unless exactly one of the two columns' kept values is named there.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Frame, wordsOf } from './analysis-frame.ts';

/** The words of a share's "of" phrase: "away games" in "what share of its away games". */
const SHARE_OF_PHRASE =
  /\b(?:proportion|percentage|percent|share|fraction)\s+of\s+(?:its|their|his|her|the|that|this|all(?:\s+the)?)\s+([A-Za-z][^?.,;:\n]{0,60})/i;

/** The values a step kept the rows of a column by ('rows where Venue is "Away" (5)'). */
function keptValues(frame: Frame, column: string): string[] {
  const step = new RegExp(`^rows where ${escapeRegExp(column)} is "([^"]+)" \\(\\d+\\)$`);
  return frame.steps.map((text) => step.exec(text)?.[1]).filter((value) => value !== undefined);
}

/** The one of two condition columns whose kept value the share's "of" phrase names. */
export function baseByValue(frame: Frame, question: string, columns: readonly string[]): string | undefined {
  if (columns.length !== 2) return undefined;
  const phrase = SHARE_OF_PHRASE.exec(question)?.[1];
  if (phrase === undefined) return undefined;
  const said = new Set(wordsOf(phrase).slice(0, 4));
  const named = columns.filter((column) =>
    keptValues(frame, column).some((value) => {
      const words = wordsOf(value);
      return words.length > 0 && words.every((word) => said.has(word));
    }),
  );
  return named.length === 1 ? named[0] : undefined;
}
