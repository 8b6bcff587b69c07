/**
 * @module stated-values
 * Cell texts the request says are values, not missing ("'none' is a value", "'-' is not
 * missing"), though the frame reads them as missing by default.
 */
import { cellsOf, type Frame } from './analysis-frame.ts';

const STATED =
  /["'‘“]([^"'’”\n]{1,20})["'’”]\s+(?:is|are|counts as|count as)\s+(?:a\s+)?(?:value|values|not missing|not a missing value)\b/gi;

/** Quoted texts the request states are values, lower case and trimmed. */
export function statedValues(text: string): Set<string> {
  return new Set([...text.matchAll(STATED)].map((match) => match[1]!.trim().toLowerCase()));
}

/** Whether a cell of `column` is missing, leaving out cells whose text the request states is a value. */
export function missingCell(frame: Frame, column: string, row: number, values: ReadonlySet<string>): boolean {
  if (cellsOf(frame, column)[row] !== null) return false;
  if (values.size === 0) return true;
  const source = frame.table.columns.find((item) => item.name === column);
  if (!source || frame.derived.has(column)) return true;
  const text = String(source.texts[row] ?? source.values[row] ?? '')
    .trim()
    .toLowerCase();
  return text === '' || !values.has(text);
}
