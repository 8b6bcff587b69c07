/**
 * @module named-year-groups
 * "Compare the Volume of the rows of 2031 with that of 2032" after a step took the year from a date:
 * the years the text writes, which the made year column holds, are the groups, in text order. Only
 * for a made column of four-digit years that no condition of the question already narrows.
 */
import { type Cell, cellsOf, columnNames, type Frame } from './analysis-frame.ts';
import { isDatePart } from './transform-frame.ts';

/** A group of rows by one value of a column. */
export type YearGroup = { value: Cell; rows: number[] };

/** Whether every value of a column is a whole four-digit year. */
function holdsYears(cells: readonly Cell[]): boolean {
  const present = cells.filter((cell) => cell !== null);
  return (
    present.length > 0 &&
    present.every(
      (cell) => typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 9999,
    )
  );
}

/** The groups of a made year column by the years the text writes, when it writes two or more it holds. */
export function namedYearGroups(
  frame: Frame,
  text: string,
  rows: readonly number[],
): { column: string; groups: YearGroup[] } | undefined {
  const found = columnNames(frame).flatMap((name) => {
    if (!isDatePart(frame, name) || frame.conditions.some((condition) => condition.column === name))
      return [];
    const cells = cellsOf(frame, name);
    if (!holdsYears(cells)) return [];
    const years = [
      ...new Set(
        [...text.matchAll(/(?<![\w.,-])(\d{4})(?![\w.,]\d|-\d)/g)]
          .map((match) => Number(match[1]))
          .filter((year) => cells.includes(year)),
      ),
    ];
    return years.length >= 2 ? [{ name, years, cells }] : [];
  });
  if (found.length !== 1) return undefined;
  const { name, years, cells } = found[0]!;
  return {
    column: name,
    groups: years.map((value) => ({ value, rows: rows.filter((row) => cells[row] === value) })),
  };
}
