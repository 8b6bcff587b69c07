/**
 * @module answer-large-csv
 * Questions over CSV files too large to hold as cells: the question becomes the same typed
 * plan the in-memory engine runs (read against the file's first rows), and the plan runs
 * as SQL in DuckDB over the whole file. The SQL is built from the plan's typed parts with
 * quoted names and escaped values, never from text a person or a model wrote.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { fail } from '../../lib/errors.ts';
import { detectTables } from './detect-tables.ts';
import { formatValue } from './format-value.ts';
import { parseQuestion } from './parse-question.ts';
import { requireCovered } from './plan-coverage.ts';
import { describePlan, type Filter, type QueryPlan } from './query-plan.ts';

export type LargeCsvAnswer = {
  readonly question: string;
  readonly answer: readonly (string | number)[];
  readonly text: string;
  readonly plan: QueryPlan;
  readonly planText: string;
  /** The file and how many of its rows the answer used. */
  readonly cells: string;
  readonly groups?: readonly { key: string; value: number }[];
  readonly engine: 'duckdb';
};

const SAMPLE_BYTES = 1024 * 1024;

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string | number): string {
  return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
}

/** The first rows of the file (whole lines only), enough to read the question against. */
async function sampleText(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    const { text } = decodeText(buffer.subarray(0, bytesRead));
    return bytesRead < SAMPLE_BYTES ? text : text.slice(0, text.lastIndexOf('\n'));
  } finally {
    await handle.close();
  }
}

function condition(filter: Filter): string {
  const column = ident(filter.column);
  const text = `lower(trim(CAST(${column} AS VARCHAR)))`;
  switch (filter.op) {
    case 'eq':
    case 'ne': {
      const test =
        typeof filter.value === 'number'
          ? `TRY_CAST(${column} AS DOUBLE) = ${filter.value}`
          : `${text} = lower(${literal(filter.value.trim())})`;
      return filter.op === 'eq' ? test : `NOT coalesce(${test}, false)`;
    }
    case 'contains':
      return `${text} LIKE ${literal(`%${String(filter.value).toLowerCase().replace(/[%_]/g, '')}%`)}`;
    case 'date':
      return fail(
        'unsupported',
        `A condition on dates written in words ("${filter.value}") is not run over large files yet.`,
      );
    case 'year':
      return `TRY_CAST(regexp_extract(CAST(${column} AS VARCHAR), '(1[5-9][0-9][0-9]|20[0-9][0-9])') AS INTEGER) = ${Number(filter.value)}`;
    default: {
      const op = { gt: '>', ge: '>=', lt: '<', le: '<=' }[filter.op];
      return `TRY_CAST(${column} AS DOUBLE) ${op} ${Number(filter.value)}`;
    }
  }
}

const AGGREGATES: Record<string, (column: string) => string> = {
  sum: (column) => `sum(TRY_CAST(${column} AS DOUBLE))`,
  avg: (column) => `avg(TRY_CAST(${column} AS DOUBLE))`,
  min: (column) => `min(TRY_CAST(${column} AS DOUBLE))`,
  max: (column) => `max(TRY_CAST(${column} AS DOUBLE))`,
  median: (column) => `median(TRY_CAST(${column} AS DOUBLE))`,
  std: (column) => `stddev_samp(TRY_CAST(${column} AS DOUBLE))`,
  distinct: (column) => `count(DISTINCT lower(trim(CAST(${column} AS VARCHAR))))`,
  count: (column) => `count(${column})`,
};

/** The plan as one SQL query over table t, or a typed `unsupported` failure for the parts SQL here does not cover. */
export function planToSql(plan: QueryPlan): string {
  if (plan.difference || plan.choose || plan.span || plan.relative || plan.position || plan.answerAs)
    fail('unsupported', 'This question needs row order or a comparison the large-file path does not run.', {
      hint: 'Ask for a count, total, average, median, extreme or grouping, or analyse a smaller extract.',
    });
  const where = plan.filters.length ? ` WHERE ${plan.filters.map(condition).join(' AND ')}` : '';
  const aggregate = plan.aggregate;
  if (aggregate?.fn === 'share')
    return `SELECT 100.0 * count(*) FILTER (WHERE ${plan.filters.map(condition).join(' AND ') || 'true'}) / count(*) AS value FROM t`;
  if (aggregate?.fn === 'correlation' && aggregate.column && aggregate.with)
    return `SELECT corr(TRY_CAST(${ident(aggregate.column)} AS DOUBLE), TRY_CAST(${ident(aggregate.with)} AS DOUBLE)) AS value FROM t${where}`;
  const measure = aggregate
    ? aggregate.fn === 'count' && !aggregate.column
      ? 'count(*)'
      : AGGREGATES[aggregate.fn]!(ident(aggregate.column ?? ''))
    : undefined;
  if (plan.groupBy.length) {
    const keys = plan.groupBy.map((name) => `CAST(${ident(name)} AS VARCHAR)`);
    const order = plan.orderBy
      ? ` ORDER BY value ${plan.orderBy.direction === 'desc' ? 'DESC' : 'ASC'}`
      : ' ORDER BY key';
    return `SELECT ${keys.join(" || ' / ' || ")} AS key, ${measure ?? 'count(*)'} AS value FROM t${where} GROUP BY ALL HAVING key IS NOT NULL${order}${plan.limit ? ` LIMIT ${plan.limit}` : ''}`;
  }
  if (measure) {
    if (plan.orderBy && plan.orderBy.target !== 'aggregate') {
      const order = `TRY_CAST(${ident(plan.orderBy.target)} AS DOUBLE) ${plan.orderBy.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`;
      return `SELECT ${measure} AS value FROM (SELECT * FROM t${where} ORDER BY ${order} LIMIT ${plan.limit ?? 1})`;
    }
    return `SELECT ${measure} AS value FROM t${where}`;
  }
  const select =
    plan.select.map((name) => `CAST(${ident(name)} AS VARCHAR) AS ${ident(name)}`).join(', ') || '*';
  const order = plan.orderBy
    ? ` ORDER BY TRY_CAST(${ident(plan.orderBy.target)} AS DOUBLE) ${plan.orderBy.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`
    : '';
  return `SELECT ${select} FROM t${where}${order} LIMIT ${plan.limit ?? 20}`;
}

