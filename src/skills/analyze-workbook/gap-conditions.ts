/**
 * @module gap-conditions
 * A condition on the gaps between consecutive dates, once a step made them: "how many gaps are
 * longer than 7 days", "gaps of at least 30 days". The rows kept are those whose gap to the date
 * before meets it; the earliest date has no gap and is never kept.
 */
import { type Frame, filterNumbers } from './analysis-frame.ts';
import { boundOf, comparisonTest, isUpperSide } from './comparison-words.ts';

const GAP_COLUMN = /^gap in days since the previous /;
const CONDITION =
  /\bgaps?\b[^.?;]{0,60}?\b(?:(longer|more|greater|shorter|less|fewer)\s+than|(at least|at most|over|above|under|below))\s+(\d+(?:\.\d+)?)\s+days?\b(\s+or\s+(?:more|longer|less|shorter|fewer))?/i;

/** Keeps the rows whose gap meets the condition the question states, once. */
export function applyGapConditions(frame: Frame, question: string, constraints: string): void {
  const gaps = [...frame.derived.keys()].filter((name) => GAP_COLUMN.test(name));
  if (gaps.length !== 1) return;
  const column = gaps[0]!;
  if (frame.conditions.some((condition) => condition.column === column)) return;
  const match = CONDITION.exec(`${question}\n${constraints}`);
  if (!match) return;
  const word = (match[1] ?? match[2])!;
  const bound = boundOf(word);
  if (!bound) return;
  const bar = Number(match[3]);
  // The rows are kept for every slot: a statistic of all gaps the question asks beside the count
  // would be taken over the kept ones. Only the end the condition keeps (the longest gap, above a
  // bar) is the same either way.
  const others = isUpperSide(bound)
    ? /\b(?:mean|average|median|shortest|smallest|minimum|total|sum|standard deviation|range)\b/i
    : /\b(?:mean|average|median|longest|largest|maximum|total|sum|standard deviation|range)\b/i;
  const other = others.exec(question);
  if (other) {
    frame.unread.push(`"${match[0]}" beside the ${other[0]} of all gaps (the condition would narrow both)`);
    return;
  }
  const test = comparisonTest(word, match[4] !== undefined)!;
  filterNumbers(
    frame,
    column,
    (value) => test(value, bar),
    `rows where ${column} is ${word.toLowerCase()}${match[1] ? ' than' : ''} ${bar}${match[4] ?? ''} days`,
  );
}
