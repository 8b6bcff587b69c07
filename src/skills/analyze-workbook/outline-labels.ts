/**
 * @module outline-labels
 * A pivot table laid out in outline form writes each outer label once, over a run of rows that
 * differ only in the inner label beside it ("2005" over "Sum of Cost" and "Sum of Revenue", then
 * "2006" over the same two): the blank cells under the outer label mean "the same". Such a column
 * is filled down, so "revenue in 2006" finds the second row of the 2006 run. A column whose blanks
 * do not follow that pattern keeps them: there a blank is a missing value.
 */
import type { Cell } from '../../formats/model.ts';

/** A cell with nothing in it: none, an empty one, or text of spaces only. */
export function isEmpty(cell: Cell | null | undefined): boolean {
  return (
    !cell ||
    cell.type === 'empty' ||
    cell.value === null ||
    (typeof cell.value === 'string' && cell.value.trim() === '')
  );
}

/** A totals row under the runs ("Total Sum of Cost"), which stands alone. */
const TOTAL = /^\s*(?:grand\s+)?total\b/i;

/**
 * The outer column filled down when it and the inner column beside it form an outline: every
 * run is a label then blanks, all runs (but totals) of one length of two rows or more, and every
 * run holds the same inner labels in the same order. Otherwise the column as it is.
 */
export function outlineFilled(
  outer: readonly (Cell | null)[],
  inner: readonly (Cell | null)[],
): (Cell | null)[] {
  if (outer.length < 4 || isEmpty(outer[0] ?? null)) return [...outer];
  const starts = outer.flatMap((cell, row) => (isEmpty(cell) ? [] : [row]));
  const runs = starts
    .map((start, i) => ({ start, end: starts[i + 1] ?? outer.length }))
    .filter(({ start }) => !TOTAL.test(String(outer[start]?.value ?? '')));
  if (runs.length < 2) return [...outer];
  const length = runs[0]!.end - runs[0]!.start;
  if (length < 2 || runs.some((run) => run.end - run.start !== length)) return [...outer];
  const innerLabels = (run: { start: number; end: number }) =>
    inner
      .slice(run.start, run.end)
      .map((cell) => (isEmpty(cell) ? '' : String(cell!.value).trim()))
      .join('\u0000');
  const first = innerLabels(runs[0]!);
  if (first.split('\u0000').some((label) => !label) || runs.some((run) => innerLabels(run) !== first))
    return [...outer];
  const filled = [...outer];
  for (const run of runs)
    for (let row = run.start + 1; row < run.end; row++) filled[row] = outer[run.start] ?? null;
  return filled;
}
