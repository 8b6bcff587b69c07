/**
 * @module subtotal-rows
 * Subtotal and total rows inside a table's data ("North Total", "Subtotal", "Grand total", or a
 * row whose figures add up the rows above it since the previous subtotal), so that rankings and
 * shares are taken over data rows only. A row merely named "Total" (a company, say) whose figures
 * add up nothing stays data.
 */
import { type Column, type DataTable, isMeasure } from './data-table.ts';

/** Labels that say total whatever the figures: "East Total", "Career total", "Subtotal", "Grand total". */
const STRONG_LABELS: readonly ((label: string) => boolean)[] = [
  (label) => /^(?:sub-?\s?totals?|grand\s+totals?)\b/i.test(label),
  (label) => /\S\s+(?:sub-?)?totals?$/i.test(label),
];

/** Labels that say total only when the figures agree: "Total", "Totals", "Sum", "Overall", "All". */
const WEAK_LABELS: readonly ((label: string) => boolean)[] = [
  (label) => /^(?:totals?|sum|overall|all)\b/i.test(label),
];

function close(value: number, expected: number): boolean {
  return Math.abs(value - expected) <= Math.max(0.005, Math.abs(expected) * 1e-6);
}

function labelled(labels: readonly Column[], row: number, tests: typeof STRONG_LABELS): boolean {
  return labels.some((column) => {
    const text = column.texts[row]?.trim();
    return Boolean(text) && tests.some((test) => test(text!));
  });
}

function figures(measure: Column, rows: readonly number[]): number[] {
  return rows
    .map((index) => measure.numbers[index])
    .filter((part): part is number => typeof part === 'number');
}

/** Whether some figure of a row is at least every figure of its measure in `run`, as a total of parts is. */
function tops(measures: readonly Column[], row: number, run: readonly number[]): boolean {
  return measures.some((measure) => {
    const value = measure.numbers[row];
    const parts = figures(measure, run);
    return typeof value === 'number' && parts.length > 0 && parts.every((part) => value >= part);
  });
}

/** How many non-zero figures of a row equal the sum of their measure over `run` (0 when any figure does not). */
function sumsRun(measures: readonly Column[], row: number, run: readonly number[]): number {
  if (run.length < 2) return 0;
  let matched = 0;
  for (const measure of measures) {
    const value = measure.numbers[row];
    if (typeof value !== 'number') continue;
    const parts = figures(measure, run);
    // One figure and zeros add nothing up: 1997 + 0 is the year again.
    if (parts.filter((part) => part !== 0).length < 2) return 0;
    if (
      !close(
        value,
        parts.reduce((total, part) => total + part, 0),
      )
    )
      return 0;
    if (value !== 0) matched++;
  }
  return matched;
}

/** A label cell the data rows of the run all fill and this row leaves blank, as spreadsheet subtotals do. */
function blanksFilledLabel(labels: readonly Column[], row: number, run: readonly number[]): boolean {
  return labels.some(
    (column) => column.values[row] === null && run.every((index) => column.values[index] !== null),
  );
}

/** Indexes (0-based data rows) of the subtotal and total rows inside a table. */
export function subtotalRows(table: DataTable): Set<number> {
  const measures = table.columns.filter((column) => isMeasure(column));
  const labels = table.columns.filter((column) => !isMeasure(column));
  const found = new Set<number>();
  if (measures.length === 0) return found;
  let run: number[] = [];
  const all: number[] = [];
  for (let row = 0; row < table.rowNumbers.length; row++) {
    const hasFigure = measures.some((measure) => typeof measure.numbers[row] === 'number');
    if (!hasFigure) {
      run.push(row);
      all.push(row);
      continue;
    }
    const matched = Math.max(sumsRun(measures, row, run), sumsRun(measures, row, all));
    // A total's figure tops its parts; a row named like one that does not (a list of function names) is data.
    const strong = labelled(labels, row, STRONG_LABELS) && (matched > 0 || tops(measures, row, run));
    const weak = labelled(labels, row, WEAK_LABELS);
    // Figures alone mark a subtotal only with more than one measure agreeing or the layout of one.
    const bySum = matched >= 2 || (matched === 1 && (weak || blanksFilledLabel(labels, row, run)));
    if (strong || bySum) {
      found.add(row);
      run = [];
      continue;
    }
    run.push(row);
    all.push(row);
  }
  return found;
}

/** The table without the given data rows (column values, texts, numbers and dates kept aligned). */
export function withoutRows(table: DataTable, drop: ReadonlySet<number>): DataTable {
  if (drop.size === 0) return table;
  const keep = (_: unknown, index: number) => !drop.has(index);
  return {
    ...table,
    rowNumbers: table.rowNumbers.filter(keep),
    columns: table.columns.map((column) => ({
      ...column,
      values: column.values.filter(keep),
      texts: column.texts.filter(keep),
      numbers: column.numbers.filter(keep),
      ...(column.dates ? { dates: column.dates.filter(keep) } : {}),
    })),
  };
}
