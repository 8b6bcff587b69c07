/**
 * @module top-places
 * "How many times did the athlete finish in the top three?", "seasons with a place of 3 or
 * better": a bound on the one column that holds a finishing place (place, position, rank,
 * standing), where a better place is a smaller number. Read only when the table has exactly one
 * numeric column of that kind; a "top three" of anything else is a ranking, left to other rules.
 */
import { columnNames, type Frame, filterNumbers, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';

const PLACE_WORDS = new Set(['place', 'placing', 'position', 'pos', 'rank', 'ranking', 'standing', 'finish']);

const COUNT = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** "in the top three", "a top-3 finish", "a place of 3 or better" (the number taken from group 1 or 2). */
const TOP = new RegExp(
  String.raw`\b(?:in(?:to)?\s+the\s+top|top[- ]${COUNT}\s+(?:finish|finishes|place|places|placing|placings|spots?|positions?))\b|\b(?:place|position|rank|placing|standing|finish)\s+(?:of\s+)?${COUNT}\s+or\s+better\b`,
  'gi',
);
const IN_TOP = new RegExp(String.raw`\bin(?:to)?\s+the\s+top\s+${COUNT}\b`, 'gi');

/** The one numeric column whose name is a finishing place, or undefined. */
function placeColumn(frame: Frame): string | undefined {
  const found = columnNames(frame).filter(
    (name) => isNumericColumn(frame, name) && wordsOf(name).some((word) => PLACE_WORDS.has(word)),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Keeps the rows whose place is at most the stated top N. */
export function applyTopPlaces(frame: Frame, question: string, constraints: string): void {
  const text = `${question}\n${constraints}`;
  const bounds = new Set<number>();
  for (const match of text.matchAll(IN_TOP)) bounds.add(numberWord(match[1]!) ?? Number.NaN);
  for (const match of text.matchAll(TOP)) {
    const written = match[1] ?? match[2];
    if (written) bounds.add(numberWord(written) ?? Number.NaN);
  }
  const stated = [...bounds].filter((value) => Number.isInteger(value) && value >= 1);
  // Two different tops ("top three … top ten") are two questions' conditions: none is read.
  if (stated.length !== 1) return;
  const column = placeColumn(frame);
  if (!column) return;
  const top = stated[0]!;
  filterNumbers(
    frame,
    column,
    (value) => value <= top,
    `rows where ${column} at most ${top} (a top-${top} place)`,
  );
}
