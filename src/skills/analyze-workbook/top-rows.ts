/**
 * @module top-rows
 * 'Take the three rows with the largest "Volume"', "the 5 rows with the lowest Price": the rows
 * in play cut to the N with the largest (or smallest) figure of a column, as pandas' `nlargest(n)`
 * keeps them, after every other row condition. A tie across the cut leaves which rows are kept
 * unsaid, so it is refused; a column that is no number, or fewer rows than N, is not read.
 */
import { cellsOf, type Frame, filterRows, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';

/**
 * "the three rows with the largest", "the 10 shops with the most sales", "the top 5 days by Volume":
 * then the column's words up to a mark or a joining word. The counted noun is a plural (rows, or
 * what a row is), so "the 3 highest" alone is no cut.
 */
const TOP_ROWS =
  /\bthe\s+(?:top\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?(?:rows|entries|records|[a-z]{2,}s)\s+(?:with\s+the\s+(largest|highest|biggest|greatest|most|smallest|lowest|fewest|least)|(?<=\btop\s+\S+\s+(?:[a-z]+\s+)?[a-z]+\s+)by)\s+(.{1,60}?)(?=[,;:)?\n]|\.(?:\s|$)|\s+(?:and|then|in|of|over|among)\b|$)/gi;

const LARGE = new Set(['largest', 'highest', 'biggest', 'greatest', 'most']);

/** Keeps the N rows with the largest or smallest figure of the named column, for each such phrase. */
export function applyTopRows(frame: Frame, question: string, constraints: string): void {
  const done = new Set<string>();
  for (const match of `${question}\n${constraints}`.matchAll(TOP_ROWS)) {
    const n = numberWord(match[1]!);
    const phrase = match[3]!.replace(/^["'“‘`]|["'”’`]$/g, '');
    const opening = findMentions(frame, phrase).filter(
      (mention) => mention.position === 0 && isNumericColumn(frame, mention.column),
    );
    // "the most reviews" for review_count: a part of the name, when the phrase is that part alone
    // and names no other number column.
    const partly = opening.filter((mention) => mention.end === wordsOf(phrase).length);
    const column = (
      opening.find((mention) => mention.strength >= 1) ?? (partly.length === 1 ? partly[0] : undefined)
    )?.column;
    if (n === undefined || n < 1 || !column) continue;
    // "the top 5 days by Volume": the largest.
    const large = match[2] === undefined || LARGE.has(match[2].toLowerCase());
    const key = `${column}\n${n}\n${large}`;
    if (done.has(key)) continue;
    done.add(key);
    const cells = cellsOf(frame, column);
    const ranked = frame.rows
      .filter((row) => typeof cells[row] === 'number')
      .sort((a, b) => ((cells[b] as number) - (cells[a] as number)) * (large ? 1 : -1));
    if (ranked.length <= n) continue;
    if (cells[ranked[n - 1]!] === cells[ranked[n]!]) {
      frame.unread.push(
        `the ${n} rows with the ${large ? 'largest' : 'smallest'} ${column} (a tie across the cut)`,
      );
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
