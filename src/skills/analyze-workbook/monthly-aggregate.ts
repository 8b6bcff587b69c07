/**
 * @module monthly-aggregate
 * Rows grouped by calendar month of a date column ("2018-01"), one aggregate per month, and
 * the month where it peaks, the way pandas `resample('M')` or `groupby(dt.to_period('M'))`
 * reads it. Dates are read as written: "2018-01-31" is January whatever the time zone.
 */
import { type Cell, cellsOf, columnNames, type Frame } from './analysis-frame.ts';
import { mean, median } from './stats.ts';

export type MonthlyFn = 'sum' | 'mean' | 'median' | 'count' | 'row';

/** The month of a date cell as YYYY-MM, or null when the cell is not a date. */
export function monthOf(cell: Cell): string | null {
  if (typeof cell !== 'string' || !/\d/.test(cell) || !/[-/ ]/.test(cell)) return null;
  const iso = /^(\d{4})-(\d{2})(?:-\d{2})?(?:[ T].*)?$/.exec(cell);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const time = Date.parse(cell);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The first column whose cells are mostly dates. */
export function dateColumn(frame: Frame): string | undefined {
  return columnNames(frame).find((name) => {
    const cells = cellsOf(frame, name).filter((cell) => cell !== null);
    return cells.length > 0 && cells.filter((cell) => monthOf(cell) !== null).length / cells.length >= 0.9;
  });
}

/** The month where the aggregate of `measure` is highest (or lowest), ties listed in month order. */
export function monthlyPeak(
  frame: Frame,
  date: string,
  measure: string,
  rows: readonly number[],
  fn: MonthlyFn,
  low: boolean,
): { months: string[]; value: number; count: number } {
  const dates = cellsOf(frame, date);
  const values = cellsOf(frame, measure);
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const month = monthOf(dates[row] ?? null);
    const value = values[row];
    if (!month || (fn !== 'count' && typeof value !== 'number')) continue;
    const list = groups.get(month) ?? [];
    list.push(typeof value === 'number' ? value : 0);
    groups.set(month, list);
  }
  const score = (list: number[]) =>
    fn === 'sum'
      ? list.reduce((a, b) => a + b, 0)
      : fn === 'mean'
        ? mean(list)
        : fn === 'median'
          ? median(list)
          : fn === 'count'
            ? list.length
            : low
              ? Math.min(...list)
              : Math.max(...list);
  const scored = [...groups.entries()].map(([month, list]) => ({ month, value: score(list) }));
  const best = low
    ? Math.min(...scored.map((item) => item.value))
    : Math.max(...scored.map((item) => item.value));
  return {
    months: scored
      .filter((item) => item.value === best)
      .map((item) => item.month)
      .sort(),
    value: best,
    count: groups.size,
  };
}
