/**
 * @module top-rows
 * 'Take the three rows with the largest "Volume"', "the 5 rows with the lowest Price": the rows
 * in play cut to the N with the largest (or smallest) figure of a column, as pandas' `nlargest(n)`
 * keeps them, after every other row condition. A tie across the cut leaves which rows are kept
 * unsaid, so it is refused; a column that is no number, or fewer rows than N, is not read.
 */
import { cellsOf, type Frame, filterRows, findMentions, isNumericColumn } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';

/** "the three rows with the largest", then the column's words up to a mark or a joining word. */
const TOP_ROWS =
  /\bthe\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:rows|entries|records)\s+with\s+the\s+(largest|highest|biggest|greatest|smallest|lowest)\s+(.{1,60}?)(?=[,;:)\n]|\.(?:\s|$)|\s+(?:and|then|in|of|over|among)\b|$)/gi;

const LARGE = new Set(['largest', 'highest', 'biggest', 'greatest']);

/** Keeps the N rows with the largest or smallest figure of the named column, for each such phrase. */
export function applyTopRows(frame: Frame, question: string, constraints: string): void {
  const done = new Set<string>();
  for (const match of `${question}\n${constraints}`.matchAll(TOP_ROWS)) {
    const n = numberWord(match[1]!);
    const phrase = match[3]!.replace(/^["'“‘`]|["'”’`]$/g, '');
    const column = findMentions(frame, phrase).find(
      (mention) => mention.position === 0 && mention.strength >= 1 && isNumericColumn(frame, mention.column),
    )?.column;
    if (n === undefined || n < 1 || !column) continue;
    const large = LARGE.has(match[2]!.toLowerCase());
    const key = `${column}\n${n}\n${large}`;
    if (done.has(key)) continue;
    done.add(key);
    const cells = cellsOf(frame, column);
    const ranked = frame.rows
      .filter((row) => typeof cells[row] === 'number')
      .sort((a, b) => ((cells[b] as number) - (cells[a] as number)) * (large ? 1 : -1));
    if (ranked.length <= n) continue;
    if (cells[ranked[n - 1]!] === cells[ranked[n]!]) {
      frame.unread.push(`the ${n} rows with the ${match[2]!.toLowerCase()} ${column} (a tie across the cut)`);
      return;
    }
    const kept = new Set(ranked.slice(0, n));
    filterRows(
      frame,
      column,
      (row) => kept.has(row),
      `the ${n} rows with the ${large ? 'largest' : 'smallest'} ${column} kept`,
    );
  }
}
