/**
 * @module tables
 * Document tables on slides: cleaned to a header and rows (empty rows and columns dropped,
 * cells kept whole; prose columns and columns that do not fit go to the speaker notes), split
 * into pages that fit with the header repeated, and — when some
 * columns are numeric — turned into chart series with a chart type that fits the data.
 */
import type { Block, ChartSeries } from '../../formats/model.ts';
import { MONTH_NAME_PATTERN } from '../../lib/text/calendar-names.ts';
import { widestRow } from '../../lib/widest-row.ts';

export const MAX_TABLE_ROWS = 7;
export const MAX_TABLE_COLUMNS = 6;
/** A column whose cells run this long on average is prose: it reads better in the notes. */
const PROSE_COLUMN_CHARS = 140;

export type SlideTable = {
  readonly header: readonly string[];
  /** Rows with every cell's full text: cells are never cut. */
  readonly rows: readonly (readonly string[])[];
  /** Columns that do not fit the slide, with their header and cells, for the speaker notes. */
  readonly notesColumns: readonly { readonly header: string; readonly cells: readonly string[] }[];
  /** Index in the source table of each kept column. */
  readonly columns: readonly number[];
  /** The cleaned source rows and their non-empty columns, to choose columns again. */
  readonly grid: readonly (readonly string[])[];
  readonly filled: readonly number[];
};

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A table block as header + rows, or undefined when it has no usable content. */
export function slideTable(block: Extract<Block, { kind: 'table' }>): SlideTable | undefined {
  const grid = block.rows.map((row) => row.map((cell) => (cell.merged ? '' : clean(cell.text))));
  const rows = grid.filter((row) => row.some((cell) => cell.length > 0));
  if (rows.length < 2) return undefined;
  const width = widestRow(rows, Number.NEGATIVE_INFINITY);
  const filled: number[] = [];
  for (let column = 0; column < width; column++)
    if (rows.some((row) => (row[column] ?? '').length > 0)) filled.push(column);
  if (filled.length === 0) return undefined;
  const body = rows.slice(1);
  // A form or template grid with its cells left blank has nothing to show.
  const cells = body.flatMap((row) => filled.slice(1).map((column) => row[column] ?? ''));
  if (cells.length > 0 && cells.filter(Boolean).length < cells.length * 0.25) return undefined;
  const average = (column: number) =>
    body.reduce((sum, row) => sum + (row[column] ?? '').length, 0) / Math.max(body.length, 1);
  // The first column names the rows and stays; prose columns and columns past the limit go to the notes.
  const kept = filled
    .filter((column, index) => index === 0 || average(column) <= PROSE_COLUMN_CHARS)
    .slice(0, MAX_TABLE_COLUMNS);
  return withColumns(rows, kept, filled);
}

function withColumns(
  rows: readonly (readonly string[])[],
  kept: readonly number[],
  filled: readonly number[],
): SlideTable {
  const pick = (row: readonly string[]) => kept.map((column) => row[column] ?? '');
  const [header, ...body] = rows.map(pick);
  const notesColumns = filled
    .filter((column) => !kept.includes(column))
    .map((column) => ({
      header: rows[0]?.[column] ?? '',
      cells: rows.slice(1).map((row) => row[column] ?? ''),
    }));
  return { header: header ?? [], rows: body, notesColumns, columns: kept, grid: rows, filled };
}

/** The same table with its widest kept column (never the first) moved to the notes. */
export function dropWidestColumn(table: SlideTable): SlideTable | undefined {
  if (table.columns.length <= 2) return undefined;
  const widths = table.columns.map((_, index) =>
    index === 0 ? -1 : Math.max(...table.rows.map((row) => (row[index] ?? '').length)),
  );
  const widest = table.columns[widths.indexOf(Math.max(...widths))];
  return withColumns(
    table.grid,
    table.columns.filter((column) => column !== widest),
    table.filled,
  );
}

/**
 * Splits rows into pages that fit: each page holds as many rows as `fits` accepts, at most
 * MAX_TABLE_ROWS, balanced so the last page is not a stub. A row that fits on no page alone
 * gets a page of its own (the caller moves a column to the notes and tries again).
 */
export function pageRows<T>(rows: readonly T[], fits: (page: readonly T[]) => boolean): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  for (const row of rows) {
    const next = [...page, row];
    if (page.length > 0 && (next.length > MAX_TABLE_ROWS || !fits(next))) {
      pages.push(page);
      page = [row];
    } else page = next;
  }
  if (page.length) pages.push(page);
  // Balance: 8 rows that fit 7 a page read better as 4 + 4 than 7 + 1.
  const size = Math.max(...pages.map((each) => each.length));
  if (pages.length > 1 && size > 1) {
    const even = Math.ceil(rows.length / pages.length);
    if (even < size) {
      const balanced = paginateRows(rows, even);
      if (balanced.length === pages.length && balanced.every(fits)) return balanced;
    }
  }
  return pages;
}

