/**
 * @module running-total-at
 * A running total read at a year the question names: "the cumulative total of Sales at the year
 * 2020", "… in the 2020 season". The year must stand in exactly one row of exactly one column of
 * whole numbers (a Year or Season column) whose years rise down the rows, as the total runs in
 * table order; the running total is that row's value. Otherwise
 * nothing is read, and adding the running total up over several rows stays refused.
 */
import { cellsOf, columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import type { SlotResult } from './slot-context.ts';

/** "at the year 2020", "in 2020", "by the 2020 season", "through 2020". */
const AT_YEAR =
  /\b(?:at|in|by|through|for|as of|up to)\s+(?:the\s+)?(?:end of\s+(?:the\s+)?)?(?:year\s+)?((?:18|19|20)\d\d)\b(?!\s*[-–/]\s*\d)/i;

/** The running total's value at the row of the year the question names, or undefined. */
export function runningTotalAtYear(
  frame: Frame,
  question: string,
  running: string,
  rows: readonly number[],
  decimals: number | undefined,
): SlotResult | undefined {
  const year = AT_YEAR.exec(question)?.[1];
  if (!year) return undefined;
  const holders = columnNames(frame)
    .filter((name) => name !== running && !frame.derived.has(name) && isNumericColumn(frame, name))
    .map((name) => {
      const cells = cellsOf(frame, name);
      return { name, rows: rows.filter((row) => cells[row] === Number(year)) };
    })
    .filter((holder) => holder.rows.length > 0);
  if (holders.length !== 1 || holders[0]!.rows.length !== 1) return undefined;
  const { name, rows: picked } = holders[0]!;
  // Summed in table order: a total "at 2020" means the years up to 2020 only when they rise down the rows.
  const years = cellsOf(frame, name);
  const order = rows.map((row) => years[row]).filter((cell): cell is number => typeof cell === 'number');
  if (order.some((year, index) => index > 0 && year < order[index - 1]!)) return undefined;
  // A span that cuts off the first rows ("from 2002 up to 2003") is no running total from the start.
  const totals = cellsOf(frame, running);
  const first = (frame.start ?? frame.rows).find((row) => typeof totals[row] === 'number');
  if (first === undefined || !rows.includes(first)) return undefined;
  const value = totals[picked[0]!];
  if (typeof value !== 'number') return undefined;
  return {
    value: writeNumber(value, decimals),
    note: `${running} read on the row where ${name} is ${year}: ${value}`,
    columns: [running, name],
    rows: picked,
  };
}
