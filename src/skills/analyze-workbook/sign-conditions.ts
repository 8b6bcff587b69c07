/**
 * @module sign-conditions
 * "in how many months is the Margin negative?", "the rows with a positive Change": a numeric column
 * named next to "negative" ("the Margin is negative", "is the Margin negative", "a negative Margin")
 * keeps the rows below zero ("positive": above). Only a column named in full next to the word:
 * "is the correlation negative?" or "positive or negative" name no rows.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

/** The text with each sign condition on a numeric column written as a bound (" with Margin less than 0"). */
export function withSignsAsBounds(frame: Frame, text: string): string {
  let out = text;
  for (const name of columnNames(frame)) {
    if (!isNumericColumn(frame, name)) continue;
    const column = escapeRegExp(name);
    const bound = (sign: string) =>
      ` with ${name} ${sign.toLowerCase() === 'negative' ? 'less than' : 'greater than'} 0`;
    out = out
      .replace(
        new RegExp(
          `(?<![\\w-])(?:the\\s+)?${column}\\s+(?:is|are|was|were)\\s+(negative|positive)\\b(?!\\s+or\\b)`,
          'gi',
        ),
        (_, sign: string) => bound(sign),
      )
      // "in how many months is the Margin negative?"
      .replace(
        new RegExp(
          `\\b(?:is|are|was|were)\\s+(?:the\\s+)?${column}\\s+(negative|positive)\\b(?!\\s+or\\b)`,
          'gi',
        ),
        (_, sign: string) => bound(sign),
      )
      .replace(
        new RegExp(
          `(?<!\\bor\\s)\\b(?:with\\s+)?(?:a|an)\\s+(negative|positive)\\s+${column}(?![\\w-])`,
          'gi',
        ),
        (_, sign: string) => bound(sign),
      );
  }
  return out;
}
