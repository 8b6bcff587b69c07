/**
 * @module write-cell-ref
 * A1 references for writers and citations: column letters, cell and range strings, and
 * sheet-qualified absolute references as chart and pivot parts spell them ('My sheet'!$A$1).
 */

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  let n = column;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters to a 1-based column number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** A cell reference from 1-based row and column: (1, 1) → "A1". */
export function cellRef(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A range reference from 1-based corners; a single cell when both corners match. */
export function rangeRef(top: number, left: number, bottom: number, right: number): string {
  const start = cellRef(top, left);
  const end = cellRef(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export type CellRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/** Parses "B2:D10" (or "B2") into 1-based corners. */
export function parseRange(range: string): CellRange {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!match) throw new RangeError(`Not an A1 range: ${range}`);
  const left = columnNumber(match[1]!);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A sheet name quoted for formulas when needed: Sales → Sales, My Sheet → 'My Sheet'. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute, sheet-qualified reference: 'Q1 Sales'!$A$2:$A$9. */
export function absoluteRef(sheet: string, range: CellRange): string {
  const start = `$${columnLetter(range.left)}$${range.top}`;
  const end = `$${columnLetter(range.right)}$${range.bottom}`;
  return `${quoteSheet(sheet)}!${start}${start === end ? '' : `:${end}`}`;
}
