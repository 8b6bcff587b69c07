/**
 * @module data-table
 * The table model the analysis works on: a rectangular block found in a sheet, with named,
 * typed columns stored column-wise and the sheet rows each value came from, so every answer
 * and insight can cite its cells (sheet!range).
 */
import { cellRef, columnLetter, quoteSheet } from '../../formats/xlsx/write-cell-ref.ts';

/**
 * number: a plain measure; identifier: numbers or codes that name rows (ids, years used as labels are `date`);
 * duration: lengths of time written with colons ("00:01:16"), read as seconds (unit `s`).
 */
export type ColumnType =
  | 'number'
  | 'currency'
  | 'percent'
  | 'date'
  | 'category'
  | 'identifier'
  | 'text'
  | 'duration'
  | 'boolean';

export type Value = number | string | boolean | null;

export type Column = {
  readonly name: string;
  /** 1-based column in the sheet. */
  readonly sheetColumn: number;
  readonly type: ColumnType;
  readonly values: readonly Value[];
  /** Each cell as displayed (the source text where the file had one), for answers. */
  readonly texts: readonly string[];
  /** Numbers read from the cells (text cells with a leading number included), for measures. */
  readonly numbers: readonly (number | null)[];
  readonly numberFormat?: string;
  /** True when the number cells' texts are their number format's rendering (a workbook), not written text (a CSV). */
  readonly formatted?: true;
  /** The header's texts, top row first, when it spans several rows ("COUPLE TWO WAGES" over 2007). */
  readonly header?: readonly string[];
  /** Currency symbol or unit word, when the cells or the header say it ("$", "%", "km"). */
  readonly unit?: string;
  /** Dates as ISO strings, for date columns (a bare year gives YYYY-01-01). */
  readonly dates?: readonly (string | null)[];
  /** True for the groups of a table of counts per group (group-count-table.ts): labels, never a figure. */
  readonly groupLabels?: true;
};

export type DataTable = {
  readonly name: string;
  readonly sheet: string;
  /** 1-based sheet rows of the header (one to four rows). */
  readonly headerRows: readonly number[];
  /** 1-based sheet row of each data row. */
  readonly rowNumbers: readonly number[];
  readonly columns: readonly Column[];
  /** The block's title, when the header's corner cell holds it over the first column's unit ("STANDARD PLAN" over "$"). */
  readonly title?: string;
  /** The totals row under the data, when the sheet has one (excluded from the data). */
  readonly totalsRow?: number;
  /** Whole table range, header included, e.g. "A1:F120". */
  readonly range: string;
};

export function rowCount(table: DataTable): number {
  return table.rowNumbers.length;
}

export function measureColumns(table: DataTable): Column[] {
  return table.columns.filter(
    (column) => column.type === 'number' || column.type === 'currency' || column.type === 'percent',
  );
}

export function isMeasure(column: Column): boolean {
  return column.type === 'number' || column.type === 'currency' || column.type === 'percent';
}

/** Sheet reference of cells of one column over some data rows (contiguous runs are merged). */
export function citeCells(table: DataTable, column: Column | undefined, rows: readonly number[]): string {
  const sheet = quoteSheet(table.sheet);
  if (rows.length === 0) return `${sheet}!${table.range}`;
  const sheetRows = [...new Set(rows.map((row) => table.rowNumbers[row]!))].sort((a, b) => a - b);
  const first = column ? column.sheetColumn : table.columns[0]!.sheetColumn;
  const last = column ? column.sheetColumn : table.columns[table.columns.length - 1]!.sheetColumn;
  const runs: string[] = [];
  let start = sheetRows[0]!;
  let previous = start;
  const flush = () =>
    runs.push(
      start === previous && first === last
        ? cellRef(start, first)
        : `${columnLetter(first)}${start}:${columnLetter(last)}${previous}`,
    );
  for (const row of sheetRows.slice(1)) {
    if (row === previous + 1) {
      previous = row;
      continue;
    }
    flush();
    start = row;
    previous = row;
  }
  flush();
  const shown = runs.length > 6 ? [...runs.slice(0, 5), `… ${runs.length - 5} more`] : runs;
  return `${sheet}!${shown.join(',')}`;
}

/** A column's whole data range, e.g. Sales!C2:C120. */
export function columnRange(table: DataTable, column: Column): string {
  const first = table.rowNumbers[0] ?? table.headerRows[table.headerRows.length - 1]! + 1;
  const last = table.rowNumbers[table.rowNumbers.length - 1] ?? first;
  return `${quoteSheet(table.sheet)}!${columnLetter(column.sheetColumn)}${first}:${columnLetter(column.sheetColumn)}${last}`;
}
