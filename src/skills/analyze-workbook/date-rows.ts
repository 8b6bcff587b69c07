/**
 * @module date-rows
 * The rows of a table whose date meets a condition read from words (`date-conditions.ts`):
 * the date column the text names, else the only one. Year-less days listed in order are a
 * season that may run past New Year once; a bound without a year falls in the season's first
 * year when on or after its first day. Undefined when a row's cell cannot tell, so callers
 * refuse rather than half filter.
 */

import type { Column } from './data-table.ts';
import {
  type CellDate,
  columnDates,
  type DateCondition,
  type DayDate,
  dateShare,
  meetsDate,
} from './date-conditions.ts';
import { normalizeText } from './normalize-text.ts';

type DateColumn = { column: Column; dates: (CellDate | undefined)[] };

/** Columns whose filled cells are mostly dates; those the text names first. */
function dateColumns(columns: readonly Column[], text: string): DateColumn[] {
  const said = ` ${normalizeText(text)} `;
  const dated = columns
    .map((column) => ({ column, dates: columnDates(column) }))
    .filter((item) => dateShare(item.column, item.dates) >= 0.8);
  const named = dated.filter((item) => said.includes(` ${normalizeText(item.column.name)} `));
  return named.length > 0 ? named : dated;
}

/** The one year every dated cell in play shares, if there is one. */
function sharedYear(dates: readonly (CellDate | undefined)[], rows: readonly number[]): number | undefined {
  const years = new Set(rows.map((row) => dates[row]?.year).filter((year) => year !== undefined));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * Year-less days in table order, each given a year that grows when the days go back: a season
 * listed in order from July to March runs past New Year once. Undefined when they go back twice.
 */
function seasonYears(
  dates: readonly (CellDate | undefined)[],
  rows: readonly number[],
): (CellDate | undefined)[] | undefined {
  let previous = -1;
  let year = SEASON_START;
  const dated = [...dates];
  for (const row of rows) {
    const date = dates[row];
    if (!date || date.year !== undefined || date.month === undefined) continue;
    const key = date.month * 32 + (date.day ?? 0);
    if (key < previous) year++;
    if (year > SEASON_START + 1) return undefined;
    previous = key;
    dated[row] = { ...date, year };
  }
  return dated;
}

/** A stand-in first year for a season whose cells give none. */
const SEASON_START = 2000;

/** A year-less day of a condition placed in the season: its first year when on or after the season's first day. */
function inSeason(date: DayDate | undefined, first: CellDate | undefined): DayDate | undefined {
  if (!date || date.year !== undefined || first?.month === undefined) return date;
  const later = date.month * 32 + (date.day ?? 0) >= first.month * 32 + (first.day ?? 0);
  return { ...date, year: later ? SEASON_START : SEASON_START + 1 };
}

/** Row tests for one condition on one column, or undefined when some row cannot tell. */
function rowTest(
  item: DateColumn,
  condition: DateCondition,
  rows: readonly number[],
): Set<number> | undefined {
  let dates: readonly (CellDate | undefined)[] = item.dates;
  let stated = condition;
  const yearless = rows.some((row) => dates[row] && dates[row]!.year === undefined);
  if (condition.kind === 'span' && yearless) {
    const named = [condition.from, condition.to].some((end) => end?.year !== undefined);
    const season = named ? undefined : seasonYears(dates, rows);
    if (!season) return undefined;
    const first = rows.map((row) => dates[row]).find((date) => date?.month !== undefined);
    dates = season;
    stated = { ...condition, from: inSeason(condition.from, first), to: inSeason(condition.to, first) };
  }
  const year = sharedYear(dates, rows);
  const kept = new Set<number>();
  for (const row of rows) {
    const date = dates[row];
    // A row with no date is in no month (pandas' NaT).
    if (!date) continue;
    const meets = meetsDate(date, stated, year);
    if (meets === undefined) return undefined;
    if (meets) kept.add(row);
  }
  return kept;
}

/**
 * The rows a date condition keeps, and the column it reads: the date column the text names,
 * else the only one (several that keep the same rows will do). Undefined when no column can
 * tell for every row.
 */
export function rowsOnDate(
  columns: readonly Column[],
  text: string,
  condition: DateCondition,
  rows: readonly number[],
): { column: Column; kept: Set<number> } | undefined {
  const all = dateColumns(columns, text);
  const candidates =
    condition.kind === 'month'
      ? all.filter((item) => rows.some((row) => item.dates[row]?.month !== undefined))
      : all;
  const results = candidates.map((item) => ({ column: item.column, kept: rowTest(item, condition, rows) }));
  const distinct = new Set(results.map((result) => (result.kept ? [...result.kept].join(',') : 'unknown')));
  const chosen = results[0];
  // Several date columns that keep different rows: the text did not say which.
  if (!chosen?.kept || distinct.size > 1) return undefined;
  return { column: chosen.column, kept: chosen.kept };
}
