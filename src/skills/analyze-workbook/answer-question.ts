/**
 * @module answer-question
 * Answers a question over a table: the builtin parser (or a model, through the same JSON
 * schema: `answer-with-model.ts`) fills a QueryPlan, the engine runs it, and the answer carries the result, the
 * plan in words and the cells it came from. Raw SQL from a model is never run.
 */
import { citeCells, type DataTable } from './data-table.ts';
import { executePlan, findColumn, type PlanResult } from './execute-plan.ts';
import { formatValue } from './format-value.ts';
import { parseQuestion } from './parse-question.ts';
import { requireCovered } from './plan-coverage.ts';
import { describePlan, type QueryPlan } from './query-plan.ts';

export type Answer = {
  readonly question: string;
  readonly table: string;
  /** The answer values (a list answer has several). */
  readonly answer: readonly (string | number)[];
  /** One line for people: the values, with units. */
  readonly text: string;
  readonly plan: QueryPlan;
  readonly planText: string;
  /** Source cells, sheet!range. */
  readonly cells: string;
  readonly groups?: PlanResult['groups'];
  readonly engine: string;
};

function answerText(table: DataTable, plan: QueryPlan, result: PlanResult): string {
  if (result.values.length === 0) return 'No rows match.';
  if (plan.aggregate?.fn === 'share' && typeof result.values[0] === 'number')
    return `${Number(result.values[0].toFixed(2))}% of all rows`;
  const measureName = plan.aggregate?.column ?? plan.difference?.column;
  const measure = measureName ? table.columns.find((column) => column.name === measureName) : undefined;
  if (result.groups && plan.aggregate && plan.orderBy) {
    return result.groups
      .map(
        (group) =>
          `${group.key} (${formatValue(group.value, plan.aggregate?.fn === 'count' ? undefined : measure)})`,
      )
      .join(', ');
  }
  if (result.groups && plan.aggregate && !plan.orderBy) {
    return result.groups
      .slice(0, 20)
      .map((group) => `${group.key}: ${formatValue(group.value, measure)}`)
      .join('; ');
  }
  return result.values
    .slice(0, 20)
    .map((value) =>
      typeof value === 'number'
        ? formatValue(
            value,
            plan.aggregate?.fn === 'count' || plan.aggregate?.fn === 'distinct' ? undefined : measure,
          )
        : value,
    )
    .join(', ');
}

/** Checks a plan from a model against the table, so a wrong column name fails loudly. */
export function validatePlan(table: DataTable, plan: QueryPlan): void {
  const names = [
    ...plan.filters.map((filter) => filter.column),
    ...plan.groupBy,
    ...plan.select,
    ...(plan.aggregate?.column ? [plan.aggregate.column] : []),
    ...(plan.orderBy && plan.orderBy.target !== 'aggregate' ? [plan.orderBy.target] : []),
  ];
  for (const name of names) findColumn(table, name);
}

/** Runs a plan and words its answer. */
export function finish(table: DataTable, question: string, plan: QueryPlan, engine: string): Answer {
  const result = executePlan(table, plan);
  const cited = result.columns
    .map((name) => table.columns.find((column) => column.name === name))
    .filter((column) => column !== undefined);
  const cells = cited.length
    ? cited.map((column) => citeCells(table, column, result.rows)).join(', ')
    : citeCells(table, undefined, result.rows);
  return {
    question,
    table: table.name,
    answer: result.values,
    text: answerText(table, plan, result),
    plan,
    planText: describePlan(plan),
    cells,
    ...(result.groups ? { groups: result.groups } : {}),
    engine,
  };
}

/** Answers with the builtin parser. */
export function answerQuestion(table: DataTable, question: string): Answer {
  const plan = parseQuestion(question, table);
  requireCovered(question, plan, table);
  return finish(table, question, plan, 'builtin');
}
