import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented daily takings of a market stall over three months.
const TAKINGS = `Date,Takings
2023-01-05,100
2023-01-20,140
2023-02-03,200
2023-02-17,260
2023-03-09,150
2023-03-30,90
`;

describe('the month where a monthly average peaks, and the average there', () => {
  it('answers the month slot with the month and "@best_month_average_takings[avg]" with the figure', () => {
    const answer = ask(TAKINGS, {
      question: 'Which calendar month had the highest average takings, and what was it?',
      constraints:
        '{\nGroup the days by year and month of "Date" and average "Takings" within each month.\n}',
      format:
        '{\n@best_month[month]\n@best_month_average_takings[avg]\nwhere "month" is written as YYYY-MM and "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ best_month: '2023-02', best_month_average_takings: '230.00' });
  });
});
