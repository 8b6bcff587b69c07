/**
 * @module query-plan
 * The typed plan a question becomes, whether the builtin parser or a model fills it: filters,
 * grouping, one aggregation, ordering, a row position, differences and either-or
 * comparisons. It is data (JSON), never SQL, and it reads back as a sentence.
 */
import { z } from 'zod';

export const FilterOp = z.enum(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'contains', 'year', 'date']);
export const Aggregation = z.enum([
  'sum',
  'avg',
  'count',
  'min',
  'max',
  'median',
  'distinct',
  'std',
  'share',
  'correlation',
]);

export const FilterSchema = z.object({
  column: z.string().describe('A column name of the table'),
  op: FilterOp,
  value: z
    .union([z.string(), z.number()])
    .describe(
      'For op "date", the condition in words: "in November", "in July 2007", "on or after 2 October"',
    ),
});

export const QueryPlanSchema = z.object({
  filters: z.array(FilterSchema).describe('Row conditions, all must hold'),
  groupBy: z.array(z.string()).describe('Columns to group by (empty: no grouping)'),
  aggregate: z
    .object({
      fn: Aggregation,
      column: z.string().optional(),
      with: z.string().optional().describe('The second column of a correlation'),
    })
    .optional()
    .describe('count needs no column; share is the percentage of all rows the filters keep'),
  orderBy: z
    .object({
      target: z.string().describe('"aggregate" or a column name'),
      direction: z.enum(['asc', 'desc']),
    })
    .optional(),
  position: z
    .enum(['first', 'last'])
    .optional()
    .describe('Take rows in sheet order from the start or the end'),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).optional(),
  select: z.array(z.string()).describe('Columns whose values answer the question'),
  difference: z
    .object({ column: z.string(), a: z.array(FilterSchema), b: z.array(FilterSchema), absolute: z.boolean() })
    .optional()
    .describe('Answer = value of column where a holds minus where b holds'),
  choose: z
    .object({
      column: z.string(),
      values: z.array(z.string()),
      measure: z.string().optional(),
      direction: z.enum(['asc', 'desc']),
    })
    .optional()
    .describe('Pick which of the listed values ranks first by measure (or by how many rows it has)'),
  span: z
    .object({ anchor: z.array(FilterSchema), side: z.enum(['before', 'after']) })
    .optional()
    .describe('Keep only the rows listed before (or after) the anchor row'),
  answerAs: z
    .enum(['any', 'first', 'same'])
    .optional()
    .describe(
      'A yes/no answer: yes when any row matches (any), the first listed value wins the choice (first), or the difference is zero (same)',
    ),
  relative: z
    .object({ anchor: z.array(FilterSchema), step: z.number().int() })
    .optional()
    .describe('The row `step` rows after (or before, negative) the anchor row'),
});

export type Filter = z.infer<typeof FilterSchema>;
export type QueryPlan = z.infer<typeof QueryPlanSchema>;

const OP_WORDS: Record<Filter['op'], string> = {
  eq: 'is',
  ne: 'is not',
  gt: '>',
  ge: '≥',
  lt: '<',
  le: '≤',
  contains: 'contains',
  year: 'in year',
  date: 'dated',
};

function describeFilters(filters: readonly Filter[]): string {
  return filters
    .map((filter) =>
      filter.op === 'date'
        ? `${filter.column} ${filter.value}`
        : `${filter.column} ${OP_WORDS[filter.op]} ${JSON.stringify(filter.value)}`,
    )
    .join(' and ');
}

/** The plan in words: "sum of Revenue, where Region is "East", grouped by Quarter". */
export function describePlan(plan: QueryPlan): string {
  const parts: string[] = [];
  if (plan.difference) {
    parts.push(
      `${plan.difference.column} where ${describeFilters(plan.difference.a)} minus where ${describeFilters(plan.difference.b)}`,
    );
  } else if (plan.choose) {
    parts.push(
      `which of ${plan.choose.values.map((value) => JSON.stringify(value)).join(' or ')} (${plan.choose.column}) has the ${plan.choose.direction === 'desc' ? 'highest' : 'lowest'} ${plan.choose.measure ?? 'row count'}`,
    );
  } else if (plan.aggregate) {
    parts.push(
      plan.aggregate.fn === 'count' && !plan.aggregate.column
        ? 'count of rows'
        : plan.aggregate.fn === 'share'
          ? 'percentage of all rows'
          : plan.aggregate.fn === 'correlation'
            ? `Pearson correlation of ${plan.aggregate.column} and ${plan.aggregate.with}`
            : `${plan.aggregate.fn === 'std' ? 'standard deviation' : plan.aggregate.fn} of ${plan.aggregate.column ?? 'rows'}`,
    );
  } else {
    parts.push(`${plan.select.join(', ') || 'rows'}`);
  }
  if (plan.filters.length) parts.push(`where ${describeFilters(plan.filters)}`);
  if (plan.relative)
    parts.push(
      `${Math.abs(plan.relative.step)} row(s) ${plan.relative.step > 0 ? 'after' : 'before'} the row where ${describeFilters(plan.relative.anchor)}`,
    );
  if (plan.span) parts.push(`listed ${plan.span.side} the row where ${describeFilters(plan.span.anchor)}`);
  if (plan.groupBy.length) parts.push(`grouped by ${plan.groupBy.join(', ')}`);
  if (plan.orderBy)
    parts.push(
      `ordered by ${plan.orderBy.target} ${plan.orderBy.direction === 'desc' ? 'descending' : 'ascending'}`,
    );
  if (plan.position)
    parts.push(`taking the ${plan.position} row${plan.offset ? ` (skip ${plan.offset})` : ''}`);
  else if (plan.offset) parts.push(`skipping ${plan.offset}`);
  if (plan.limit) parts.push(`top ${plan.limit}`);
  if (plan.answerAs)
    parts.push(
      plan.answerAs === 'any'
        ? 'yes when any row matches'
        : plan.answerAs === 'first'
          ? `yes when ${JSON.stringify(plan.choose?.values[0] ?? '')} wins`
          : 'yes when both are the same',
    );
  return parts.join(', ');
}
