/**
 * @module cell-owner
 * A mail may hold one table twice, each under its own caption ("My view below.", then
 * "And Nadia's figures:"), the same rows and columns in both. A cell ("Debt, Minimum:
 * 9 MM") is the figure of whom its table's caption names: asked "… for Nadia", the cell of the
 * same row and column under the caption that names Nadia answers, not the first one.
 */

import { foldedTerms } from './question-terms.ts';

/** A table cell read as a sentence: "Row, Column: value" (see passage-sentences). */
const CELL = /^([^,:]{1,40}, [^,:]{1,30}):\s*\S/;

/** What the rule needs of a ranked sentence. */
export type CellLine = { readonly text: string; readonly position: number };

/** The row and column a cell line gives its value under; undefined for any other line. */
export function cellLabel(text: string): string | undefined {
  return CELL.exec(text)?.[1]?.toLowerCase();
}

/** How many lines above a table's run of cells its caption may take. */
const CAPTION_LINES = 2;

/** The caption of the table a cell is in: the lines right above its run of cells. */
function caption<T extends CellLine>(cell: T, byPosition: ReadonlyMap<number, T>): string {
  let position = cell.position - 1;
  while (byPosition.has(position) && cellLabel(byPosition.get(position)?.text ?? '') !== undefined)
    position--;
  const lines: string[] = [];
  for (let i = 0; i < CAPTION_LINES; i++) {
    const line = byPosition.get(position - i);
    if (!line || cellLabel(line.text) !== undefined) break;
    lines.push(line.text);
  }
  return lines.join(' ');
}

/**
 * The cell of the same row and column as `first` under a caption that names more of the
 * question's names than `first`'s caption does; undefined when `first` is no cell or none does.
 */
export function ownedCell<T extends CellLine>(
  named: ReadonlySet<string>,
  first: T,
  passage: readonly T[],
): T | undefined {
  const label = cellLabel(first.text);
  if (label === undefined || named.size === 0) return undefined;
  const byPosition = new Map(passage.map((line) => [line.position, line]));
  const names = (cell: T) => foldedTerms(caption(cell, byPosition)).filter((term) => named.has(term)).length;
  const own = names(first);
  return passage
    .filter((line) => line !== first && line.text !== first.text && cellLabel(line.text) === label)
    .map((line) => ({ line, names: names(line) }))
    .filter((other) => other.names > own)
    .sort((a, b) => b.names - a.names)[0]?.line;
}
