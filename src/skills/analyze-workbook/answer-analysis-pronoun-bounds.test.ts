import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented tide gauge: each day's depth and the depth a day before, in metres.
const TIDES = `Stamp,Depth,Before
1,38,36
2,41,38
3,44,41
4,39,44
5,47,39
6,42,47
`;

describe('a bound stated on "it" in a later clause', () => {
  it('reads the bound on the one column the question named before', () => {
    const answer = ask(TIDES, {
      question: 'What is the mean Depth, and in how many rows was it above 40?',
      format:
        '@mean_depth[mean], @deep_rows[count] where "mean" is rounded to two decimal places and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ mean_depth: '41.83', deep_rows: '4' });
  });

  it('reads it on the one column a step made, in percent', () => {
    const answer = ask(TIDES, {
      question:
        'Create a rise feature as the percentage change from Before to Depth. What is its maximum, and in how many rows did it rise above 5 percent?',
      constraints:
        'Rise = ("Depth" - "Before") / "Before" * 100 for each row. Round the maximum to two decimal places.',
      format:
        '@max_rise[max], @big_rise_rows[count] where "max" is rounded to two decimal places and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ max_rise: '20.51', big_rise_rows: '4' });
  });

  it('leaves the bound unread when the question named two columns before it', () => {
    expect(
      refusalCode(TIDES, {
        question: 'What are the means of Depth and Before, and in how many rows was it above 40?',
        format:
          '@mean_depth[mean], @mean_before[mean], @deep_rows[count] where "mean" is rounded to two decimal places and "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
