import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { headerRowTable } from './detect-tables.ts';
import { executePlan } from './execute-plan.ts';
import type { QueryPlan } from './query-plan.ts';

// Invented rowing heats: the times are text with a mark after them, the heat is a number.
const HEATS = `Crew,Heat,Time
Ardmore,1,6:01.2 Q
Bellcote,1,6:04.9
Corran,2,5:58.7 Q
Dunvale,2,6:10.3`;

const table = headerRowTable(csvToWorkbook(HEATS, 'invented').sheets[0]!)!;
const plan = (aggregate: QueryPlan['aggregate']): QueryPlan => ({
  filters: [{ column: 'Heat', op: 'eq', value: 1 }],
  groupBy: [],
  aggregate,
  select: [],
});
const outcome = (query: QueryPlan) => {
  try {
    return executePlan(table, query).values;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('executePlan: a statistic of the column a condition fixes to one value', () => {
  it('is refused, as it would only repeat the condition', () => {
    expect(outcome(plan({ fn: 'avg', column: 'Heat' }))).toBe('unsupported');
    expect(outcome(plan({ fn: 'max', column: 'Heat' }))).toBe('unsupported');
  });

  it('leaves counts, and statistics of a column the condition does not fix', () => {
    expect(outcome(plan({ fn: 'count' }))).toEqual([2]);
    expect(
      outcome({ ...plan({ fn: 'avg', column: 'Heat' }), filters: [{ column: 'Heat', op: 'ge', value: 1 }] }),
    ).toEqual([1.5]);
  });
});
