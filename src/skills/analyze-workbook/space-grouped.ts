/**
 * @module space-grouped
 * Numbers written with spaces between groups of three digits ("930 251", "1 028 295"), the
 * form many tables outside English use, also with a no-break space (U+00A0) or a narrow
 * no-break space (U+202F). A column reads that way only when its cells write it consistently:
 * "12 345" alone may as well be two numbers side by side.
 */

/** A number grouped by spaces: a first group of one to three digits (no leading zero), then groups of three. */
const GROUPED = /^[-+]?[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+)?$/;
/** A number short enough to need no grouping (under 1000). */
const SHORT = /^[-+]?\d{1,3}(?:\.\d+)?$/;
/** Cells a table writes for "no value". */
const EMPTY = /^(?:|-|–|—|n\/a|na|nan)$/i;

/** The number of a space-grouped text ("8 619" → 8619), or undefined when the text is not one. */
export function readSpaceGrouped(text: string): number | undefined {
  const trimmed = text.trim();
  if (!GROUPED.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[ \u00A0\u202F]/g, ''));
}

/**
 * Whether a column's cells write their numbers grouped by spaces: every cell is either such a
 * number or one under 1000 (which needs no group), at least two cells are grouped, and no
 * number of four or more digits is written without the spaces.
 */
export function spaceGroupedColumn(texts: readonly string[]): boolean {
  let grouped = 0;
  for (const raw of texts) {
    const text = raw.trim();
    if (EMPTY.test(text)) continue;
    if (GROUPED.test(text)) grouped += 1;
    else if (!SHORT.test(text)) return false;
  }
  return grouped >= 2;
}
