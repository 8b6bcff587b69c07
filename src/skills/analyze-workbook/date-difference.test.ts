import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented choir's concerts, not in date order.
const CONCERTS = `Concert,Date
Spring,12 March 2021
Harvest,2 October 2021
Summer,20 June 2021
Winter,14 December 2021
`;

describe('gaps between consecutive dates, as the text words them', () => {
  it('reads "days between consecutive concerts" and "each gap is a date minus the date before it"', () => {
    const answer = ask(CONCERTS, {
      question: 'What is the mean number of days between consecutive concerts?',
      constraints:
        'Parse Date as dates and sort them; each gap is a date minus the date before it in days. Round to two decimal places.',
      format: '@mean_gap_days[mean] where "mean" is rounded to two decimal places.',
    });
    // 100, 104 and 73 days: 277 / 3.
    expect(answer.slots.mean_gap_days).toBe('92.33');
  });
});
