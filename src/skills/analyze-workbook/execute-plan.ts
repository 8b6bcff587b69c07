/**
 * @module execute-plan
 * Runs a QueryPlan over a DataTable with a small in-memory engine: filter, group, aggregate,
 * order, position, difference and either-or choice. Returns the answer values as the cells
 * show them, and the data rows they came from.
 */
import { fail } from '../../lib/errors.ts';
import type { Column, DataTable } from './data-table.ts';
import { dateConditions } from './date-conditions.ts';
import { rowsOnDate } from './date-rows.ts';
import { standardDeviation } from './distribution-stats.ts';
import { normalizeText } from './normalize-text.ts';
import type { Filter, QueryPlan } from './query-plan.ts';
import { mean, median, pearson } from './stats.ts';

export type PlanResult = {
  /** The answer, one entry per value (a list answer has several). */
  readonly values: readonly (string | number)[];
  /** Data rows (0-based) the answer was computed from. */
  readonly rows: readonly number[];
  /** Columns those cells are in. */
  readonly columns: readonly string[];
  /** Group keys with their values, for grouped answers. */
  readonly groups?: readonly { readonly key: string; readonly value: number }[];
};

export function findColumn(table: DataTable, name: string): Column {
  const wanted = name.toLowerCase();
  const column =
    table.columns.find((item) => item.name.toLowerCase() === wanted) ??
    table.columns.find((item) => normalizeText(item.name) === normalizeText(name));
  if (!column)
    fail('bad_usage', `The table ${table.name} has no column "${name}".`, {
      hint: `Columns: ${table.columns.map((item) => item.name).join(', ')}.`,
    });
  return column;
}

function yearOf(column: Column, row: number): number | null {
  const date = column.dates?.[row];
  if (date) return Number(date.slice(0, 4));
  const value = column.values[row];
  if (typeof value === 'number' && value >= 1000 && value <= 9999) return value;
  const match = /\b(1[5-9]\d\d|20\d\d)\b/.exec(column.texts[row] ?? '');
  return match ? Number(match[1]) : null;
}

function matches(column: Column, row: number, filter: Filter): boolean {
  const text = column.texts[row] ?? '';
  const number = column.numbers[row];
  switch (filter.op) {
    case 'eq':
    case 'ne': {
      let equal: boolean;
      if (typeof filter.value === 'number')
        equal = number === filter.value || normalizeText(text) === String(filter.value);
      else equal = normalizeText(text) === normalizeText(filter.value);
      return filter.op === 'eq' ? equal : !equal;
    }
    case 'contains':
      return ` ${normalizeText(text)} `.includes(` ${normalizeText(String(filter.value))} `);
    case 'year':
      return yearOf(column, row) === Number(filter.value);
    default: {
      const value = Number(filter.value);
      // "after 2007" on a date or season column compares the year the cell names.
      const yearLike = Number.isInteger(value) && value >= 1000 && value <= 2999;
      const compared =
        yearLike && (column.type === 'date' || typeof number !== 'number') ? yearOf(column, row) : number;
      if (typeof compared !== 'number') return false;
      if (filter.op === 'gt') return compared > value;
      if (filter.op === 'ge') return compared >= value;
      if (filter.op === 'lt') return compared < value;
      return compared <= value;
    }
  }
}

/** The rows a date filter keeps ("in November" over a Date column); refused when its cells cannot tell. */
function dateFilter(table: DataTable, rows: readonly number[], filter: Filter): Set<number> {
  const column = findColumn(table, filter.column);
  const [condition] = dateConditions(String(filter.value));
  const found = condition ? rowsOnDate([column], column.name, condition, rows) : undefined;
  if (!found)
    fail('unsupported', `The dates in ${column.name} cannot tell which rows are ${filter.value}.`, {
      hint: 'Name the year the question means, or a column of full dates.',
    });
  return found.kept;
}

