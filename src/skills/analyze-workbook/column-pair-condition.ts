/**
 * @module column-pair-condition
 * '"up_week" is True for the rows where "Sold" is greater than "Made" and False otherwise': a
 * made True/False column whose condition compares two numeric columns row by row, and the phrase
 * that names such a column in the question ('a column "up_week" that is True when Sold is greater
 * than Made'), which defines the column and keeps every row.
 */
import { type Cell, cellsOf, type Frame, numericMentions } from './analysis-frame.ts';

/** "the rows where", "the rows whose": words before the condition itself. */
const ROWS_OPENING = /^(?:the\s+)?(?:rows?|records?|entries)\s+(?:where|whose|in which|for which|with)\s+/i;

/** "A is greater than B": two sides and the comparison between them. */
const PAIR =
  /^(.{1,60}?)\s+(?:is|are|was|were)\s+(greater than or equal to|less than or equal to|greater than|more than|higher than|larger than|above|less than|lower than|smaller than|below|at least|at most)\s+(?:the\s+)?(.{1,60})$/i;

const TESTS: Readonly<Record<string, (difference: number) => boolean>> = {
  'greater than or equal to': (d) => d >= 0,
  'at least': (d) => d >= 0,
  'less than or equal to': (d) => d <= 0,
  'at most': (d) => d <= 0,
  'greater than': (d) => d > 0,
  'more than': (d) => d > 0,
  'higher than': (d) => d > 0,
  'larger than': (d) => d > 0,
  above: (d) => d > 0,
  'less than': (d) => d < 0,
  'lower than': (d) => d < 0,
  'smaller than': (d) => d < 0,
  below: (d) => d < 0,
};

/**
 * "Sold is greater than Made" over two numeric columns: the difference of each row and its test.
 * A row missing either cell fails the comparison, as in pandas. Undefined unless each side names
 * exactly one numeric column and nothing else.
 */
export function readColumnPairCondition(
  frame: Frame,
  phrase: string,
): { cells: Cell[]; test: (cell: Cell) => boolean; words: string } | undefined {
  const pair = PAIR.exec(
    phrase
      .trim()
      .replace(ROWS_OPENING, '')
      .replace(/["'`“”‘’]/g, ''),
  );
  if (!pair) return undefined;
  const sides = [pair[1]!, pair[3]!].map((side) => numericMentions(frame, side));
  if (sides.some((named) => named.length !== 1)) return undefined;
  const [a, b] = sides.map((named) => named[0]!) as [string, string];
  if (a === b || /\d/.test(pair[3]!.replace(b, ''))) return undefined;
  const word = pair[2]!.toLowerCase();
  const test = TESTS[word]!;
  const left = cellsOf(frame, a);
  const right = cellsOf(frame, b);
  const cells = left.map((cell, row) => {
    const other = right[row];
    return typeof cell === 'number' && typeof other === 'number' ? cell - other : null;
  });
  return { cells, test: (cell) => typeof cell === 'number' && test(cell), words: `${a} ${word} ${b}` };
}

/**
 * 'a new column "up_week" that is True when Sold is greater than Made': the clause that says when
 * a column the text creates is True. It defines the column; it is no condition on the rows.
 */
export const CREATED_TRUE_WHEN =
  /(\b(?:column|feature|variable|flag|indicator)\s+(?:(?:called|named|titled)\s+)?["'“‘`][^"'”’`\n]{1,40}["'”’`]\s+(?:that|which)\s+)(?:is|will be)\s+["'`]?true["'`]?\s+(?:when|if|where|for)\s+[^.;?\n]{2,120}?(?=\s*(?:[.;?\n]|,\s*and\s+(?:a|an|another)\b|,\s*(?:then|and then)\b|$))/gi;
