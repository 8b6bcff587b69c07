import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { groupCountTable } from './group-count-table.ts';

// Invented repair log: one row per repair, the workshop that did it and the hours it took.
const ROWS = `workshop,part,hours
31,axle,2
31,brake,5
31,clutch,1
32,axle,2
32,door,3
33,brake,4
33,clutch,1
33,door,2
33,axle,6
34,brake,1
`;

describe('a question over the counts of rows of each group', () => {
  it('takes the mean and the median of the counts per group', () => {
    // Workshops 31 ×3, 32 ×2, 33 ×4, 34 ×1.
    const answer = ask(ROWS, {
      question: 'What are the mean and the median number of repairs per workshop?',
      constraints: 'Count the rows of each "workshop"; take the mean and the median of those counts.',
      format: '@mean_repairs[mean] @median_repairs[median] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_repairs: '2.50', median_repairs: '2.50' });
    expect(answer.planText).toMatch(/^Counted the rows of each workshop \(4 groups\)/);
  });

  it('counts the groups and takes the spread of their counts', () => {
    const answer = ask(ROWS, {
      question: 'How many workshops are there, and how much does the number of repairs vary between them?',
      constraints:
        'Count the rows of each "workshop". Report the number of workshops and the sample standard deviation of the counts, rounded to two decimal places.',
      format: '@workshops[count] @std_repairs[std] where "std" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ workshops: '4', std_repairs: '1.29' });
  });

  it('refuses the group at the top of the counts, a plan it does not vouch for', () => {
    expect(
      refusalCode(ROWS, {
        question: 'What is the mean number of repairs per workshop, and which workshop did the most?',
        constraints:
          'Count the rows of each "workshop"; take the mean of the counts and report the workshop with the largest count.',
        format: '@mean_repairs[mean] @top_workshop[workshop] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('the table of groups and their counts', () => {
  it('holds one row per group, first seen first, with its count of rows', () => {
    const made = groupCountTable(csvTable(ROWS), ['Count the rows of each "workshop".'])!;
    const [group, count] = made.table.columns;
    expect(group!.texts).toEqual(['31', '32', '33', '34']);
    expect(group!.groupLabels).toBe(true);
    expect(count!.values).toEqual([3, 2, 4, 1]);
    expect(made.table.rowNumbers).toEqual([2, 5, 7, 11]);
  });

  it('is not made when the text names another column in full', () => {
    expect(
      groupCountTable(csvTable(ROWS), ['Count the rows of each "workshop" and take the mean hours.']),
    ).toBe(undefined);
  });

  it('is not made when no count of rows per group is stated', () => {
    expect(groupCountTable(csvTable(ROWS), ['Take the mean of "hours" over all the rows.'])).toBe(undefined);
  });
});
