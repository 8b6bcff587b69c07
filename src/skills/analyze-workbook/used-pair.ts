/**
 * @module used-pair
 * 'Use "Adults Jan.2020" and "Youth Jan.2020"': the two columns a correlation's constraints name
 * by quoting them after "use", when the question names no pair by "between … and …".
 */
import { columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

/** "Use "A" and "B"", "using the columns 'A' and 'B'": two quoted names after the verb. */
const USE_QUOTED_PAIR =
  /\b(?:use|using|with)\s+(?:the\s+(?:columns?|variables?|fields?)\s+)?["“]([^"”\n]{1,80})["”]\s+and\s+["“]([^"”\n]{1,80})["”]/i;

/** The two numeric columns the text quotes after "use", each a column's exact name; undefined otherwise. */
export function usedPair(frame: Frame, text: string): [string, string] | undefined {
  const match = USE_QUOTED_PAIR.exec(text);
  if (!match) return undefined;
  const names = columnNames(frame);
  const column = (quoted: string) =>
    names.find((name) => name.toLowerCase() === quoted.trim().toLowerCase() && isNumericColumn(frame, name));
  const a = column(match[1]!);
  const b = column(match[2]!);
  return a && b && a !== b ? [a, b] : undefined;
}
