/**
 * @module answer-with-model
 * A question over a table answered with a configured model: the model fills the same typed
 * QueryPlan the builtin parser fills, and the engine runs it (raw SQL from a model is never
 * run). The model sees the table as a data block: every column with its type and unit, the
 * values of category columns (most frequent first), the range of number and date columns,
 * and a sample of rows (those that mention the question's words first, then rows spread over
 * the whole table), as much as the model's context holds. A plan that names a column the
 * table lacks, or filters on a value no cell has, is rejected; on any failure the builtin
 * parser answers, with a warning that says why.
 */

import { analyze } from '../../index/analyze.ts';
import type { Warning } from '../../lib/result.ts';
import { clipText } from '../../lib/text/clip-text.ts';
import { buildPrompt, type LanguageModel } from '../../models/index.ts';
import { formatDataBlock } from '../../models/prompt.ts';
import { dataTokenBudget, estimateTextTokens } from '../../models/token-budget.ts';
import { modelFailedWarning, modelRejectedWarning } from '../grounding/fallback-warnings.ts';
import { todayRule } from '../grounding/prompt-rules.ts';
import { type Answer, answerQuestion, finish, validatePlan } from './answer-question.ts';
import type { Column, DataTable } from './data-table.ts';
import { findColumn } from './execute-plan.ts';
import { type QueryPlan, QueryPlanSchema } from './query-plan.ts';

export type ModelAnswer = Answer & { readonly warnings: readonly Warning[] };

export type TableModelOptions = {
  readonly signal?: AbortSignal;
  readonly now?: Date;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
};

const WHAT = 'the builtin question parser';
/** Values listed per category column, and rows in the sample at most. */
const CATEGORY_VALUES = 12;
const SAMPLE_ROWS = 12;
const MAX_ANSWER_TOKENS = 320;

const INSTRUCTIONS = [
  'You turn a question about a table into a query plan, as JSON, that a program runs on the table; you never compute the answer yourself.',
  'The plan has: "filters" (row conditions that must all hold: {"column", "op": eq, ne, gt, ge, lt, le, contains or year, "value"}),',
  '"groupBy" (columns to group by, or []), "aggregate" ({"fn": sum, avg, count, min, max, median, distinct, std, share or correlation, "column"}; count needs no column),',
  '"orderBy" ({"target": "aggregate" or a column, "direction": asc or desc}) with "limit" for top or bottom rows, and "select" (the columns whose values answer the question, or []).',
  'Use only the column names listed, spelled exactly. In filters, use values exactly as they appear in the table (the listed values of category columns).',
  'The question may be in any language; column names and values stay as the table writes them.',
  'Reply with one JSON object and nothing else.',
].join(' ');

const EXAMPLE_INPUT = [
  formatDataBlock({
    type: 'data',
    id: '1',
    title: 'table Orders',
    content:
      'Columns:\n- Region: category; values: North, South, West\n- Month: date; from 2025-01-01 to 2025-12-01\n- Revenue: currency (€); from 1200 to 98000\nSample rows:\nRegion | Month | Revenue\nNorth | 2025-01-01 | 4500',
  }),
  'Question: What was the total revenue in the South region?',
].join('\n');
const EXAMPLE_OUTPUT = JSON.stringify({
  filters: [{ column: 'Region', op: 'eq', value: 'South' }],
  groupBy: [],
  aggregate: { fn: 'sum', column: 'Revenue' },
  select: [],
});