function tidy(value: unknown): number | string {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? Number(number.toPrecision(12)) : String(value);
}

/** Most distinct values of a text column worth adding to the sample for value matching. */
const MAX_VALUES = 500;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows to add to the sample so that values first seen after its end can be matched in a
 * question ("orders from Zeta"): one row per such value of each text column with at most
 * MAX_VALUES distinct values, its other cells empty.
 */
async function laterValueRows(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  sampleText: string,
): Promise<string[]> {
  const columns = (await query('DESCRIBE t')).map((row) => ({
    name: String(row.column_name),
    type: String(row.column_type),
  }));
  const texts = columns
    .map((column, index) => ({ ...column, index }))
    .filter((column) => column.type === 'VARCHAR');
  if (texts.length === 0) return [];
  const counts = (
    await query(
      `SELECT ${texts.map((column, k) => `count(DISTINCT ${ident(column.name)}) AS c${k}`).join(', ')} FROM t`,
    )
  )[0]!;
  const sample = new Set(
    csvToWorkbook(sampleText, 'sample')
      .sheets[0]!.rows.flat()
      .map((cell) => (cell ? String(cell.value) : '')),
  );
  const lines: string[] = [];
  for (const [k, column] of texts.entries()) {
    if (Number(counts[`c${k}`]) > MAX_VALUES) continue;
    const values = await query(
      `SELECT DISTINCT ${ident(column.name)} AS v FROM t WHERE ${ident(column.name)} IS NOT NULL`,
    );
    for (const { v } of values) {
      const value = String(v);
      if (sample.has(value)) continue;
      lines.push(columns.map((_, index) => (index === column.index ? csvField(value) : '')).join(','));
    }
  }
  return lines;
}

/** Answers a question over a large CSV file through DuckDB. */
export async function answerLargeCsv(path: string, question: string): Promise<LargeCsvAnswer> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const query = async (sql: string) =>
    (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  try {
    await connection.run(`CREATE VIEW t AS SELECT * FROM read_csv_auto(${literal(path)})`);
    const head = await sampleText(path);
    const whole = (await stat(path)).size <= SAMPLE_BYTES;
    const later = whole ? [] : await laterValueRows(query, head);
    const text = later.length ? `${head.replace(/\r?\n$/, '')}\n${later.join('\n')}` : head;
    const sample = detectTables(csvToWorkbook(text, basename(path)).sheets[0]!);
    const table = sample.sort(
      (a, b) => b.rowNumbers.length * b.columns.length - a.rowNumbers.length * a.columns.length,
    )[0];
    if (!table) fail('bad_usage', `${basename(path)} has no table to answer from.`, { path });
    const plan = parseQuestion(question, table);
    requireCovered(question, plan, table);
    const sql = planToSql(plan);
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    const grouped = plan.groupBy.length > 0;
    const groups = grouped
      ? rows.map((row) => ({ key: String(row.key), value: Number(tidy(row.value)) }))
      : undefined;
    const answer: (string | number)[] = grouped
      ? rows.map((row) => String(row.key))
      : rows.flatMap((row) =>
          Object.values(row)
            .filter((value) => value !== null)
            .map(tidy),
        );
    const summary = groups
      ? groups
          .slice(0, 20)
          .map((group) => `${group.key}: ${formatValue(group.value)}`)
          .join('; ')
      : answer
          .slice(0, 20)
          .map((value) => (typeof value === 'number' ? formatValue(value) : value))
          .join(', ') || 'No rows match.';
    return {
      question,
      answer,
      text: summary,
      plan,
      planText: describePlan(plan),
      cells: `${basename(path)} (all rows, through DuckDB)`,
      ...(groups ? { groups } : {}),
      engine: 'duckdb',
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
