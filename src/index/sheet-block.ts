/**
 * @module sheet-block
 * The heading of a stacked block, for a sheet passage that starts inside it. A sheet may stack
 * several tables, each under its own title row and row of column labels:
 *
 *     JUNIOR RATE | | FAMILY OF 3
 *     € | | 2031 | 2032 | 2033
 *     900 | | 2.6% | 2.5% | 2.2%
 *
 * A long sheet is indexed in windows of rows, each with the sheet's first row. A window that
 * starts among a block's figures would lose the block's title and its column labels, so the
 * figures would belong to no block and no year: it carries them, after the sheet's first row.
 */

/** A cell that is a figure alone: an amount, a count, a rate, a year. */
const FIGURE = /^[-+$€£¥(]?\s*[\d.,]+\s*%?\)?$/;

/** A row with no filled cell. */
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A title row names its block in words: a cell of three letters or more, and no figures. */
export function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter(Boolean);
  return (
    filled.length > 0 &&
    filled.some((cell) => /\p{L}{3,}/u.test(cell)) &&
    filled.every((cell) => !FIGURE.test(cell))
  );
}

/** Each cell of a row as empty, a figure or words. */
const shapeOf = (cells: readonly string[]) =>
  cells.map((cell) => (!cell.trim() ? '' : FIGURE.test(cell.trim()) ? 'figure' : 'words')).join('|');

/** The most title rows read above a block's labels: a title of a few lines, not a page of notes. */
const MOST_TITLE_ROWS = 3;

/**
 * The rows heading the block that row `start` stands in, top down: the nearest row above it
 * that is not a title row, fills two cells or more and follows one (the block's column labels,
 * "€ | | 2031 | 2032"), with the title rows right above that (three at most, under a blank row:
 * a block stands apart). Only rows below `floor` (the sheet's first row, carried anyway) count.
 * None when the window opens with a title row of its own, or when no such heading stands above
 * it: a list of words alone ("ORV | Orvanne Quay") has no row of labels, so its rows head nothing.
 */
export function blockHeading(rows: readonly (readonly string[])[], start: number, floor: number): number[] {
  const first = rows.slice(start).find((cells) => !isBlank(cells));
  if (first === undefined || isTitleRow(first)) return [];
  for (let labels = start - 1; labels > floor + 1; labels--) {
    const cells = rows[labels] ?? [];
    const labelled = cells.filter((cell) => cell.trim() !== '').length >= 2;
    if (!labelled || isTitleRow(cells) || !isTitleRow(rows[labels - 1] ?? [])) continue;
    // A first row laid out as the window's own ("$10.00 | | $1.00 | $1.50") is the block's first
    // record, not its labels: the titles above it are carried without it.
    const heading = shapeOf(cells) === shapeOf(first) ? [] : [labels];
    let top = labels;
    while (top - 1 > floor && labels - top < MOST_TITLE_ROWS && isTitleRow(rows[top - 1] ?? [])) top--;
    // A block stands apart: a blank row (or the sheet's first row) right above its title. Rows of
    // words inside a form ("Meals paid by the claimant | $-") head nothing.
    if (top - 1 > floor && !isBlank(rows[top - 1] ?? [])) return [];
    for (let up = labels - 1; up >= top; up--) heading.unshift(up);
    return heading;
  }
  return [];
}