/** One line for a column: type and unit, and its values or range. */
function describeColumn(column: Column): string {
  const type = `${column.type}${column.unit ? ` (${column.unit})` : ''}`;
  if (column.type === 'category' || column.type === 'boolean' || column.type === 'text') {
    const counts = new Map<string, number>();
    for (const text of column.texts)
      if (text.trim()) counts.set(text.trim(), (counts.get(text.trim()) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, CATEGORY_VALUES);
    if (column.type === 'text' && counts.size > CATEGORY_VALUES)
      return `- ${column.name}: text; e.g. ${top
        .slice(0, 3)
        .map(([value]) => clipText(value, 40))
        .join('; ')}`;
    const more = counts.size > top.length ? ` (${counts.size} distinct values; most frequent shown)` : '';
    return `- ${column.name}: ${type}; values: ${top.map(([value]) => clipText(value, 40)).join(', ')}${more}`;
  }
  if (column.dates) {
    const dates = column.dates.filter((date): date is string => Boolean(date)).sort();
    if (dates.length)
      return `- ${column.name}: ${type}; from ${dates[0]!.slice(0, 10)} to ${dates.at(-1)!.slice(0, 10)}`;
  }
  const numbers = column.numbers.filter((value): value is number => value !== null && Number.isFinite(value));
  if (numbers.length && column.type !== 'identifier') {
    let min = numbers[0]!;
    let max = numbers[0]!;
    for (const value of numbers) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    return `- ${column.name}: ${type}; from ${min} to ${max}`;
  }
  const examples = column.texts.filter((text) => text.trim()).slice(0, 3);
  return `- ${column.name}: ${type}${examples.length ? `; e.g. ${examples.map((text) => clipText(text, 30)).join(', ')}` : ''}`;
}

/** Sample rows: those sharing words with the question first, then rows spread evenly over the table. */
export function sampleRows(table: DataTable, question: string, count = SAMPLE_ROWS): number[] {
  const rows = table.rowNumbers.length;
  const wanted = new Set(analyze(question));
  const matching: number[] = [];
  if (wanted.size > 0)
    for (let row = 0; row < rows && matching.length < Math.ceil(count / 2); row++) {
      const terms = analyze(table.columns.map((column) => column.texts[row] ?? '').join(' '));
      if (terms.some((term) => wanted.has(term))) matching.push(row);
    }
  const chosen = new Set(matching);
  const spread = count - chosen.size;
  for (let i = 0; i < spread && chosen.size < Math.min(count, rows); i++)
    chosen.add(Math.min(rows - 1, Math.floor((i * rows) / Math.max(1, spread))));
  return [...chosen].sort((a, b) => a - b);
}

/** The table as the model sees it, with as many sample rows as `budget` tokens allow. */
export function describeTable(table: DataTable, question: string, budget: number): string {
  const head = [
    `Table "${table.name}" on sheet ${table.sheet}, ${table.rowNumbers.length} rows.`,
    'Columns:',
    ...table.columns.map(describeColumn),
  ].join('\n');
  const rowText = (row: number) =>
    table.columns.map((column) => clipText(column.texts[row] ?? '', 40)).join(' | ');
  let rows = sampleRows(table, question);
  const text = () =>
    `${head}\nSample rows:\n${table.columns.map((column) => column.name).join(' | ')}\n${rows.map(rowText).join('\n')}`;
  // Rows go before columns do: every column must be named for the plan to use it.
  while (rows.length > 0 && estimateTextTokens(text()) > budget)
    rows = rows.slice(0, Math.floor(rows.length / 2));
  return text();
}

/** Why a plan cannot be run as the model meant it, or undefined when it can. */
function planProblem(table: DataTable, plan: QueryPlan): string | undefined {
  try {
    validatePlan(table, plan);
  } catch (thrown) {
    return (thrown as Error).message.replace(/\.$/, '');
  }
  const filters = [
    ...plan.filters,
    ...(plan.difference ? [...plan.difference.a, ...plan.difference.b] : []),
    ...(plan.span?.anchor ?? []),
    ...(plan.relative?.anchor ?? []),
  ];
  for (const filter of filters) {
    if (filter.op !== 'eq' && filter.op !== 'ne') continue;
    const column = findColumn(table, filter.column);
    if (column.type !== 'category' && column.type !== 'text' && column.type !== 'boolean') continue;
    const wanted = String(filter.value).trim().toLowerCase();
    if (!column.texts.some((text) => text.trim().toLowerCase() === wanted))
      return `it filters ${column.name} on "${filter.value}", which no cell has`;
  }
  return undefined;
}

/** Answers with a model filling the plan; the builtin parser answers, with a warning, when the model fails. */
export async function answerQuestionWithModel(
  table: DataTable,
  question: string,
  model: LanguageModel,
  options: TableModelOptions = {},
): Promise<ModelAnswer> {
  if (model.engine === 'builtin') return { ...answerQuestion(table, question), warnings: [] };
  const builtin = (warning: Warning): ModelAnswer => ({
    ...answerQuestion(table, question),
    warnings: [warning],
  });
  const system = `${INSTRUCTIONS} ${todayRule(options.now ?? new Date())}`;
  const request = `Question: ${question}`;
  const budget = dataTokenBudget({
    ...(options.contextTokens ? { contextTokens: options.contextTokens } : {}),
    promptTokens: estimateTextTokens(system + EXAMPLE_INPUT + EXAMPLE_OUTPUT + request) + 150,
    answerTokens: MAX_ANSWER_TOKENS,
  });
  const result = await model.generate(
    {
      messages: buildPrompt([
        { type: 'instructions', text: system },
        { type: 'example', input: EXAMPLE_INPUT, output: EXAMPLE_OUTPUT },
        {
          type: 'data',
          id: '1',
          title: `table ${table.name}`,
          content: describeTable(table, question, budget),
        },
        { type: 'request', text: request },
      ]),
      responseFormat: { type: 'json', schema: QueryPlanSchema, name: 'query_plan' },
      maxTokens: MAX_ANSWER_TOKENS,
      temperature: 0,
    },
    options.signal,
  );
  if (!result.success) return builtin(modelFailedWarning(result.error, WHAT));
  const plan = QueryPlanSchema.parse(result.data.object);
  const problem = planProblem(table, plan);
  if (problem) return builtin(modelRejectedWarning(`its plan cannot run: ${problem}`, WHAT));
  try {
    return { ...finish(table, question, plan, result.data.engine), warnings: [...result.warnings] };
  } catch (thrown) {
    return builtin(
      modelRejectedWarning(`its plan failed: ${(thrown as Error).message.replace(/\.$/, '')}`, WHAT),
    );
  }
}
