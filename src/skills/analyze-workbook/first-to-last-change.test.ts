import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented index written newest first, as price exports often are.
const NEWEST_FIRST = `Date,Level,Share
2021-03-04,120,40
2021-03-03,110,38
2021-03-02,105,35
2021-03-01,100,30
`;

describe('change from the first to the last period', () => {
  it('orders the rows by their dates, not by the table, for "from the first day to the last"', () => {
    const answer = ask(NEWEST_FIRST, {
      question: 'What is the percentage change of Level from the first day to the last day?',
      format: '@level_change_pct[pct] where "pct" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ level_change_pct: '20.00' });
  });

  it('reads "percentage points" as a difference of the two shares, not a percentage change', () => {
    const answer = ask(NEWEST_FIRST, {
      question:
        'By how many percentage points did Share change from the first date in the data to the last date?',
      format: '@share_change[points] where "points" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ share_change: '10.00' });
  });
});
