/**
 * @module coded-value-words
 * "riders who boarded at Hollinford" over a column of one-letter codes (H, W, B), with a plan
 * that kept the rows whose code is "H": the name the question writes, capitalized, is read as
 * that code when the code is the name's start and no other code of the column is. A slot naming
 * the place ("@hollinford_mean_toll") then names the rows kept. Only columns of short codes
 * (three letters at most) count, and only codes a step of the plan kept.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, columnNames, type Frame } from './analysis-frame.ts';

const CODE = /^[A-Za-z]{1,3}$/;

/** The distinct codes of a column whose every present cell is a short code; undefined otherwise. */
function codesOf(frame: Frame, column: string): string[] | undefined {
  const present = cellsOf(frame, column).filter((cell) => cell !== null && cell !== '');
  const codes = [...new Set(present.map(String))];
  return codes.length >= 2 && codes.every((code) => CODE.test(code)) ? codes : undefined;
}

/**
 * Words of the question written with a capital ("Hollinford") that stand for a code a step of the
 * plan kept rows by, as the code's start shared with no other code of its column.
 */
export function codedValueWords(frame: Frame, question: string, planText: string): string[] {
  const names = [...question.matchAll(/\b[A-Z][a-z]{3,}\b/g)].map((match) => match[0]);
  if (names.length === 0) return [];
  const found: string[] = [];
  for (const column of columnNames(frame)) {
    const kept = [
      ...planText.matchAll(new RegExp(`\\brows where ${escapeRegExp(column)} is "([^"]+)"`, 'g')),
    ].map((match) => match[1]!);
    if (kept.length === 0) continue;
    const codes = codesOf(frame, column);
    if (!codes) continue;
    for (const name of names) {
      const lower = name.toLowerCase();
      const starts = codes.filter((code) => lower.startsWith(code.toLowerCase()));
      if (starts.length === 1 && kept.includes(starts[0]!)) found.push(lower);
    }
  }
  return found;
}
