/**
 * @module space-grouped
 * Numbers written with spaces between groups of three digits ("930 251", "1 028 295"), the
 * form many tables outside English use, also with a no-break space (U+00A0) or a narrow
 * no-break space (U+202F), with a decimal point or, as such tables often write it, a decimal
 * comma of one or two digits ("1 234,5"; three digits after a comma read as thousands). A column
 * reads that way only when its cells write it consistently: "12 345" alone may as well be two
 * numbers side by side. A percentage with a decimal comma or a minus sign ("+10,5%", "−14,2 %")
 * reads in any cell: the percent sign leaves no other reading.
 */

/** A number grouped by spaces: a first group of one to three digits (no leading zero), then groups of three. */
const GROUPED = /^[-+\u2212]?[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+(?:\.\d+|,\d{1,2})?$/;
/** A number short enough to need no grouping (under 1000). */
const SHORT = /^[-+\u2212]?\d{1,3}(?:\.\d+|,\d{1,2})?$/;
/** A percentage written with a decimal comma or a minus sign (U+2212): "+10,5%", "−14,2 %", "−3.5%". */
const WRITTEN_PERCENT = /^[-+\u2212]?\d+(?:,\d{1,2}|\.\d+)?\s*%$/;

/** The number of a text written with a decimal comma or a minus sign (U+2212) ("−1 234,5" → -1234.5). */
function plainNumber(text: string): number {
  return Number(
    text
      .replace(/[ \u00A0\u202F%]/g, '')
      .replace(',', '.')
      .replace('\u2212', '-'),
  );
}

/**
 * The percentage of a cell written with a decimal comma or a minus sign ("+10,5%" → 10.5, as a
 * percentage cell reads once its sign is stripped), or undefined when the text is not one.
 */
export function readCommaPercent(text: string): number | undefined {
  const trimmed = text.trim();
  return WRITTEN_PERCENT.test(trimmed) && /[,\u2212]/.test(trimmed) ? plainNumber(trimmed) : undefined;
}

/** Cells a table writes for "no value". */
const EMPTY = /^(?:|-|–|—|n\/a|na|nan)$/i;

/** The number of a space-grouped text ("8 619" → 8619), or undefined when the text is not one. */
export function readSpaceGrouped(text: string): number | undefined {
  const trimmed = text.trim();
  // "3,5" beside "1 234,5": a short number of such a column keeps its decimal comma.
  if (!GROUPED.test(trimmed) && !(SHORT.test(trimmed) && /[,\u2212]/.test(trimmed))) return undefined;
  return plainNumber(trimmed);
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
