/**
 * @module tables
 * Document tables on slides: cleaned to a header and rows (empty rows and columns dropped,
 * long cells shortened at word boundaries), split into pages of a few rows, and — when some
 * columns are numeric — turned into chart series with a chart type that fits the data.
 */
import type { Block, ChartSeries } from '../../formats/model.ts';
import { widestRow } from '../../lib/widest-row.ts';

export const MAX_TABLE_ROWS = 7;
export const MAX_TABLE_COLUMNS = 6;
const MAX_CELL_CHARS = 80;

export type SlideTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns dropped to fit the slide. */
  readonly droppedColumns: number;
  /** Index in the source table of each kept column. */
  readonly columns: readonly number[];
};

/** Shortens cell text to whole words within a character budget, marking the cut with an ellipsis. */
export function shortenCell(text: string, max = MAX_CELL_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[,;:.\s]+$/, '')}…`;
}

/** A table block as header + rows, or undefined when it has no usable content. */
export function slideTable(block: Extract<Block, { kind: 'table' }>): SlideTable | undefined {
  const grid = block.rows.map((row) => row.map((cell) => (cell.merged ? '' : shortenCell(cell.text))));
  const rows = grid.filter((row) => row.some((cell) => cell.length > 0));
  if (rows.length < 2) return undefined;
  const width = widestRow(rows, Number.NEGATIVE_INFINITY);
  const keep: number[] = [];
  for (let column = 0; column < width; column++)
    if (rows.some((row) => (row[column] ?? '').length > 0)) keep.push(column);
  if (keep.length === 0) return undefined;
  const used = keep.slice(0, MAX_TABLE_COLUMNS);
  const pick = (row: readonly string[]) => used.map((column) => row[column] ?? '');
  const [header, ...body] = rows.map(pick);
  return { header: header ?? [], rows: body, droppedColumns: keep.length - used.length, columns: used };
}

/** Splits rows into pages of at most MAX_TABLE_ROWS, balanced (10 rows → 5 + 5, not 7 + 3). */
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

const TIME_LIKE =
  /^(?:(?:19|20)\d\d|Q[1-4](?:\s*'?\d{2,4})?|(?:FY|H[12])\s*\d{2,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|week\s*\d+|month\s*\d+|\d{4}-\d{2}(?:-\d{2})?)/i;

export type TableChart = {
  readonly chartType: 'bar' | 'line' | 'pie';
  readonly series: readonly ChartSeries[];
  readonly categoryLabel: string;
};

/**
 * Chart series from a table whose first column names categories and whose other columns are
 * mostly numbers. Line for time-like categories, pie for one series of shares, else bar.
 */
export function tableChart(table: SlideTable): TableChart | undefined {
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
