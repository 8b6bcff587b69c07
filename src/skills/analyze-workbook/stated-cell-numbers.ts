/**
 * @module stated-cell-numbers
 * A cell a table writes with a figure that is not a plain number, which the text says to read as
 * one ('Reading "3+" as 3', "treat '<1' as 0.5", "replace '10+' in Visits with 10"): the cells
 * written so become that number, in the columns the text names or else in every column that holds
 * them, as pandas `replace(mark, number)` does before the statistics. A column is changed only when
 * it then reads as numbers; marks read as zero are zero-marks' job.
 */
import { cellsOf, columnNames, type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';

/** The verb, the quoted cell (with a digit in it), any columns it is in, and the number it reads as. */
const STATED_READING =
  /\b(?:read\w*|treat\w*|count\w*|replac\w*|tak\w*)\s+(?:the\s+|every\s+|each\s+|any\s+|all\s+)?["'‘“`]([^"'’”`]{1,12})["'’”`](?:\s+(?:cells?|values?|entries))?(?<scope>\s+in\s+[^.;,]{1,60}?)?\s+(?:as|with|by)\s+(?:a\s+)?(-?\d+(?:\.\d+)?)(?![\d.]*\w)/i;

/** A cell text that is not a plain number but holds a digit ("3+", "<1", "10 or more"). */
function markWithFigure(text: string): boolean {
  return /\d/.test(text) && !/^\s*-?\d+(?:\.\d+)?\s*$/.test(text);
}

/**
 * Sets the stated cells to their number in each column that then reads as numbers; returns the
 * words that state it, or undefined when the sentence states no such reading or no column has it.
 */
export function applyStatedCellNumbers(frame: Frame, sentence: string): string | undefined {
  const match = STATED_READING.exec(sentence);
  if (!match) return undefined;
  const mark = match[1]!.trim();
  const number = Number(match[3]);
  if (!markWithFigure(mark) || !Number.isFinite(number) || number === 0) return undefined;
  const scope = match.groups?.scope;
  const named = scope
    ? findMentions(frame, scope)
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column)
    : [];
  const done: string[] = [];
  for (const name of columnNames(frame)) {
    if (named.length > 0 && !named.includes(name)) continue;
    const column = frame.table.columns.find((item) => item.name === name);
    if (!column || frame.derived.has(name)) continue;
    let marked = 0;
    const next = cellsOf(frame, name).map((cell, row) => {
      if (cell === null || String(column.texts[row] ?? '').trim() !== mark) return cell;
      marked++;
      return number;
    });
    if (marked === 0) continue;
    frame.derived.set(name, next);
    if (!isNumericColumn(frame, name)) {
      frame.derived.delete(name);
      continue;
    }
    done.push(`${marked} ${name}`);
  }
  if (done.length === 0) return undefined;
  frame.steps.push(`cells written "${mark}" read as ${number} (${done.join(', ')})`);
  return match[0];
}
