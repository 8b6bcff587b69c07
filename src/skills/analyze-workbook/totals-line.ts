/**
 * @module totals-line
 * A sentence that says a table's totals line is no data row ('leaving out the "Totals" line',
 * 'the totals row at the bottom is not a game', "the Total line is no player"): the rows of the
 * table's totals, and the words of the sentence that said so. Its quoted label names the line to
 * leave out; it keeps no rows by that label. A line named by another label the table writes in full
 * ('the "Normal / Avg flow" row is no flood') is left out the same way.
 */

import { cellsOf, columnNames, type Frame, isNumericColumn, totalsRows } from './analysis-frame.ts';

/** The totals line named: 'the "Totals" line', "the grand total row at the bottom". */
const TOTALS_LINE = String.raw`(?:the\s+)?["'“‘]?(?:grand\s+)?totals?["'”’]?\s+(?:rows?|lines?)(?:\s+at\s+the\s+(?:bottom|end|foot)(?:\s+of\s+the\s+(?:table|sheet))?)?`;

/** The ways a sentence leaves the totals line out. */
const TOTALS_LINE_OUT: readonly RegExp[] = [
  // "leaving out the "Totals" line", "without the totals row", "Exclude the Total line".
  new RegExp(
    String.raw`\b(?:leav(?:e|ing)\s+out|left\s+out|exclud(?:e|ing)|drop(?:ping)?|ignor(?:e|ing)|remov(?:e|ing)|skip(?:ping)?|omit(?:ting)?|discard(?:ing)?|without)\s+${TOTALS_LINE}`,
    'i',
  ),
  // "the "Totals" line is not a game", "the totals row is no player", "the Total lines are not data".
  new RegExp(
    String.raw`${TOTALS_LINE}\s+(?:is|are)\s+(?:not\s+(?:an?\s+|one\s+of\s+the\s+|part\s+of\s+the\s+)?|no\s+)[a-z]+`,
    'i',
  ),
  // "the "Totals" line is left out", "the totals row is not counted".
  new RegExp(
    String.raw`${TOTALS_LINE}\s+(?:is|are)\s+(?:left\s+out|excluded|dropped|ignored|skipped|not\s+counted)`,
    'i',
  ),
];

/** A line named by its quoted label that is no data row: 'the "Normal / Avg flow" row is no flood'. */
const LABELLED_LINE_OUT =
  /\b(?:the\s+)?["“]([^"“”\n]{1,60})["”]\s+(?:rows?|lines?)\s+(?:is|are)\s+(?:not\s+(?:an?\s+|one\s+of\s+the\s+|part\s+of\s+the\s+)?|no\s+)[a-z]+/i;

/** The rows whose cell in a text column is the label as written (case and outer spaces aside). */
function rowsLabelled(frame: Frame, label: string): Set<number> {
  const wanted = label.trim().toLowerCase();
  const rows = new Set<number>();
  for (const name of columnNames(frame).filter((column) => !isNumericColumn(frame, column))) {
    const cells = cellsOf(frame, name);
    for (const row of frame.rows)
      if (typeof cells[row] === 'string' && (cells[row] as string).trim().toLowerCase() === wanted)
        rows.add(row);
  }
  return rows;
}

/**
 * The totals rows a sentence leaves out and the rest of the sentence, once the words saying so
 * are taken out of it; undefined when the sentence says nothing of a totals line, or the table
 * has none.
 */
export function totalsLineLeftOut(
  frame: Frame,
  sentence: string,
): { rows: Set<number>; rest: string; what: string } | undefined {
  const said = TOTALS_LINE_OUT.map((pattern) => pattern.exec(sentence)).find((match) => match !== null);
  if (!said) {
    const labelled = LABELLED_LINE_OUT.exec(sentence);
    if (!labelled) return undefined;
    const rows = rowsLabelled(frame, labelled[1]!);
    // A label that names every row, or none, is no line of the table.
    if (rows.size === 0 || rows.size >= frame.rows.length) return undefined;
    return {
      rows,
      rest: sentence.replace(labelled[0], ' '),
      what: `the ${rows.size === 1 ? 'row' : 'rows'} labelled "${labelled[1]!.trim()}"`,
    };
  }
  const rows = totalsRows(frame);
  if (rows.size === 0) return undefined;
  return { rows, rest: sentence.replace(said[0], ' '), what: 'the totals row' };
}