function applyFilters(table: DataTable, rows: readonly number[], allFilters: readonly Filter[]): number[] {
  const dated = allFilters.filter((filter) => filter.op === 'date');
  for (const filter of dated) {
    const kept = dateFilter(table, rows, filter);
    rows = rows.filter((row) => kept.has(row));
  }
  const filters = allFilters.filter((filter) => filter.op !== 'date');
  // Several "is" filters on one column mean either value ("A and B combined", "A or B").
  const groups = new Map<string, { filter: Filter; column: Column }[]>();
  for (const filter of filters) {
    const column = findColumn(table, filter.column);
    const key = filter.op === 'eq' ? `eq:${column.name}` : `${groups.size}:${filter.op}:${column.name}`;
    const group = groups.get(key) ?? [];
    if (!group.some((item) => item.filter.value === filter.value)) group.push({ filter, column });
    groups.set(key, group);
  }
  const resolved = [...groups.values()];
  return rows.filter((row) =>
    resolved.every((group) => group.some(({ filter, column }) => matches(column, row, filter))),
  );
}

function aggregate(
  fn: NonNullable<QueryPlan['aggregate']>['fn'],
  column: Column | undefined,
  rows: readonly number[],
): number {
  if (fn === 'count') return column ? rows.filter((row) => column.values[row] !== null).length : rows.length;
  if (!column) return rows.length;
  if (fn === 'distinct')
    return new Set(rows.map((row) => normalizeText(column.texts[row] ?? '')).filter(Boolean)).size;
  const numbers = rows
    .map((row) => column.numbers[row])
    .filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return Number.NaN;
  switch (fn) {
    case 'sum':
      return numbers.reduce((total, value) => total + value, 0);
    case 'avg':
      return mean(numbers);
    case 'min':
      return numbers.reduce((low, value) => Math.min(value, low), Number.POSITIVE_INFINITY);
    case 'max':
      return numbers.reduce((high, value) => Math.max(value, high), Number.NEGATIVE_INFINITY);
    case 'median':
      return median(numbers);
    case 'std':
      return standardDeviation(numbers);
    default:
      return Number.NaN;
  }
}

function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}

function sortKey(column: Column, row: number): number | null {
  const number = column.numbers[row];
  if (typeof number === 'number') return number;
  const date = column.dates?.[row];
  return date ? Date.parse(date) : null;
}

/**
 * A computed value written the way its column writes numbers: one cell's own text, or
 * thousands separators when the column uses them (plain number columns only).
 */
function displayLike(
  value: number,
  fn: string,
  column: Column | undefined,
  rows: readonly number[],
): string | number {
  if (column?.type !== 'number' || !['sum', 'min', 'max'].includes(fn)) return value;
  if (rows.length === 1 && column.numbers[rows[0]!] === value) return column.texts[rows[0]!] || value;
  const texts = column.texts.filter(Boolean);
  const grouped = texts.filter((text) => /\d,\d{3}/.test(text)).length;
  if (Number.isInteger(value) && Math.abs(value) >= 1000 && grouped > texts.length / 2)
    return value.toLocaleString('en-US');
  return value;
}

/** Runs a plan; a yes/no plan runs as a plain one and reads its result as yes or no. */
export function executePlan(table: DataTable, plan: QueryPlan): PlanResult {
  if (!plan.answerAs) return runPlan(table, plan);
  const { answerAs, ...rest } = plan;
  const result = runPlan(table, rest);
  let yes: boolean;
  if (answerAs === 'any') yes = result.rows.length > 0;
  else if (answerAs === 'same') yes = result.values.length > 0 && result.values[0] === 0;
  else {
    const first = normalizeText(plan.choose?.values[0] ?? '');
    const winner = normalizeText(String(result.values[0] ?? ''));
    yes = first !== '' && winner !== '' && (winner === first || ` ${winner} `.includes(` ${first} `));
  }
  return { ...result, values: [yes ? 'yes' : 'no'] };
}

/** Statistics of a column's values, which say nothing of a column the rows are kept to one value of. */
const VALUE_STATISTICS = new Set(['sum', 'avg', 'min', 'max', 'median', 'std']);

/**
 * A statistic of the very column a condition fixes to one value ("the mean Heat of the rows whose
 * Heat is 1") is that value by construction, not an answer: the plan measured the wrong column.
 */