/** Splits rows into pages of at most `max`, balanced (10 rows → 5 + 5, not 7 + 3). */
export function paginateRows<T>(rows: readonly T[], max = MAX_TABLE_ROWS): T[][] {
  if (rows.length <= max) return [[...rows]];
  const pages = Math.ceil(rows.length / max);
  const size = Math.ceil(rows.length / pages);
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}

/** Parses a cell as a number: 1,234.5 · 12% · $4.2 · (3.1) · −7; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  let clean = text.trim().replace(/[\s\u00a0]/g, '');
  if (!clean) return undefined;
  let negative = false;
  if (/^\(.*\)$/.test(clean)) {
    negative = true;
    clean = clean.slice(1, -1);
  }
  clean = clean.replace(/^[−–-]/, () => {
    negative = !negative;
    return '';
  });
  clean = clean.replace(/^[$€£¥]|[%$€£¥]$|(?<=\d)(?:k|m|bn|M|K)$/g, '').replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return undefined;
  const value = Number(clean);
  return negative ? -value : value;
}

const TIME_LIKE = new RegExp(
  `^(?:(?:19|20)\\d\\d|Q[1-4](?:\\s*'?\\d{2,4})?|(?:FY|H[12])\\s*\\d{2,4}|${MONTH_NAME_PATTERN}|week\\s*\\d+|month\\s*\\d+|\\d{4}-\\d{2}(?:-\\d{2})?)`,
  'i',
);

export type TableChart = {
  readonly chartType: 'bar' | 'line' | 'pie';
  readonly series: readonly ChartSeries[];
  readonly categoryLabel: string;
};

/**
 * Chart series from a table whose first column names categories and whose other columns are
 * mostly numbers. Line for time-like categories, pie for one series of shares, else bar.
 */
export function tableChart(table: Pick<SlideTable, 'header' | 'rows'>): TableChart | undefined {
  const rows = table.rows.filter(
    (row) => !/^(total|sum|grand total|合计|总计)$/i.test((row[0] ?? '').trim()),
  );
  if (rows.length < 2 || rows.length > 24 || table.header.length < 2) return undefined;
  const numericColumns: number[] = [];
  for (let column = 1; column < table.header.length; column++) {
    const values = rows.map((row) => parseNumber(row[column] ?? ''));
    const numbers = values.filter((value) => value !== undefined).length;
    if (numbers >= Math.max(2, rows.length * 0.8)) numericColumns.push(column);
  }
  if (numericColumns.length === 0) return undefined;
  // A first column of numbers (years aside) is not a set of categories.
  const categories = rows.map((row) => row[0] ?? '');
  if (categories.some((category) => !category) || new Set(categories).size < categories.length)
    return undefined;
  const all: ChartSeries[] = numericColumns.map((column) => ({
    name: table.header[column] || `Series ${column}`,
    categories,
    values: rows.map((row) => parseNumber(row[column] ?? '') ?? null),
  }));
  const timeLike =
    categories.filter((category) => TIME_LIKE.test(category.trim())).length >= categories.length * 0.8;
  // A column of shares (header says so, or it sums to 100) is a pie of its own.
  const shareSeries = all.find(
    (item) =>
      categories.length <= 8 &&
      item.values.every((value) => value !== null && value > 0) &&
      (/%|share|percent|portion|比例|占比/i.test(item.name) ||
        Math.abs(item.values.reduce<number>((sum, value) => sum + (value ?? 0), 0) - 100) < 1.5),
  );
  if (shareSeries && !timeLike)
    return { chartType: 'pie', series: [shareSeries], categoryLabel: table.header[0] ?? '' };
  // Series on one axis must be of like size: keep those within 20× of the largest.
  const peak = (item: ChartSeries) => Math.max(...item.values.map((value) => Math.abs(value ?? 0)));
  const largest = Math.max(...all.map(peak));
  const series = all.filter((item) => peak(item) * 20 >= largest).slice(0, 4);
  const first = series[0];
  const shares =
    series.length === 1 &&
    first !== undefined &&
    categories.length <= 6 &&
    first.values.every((value) => value !== null && value > 0) &&
    /%|share|percent|portion|比例|占比/i.test(`${first.name} ${table.header.join(' ')}`);
  return {
    chartType: timeLike && categories.length >= 3 ? 'line' : shares ? 'pie' : 'bar',
    series,
    categoryLabel: table.header[0] ?? '',
  };
}
