/**
 * @module marked-number-measures
 * A column of figures with a few cells written otherwise ("—" for a chart it missed, "1 (by
 * definition)", a range a constraint leaves out) is typed an identifier by the table reader, since
 * its cells are not all numbers and each differs. Once the frame reads it as numbers (lone dashes as
 * missing, stated leavings-out applied) it measures something, like any numeric column, where the
 * text points at it: a step read it as numbers, or the question names it and no other such column.
 * A column of whole-number ids, all numbers from the start, stays a row label.
 */
import { cellsOf, type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';

/** An identifier column with text cells the frame reads past, leaving a column of numbers. */
function marksNumbers(frame: Frame, name: string): boolean {
  const column = frame.table.columns.find((item) => item.name === name);
  if (column?.type !== 'identifier') return false;
  if (!column.values.some((value) => typeof value === 'string')) return false;
  return isNumericColumn(frame, name);
}

/**
 * Whether the column is such a column of figures that the text points at: a step of the frame read
 * it ("leave out n values that are not a number"), or it is the one such column the question names.
 */
export function isMarkedNumberMeasure(frame: Frame, name: string, question: string): boolean {
  if (!marksNumbers(frame, name)) return false;
  if (frame.derived.has(name)) return true;
  const named = findMentions(frame, question).filter((mention) => marksNumbers(frame, mention.column));
  return named.length === 1 && named[0]!.column === name;
}

/**
 * "the mean n of the rows whose λ is 589.29" over a column with ranges in other rows: a column the
 * slot names whose cells over the rows the conditions kept are all numbers reads as numbers there.
 */
export function numbersOverRows(frame: Frame, name: string): boolean {
  if (frame.conditions.length === 0) return false;
  const cells = cellsOf(frame, name);
  const kept = frame.rows.map((row) => cells[row]).filter((cell) => cell !== null && cell !== undefined);
  return kept.length >= 2 && kept.every((cell) => typeof cell === 'number');
}
