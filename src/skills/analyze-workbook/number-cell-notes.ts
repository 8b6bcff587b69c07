/**
 * @module number-cell-notes
 * What the plan says of a column of figures written in text cells ("1,240 km", "52*", "$3.4M",
 * "tba"): how many cells were read as numbers, with one example, and which cells hold no figure
 * and were left out. A column the plan used reads this way when the table gave it as text and the
 * frame reads it as numbers.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, type Frame, isNumericColumn } from './analysis-frame.ts';

/** How many cells show at most, as written, among those left out. */
const SHOWN = 3;

/** A text cell that is not just a plain number as written: "1,240 km", "52*", not "52". */
function writtenOtherwise(text: string): boolean {
  return !/^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(text);
}

/** The note of one column, or undefined when no cell of it was read from other writing or left out. */
function columnNote(frame: Frame, name: string): string | undefined {
  const column = frame.table.columns.find((item) => item.name === name);
  if (!column || frame.derived.has(name) || !isNumericColumn(frame, name)) return undefined;
  const cells = cellsOf(frame, name);
  const read: { text: string; value: number }[] = [];
  const left: string[] = [];
  for (const [row, value] of column.values.entries()) {
    if (typeof value !== 'string') continue;
    const cell = cells[row];
    const text = String(column.texts[row] ?? value).trim();
    if (typeof cell === 'number' && writtenOtherwise(text)) read.push({ text, value: cell });
    else if (typeof cell === 'string') left.push(text);
  }
  if (read.length === 0 && left.length === 0) return undefined;
  const parts: string[] = [];
  if (read.length > 0)
    parts.push(
      `${read.length} text cell${read.length === 1 ? '' : 's'} read as numbers (${JSON.stringify(read[0]!.text)} as ${read[0]!.value})`,
    );
  if (left.length > 0) {
    const shown = [...new Set(left)].slice(0, SHOWN).map((text) => JSON.stringify(text));
    parts.push(
      `${left.length} cell${left.length === 1 ? '' : 's'} with no figure left out (${shown.join(', ')}${new Set(left).size > SHOWN ? ', …' : ''})`,
    );
  }
  return `${name}: ${parts.join(', ')}`;
}

/** Notes for the columns of figures in text cells that the plan's words name. */
export function numberCellNotes(frame: Frame, planText: string): string[] {
  return frame.table.columns
    .filter((column) => new RegExp(String.raw`(?<![\w])${escapeRegExp(column.name)}(?![\w])`).test(planText))
    .flatMap((column) => columnNote(frame, column.name) ?? []);
}