function refuseFixedMeasure(table: DataTable, plan: QueryPlan, measure: Column | undefined): void {
  const fn = plan.aggregate?.fn;
  if (!measure || !fn || !VALUE_STATISTICS.has(fn)) return;
  const fixed = plan.filters.find(
    (filter) => filter.op === 'eq' && findColumn(table, filter.column) === measure,
  );
  if (fixed)
    fail(
      'unsupported',
      `The ${fn} of ${measure.name} over the rows whose ${measure.name} is ${fixed.value} would only repeat that value.`,
      { hint: 'Name the column to measure as the table heads it.' },
    );
}

function runPlan(table: DataTable, plan: QueryPlan): PlanResult {
  const all = table.rowNumbers.map((_, index) => index);
  let rows = applyFilters(table, all, plan.filters);
  if (plan.span) {
    const anchor = applyFilters(table, all, plan.span.anchor);
    if (anchor.length === 0) return { values: [], rows: [], columns: [] };
    const after = plan.span.side === 'after';
    const edge = after ? anchor[anchor.length - 1]! : anchor[0]!;
    rows = rows.filter((row) => (after ? row > edge : row < edge));
  }
  const measureColumn = plan.aggregate?.column ? findColumn(table, plan.aggregate.column) : undefined;
  if (!plan.difference && !plan.choose) refuseFixedMeasure(table, plan, measureColumn);

  if (plan.difference) {
    const column = findColumn(table, plan.difference.column);
    const side = (filters: readonly Filter[]) => {
      const selected = applyFilters(table, rows, filters);
      const value =
        column.numbers.length && selected.length
          ? aggregate(
              plan.aggregate?.fn ?? 'sum',
              plan.aggregate?.fn === 'count' ? undefined : column,
              selected,
            )
          : Number.NaN;
      return { selected, value };
    };
    const a = side(plan.difference.a);
    const b = side(plan.difference.b);
    const difference = plan.difference.absolute ? Math.abs(a.value - b.value) : a.value - b.value;
    return {
      values: Number.isFinite(difference) ? [tidy(difference)] : [],
      rows: [...a.selected, ...b.selected],
      columns: [column.name],
    };
  }

  if (plan.choose) {
    const column = findColumn(table, plan.choose.column);
    const measure = plan.choose.measure ? findColumn(table, plan.choose.measure) : undefined;
    const scored = plan.choose.values.map((value) => {
      const selected = rows.filter(
        (row) =>
          normalizeText(column.texts[row] ?? '') === normalizeText(value) ||
          ` ${normalizeText(column.texts[row] ?? '')} `.includes(` ${normalizeText(value)} `),
      );
      return { value, selected, score: measure ? aggregate('sum', measure, selected) : selected.length };
    });
    const valid = scored.filter((item) => Number.isFinite(item.score) && item.selected.length > 0);
    if (valid.length === 0) return { values: [], rows: [], columns: [column.name] };
    valid.sort((p, q) => (plan.choose!.direction === 'desc' ? q.score - p.score : p.score - q.score));
    const winner = valid[0]!;
    const display = column.texts[winner.selected[0]!] ?? winner.value;
    return {
      values: [display],
      rows: valid.flatMap((item) => item.selected),
      columns: [column.name, ...(measure ? [measure.name] : [])],
    };
  }

  if (plan.relative) {
    const anchor = applyFilters(table, all, plan.relative.anchor);
    if (anchor.length === 0) return { values: [], rows: [], columns: [] };
    const base = plan.relative.step > 0 ? anchor[anchor.length - 1]! : anchor[0]!;
    const target = base + plan.relative.step;
    if (target < 0 || target >= all.length) return { values: [], rows: [], columns: [] };
    rows = [target];
  }

  if (plan.groupBy.length) {
    const keys = plan.groupBy.map((name) => findColumn(table, name));
    const groups = new Map<string, { label: string; rows: number[] }>();
    for (const row of rows) {
      const label = keys.map((column) => column.texts[row] ?? '').join(' / ');
      if (!label.replace(/[ /]/g, '')) continue;
      const key = normalizeText(label);
      const group = groups.get(key);
      if (group) group.rows.push(row);
      else groups.set(key, { label, rows: [row] });
    }
    const fn = plan.aggregate?.fn ?? 'count';
    let results = [...groups.values()].map((group) => ({
      key: group.label,
      value: tidy(aggregate(fn, measureColumn, group.rows)),
      rows: group.rows,
    }));
    if (plan.orderBy) {
      const sign = plan.orderBy.direction === 'desc' ? -1 : 1;
      results = results
        .filter((item) => Number.isFinite(item.value))
        .sort((p, q) => sign * (p.value - q.value));
      // Ties at the cut all answer the question.
      if (plan.limit) {
        const cut = results[Math.min(plan.limit, results.length) - 1];
        results = results.filter(
          (item, index) => index < plan.limit! || (cut !== undefined && item.value === cut.value),
        );
      }
    } else {
      // Unranked groups read in key order (classes 1, 2, 3; regions A to Z).
      results.sort((p, q) => p.key.localeCompare(q.key, undefined, { numeric: true }));
      if (plan.limit) results = results.slice(0, plan.limit);
    }
    return {
      values: plan.orderBy ? results.map((item) => item.key) : results.map((item) => item.key),
      rows: results.flatMap((item) => item.rows),
      columns: [...keys.map((column) => column.name), ...(measureColumn ? [measureColumn.name] : [])],
      groups: results.map((item) => ({ key: item.key, value: item.value })),
    };
  }

  if (plan.orderBy && plan.orderBy.target !== 'aggregate') {
    const column = findColumn(table, plan.orderBy.target);
    const sign = plan.orderBy.direction === 'desc' ? -1 : 1;
    rows = rows
      .filter((row) => sortKey(column, row) !== null)
      .sort((p, q) => sign * (sortKey(column, p)! - sortKey(column, q)!) || p - q);
    const offset = plan.offset ?? 0;
    const limit = plan.limit ?? 1;
    const cut = rows[offset + limit - 1];
    const cutValue = cut === undefined ? undefined : sortKey(column, cut);
    // Ties at a cut of one answer too, unless the answer is the ranked value itself (the same value again).
    const selfRanked = plan.select.length === 1 && findColumn(table, plan.select[0]!) === column;
    rows = rows.filter(
      (row, index) =>
        index >= offset &&
        (index < offset + limit ||
          (limit === 1 && !selfRanked && sortKey(column, row) === cutValue && index < offset + 3)),
    );
  } else if (plan.position) {
    const offset = plan.offset ?? 0;
    const limit = plan.limit ?? 1;
    rows =
      plan.position === 'first'
        ? rows.slice(offset, offset + limit)
        : rows.slice(Math.max(0, rows.length - offset - limit), rows.length - offset);
  } else if (plan.limit) {
    rows = rows.slice(plan.offset ?? 0, (plan.offset ?? 0) + plan.limit);
  }

  if (plan.aggregate?.fn === 'share') {
    const value = tidy((rows.length / Math.max(all.length, 1)) * 100);
    return { values: [value], rows, columns: [] };
  }
  if (plan.aggregate?.fn === 'correlation' && measureColumn && plan.aggregate.with) {
    const other = findColumn(table, plan.aggregate.with);
    const pairs = rows.filter(
      (row) => typeof measureColumn.numbers[row] === 'number' && typeof other.numbers[row] === 'number',
    );
    const { r } = pearson(
      pairs.map((row) => measureColumn.numbers[row]!),
      pairs.map((row) => other.numbers[row]!),
    );
    return { values: [tidy(r)], rows: pairs, columns: [measureColumn.name, other.name] };
  }
  if (plan.aggregate) {
    const value = tidy(aggregate(plan.aggregate.fn, measureColumn, rows));
    return {
      values: Number.isFinite(value) ? [displayLike(value, plan.aggregate.fn, measureColumn, rows)] : [],
      rows,
      columns: measureColumn ? [measureColumn.name] : [],
    };
  }
  const selected = plan.select.map((name) => findColumn(table, name));
  const values: string[] = [];
  for (const row of rows)
    for (const column of selected) if (column.texts[row]) values.push(column.texts[row]!);
  return { values, rows, columns: selected.map((column) => column.name) };
}
