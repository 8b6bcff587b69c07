import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented readings of a reservoir gauge, one row per day.
const GAUGE = `Date,Level
2031-03-01,10
2031-03-02,12
2031-03-03,14
2031-03-04,11
2031-03-05,17
2031-03-06,20
`;

describe('a rolling figure read on the day the question names', () => {
  it('reads the moving average on the named day when the question itself asks for the window', () => {
    const answer = ask(GAUGE, {
      question: 'What was the 3-day moving average of the level on 2031-03-05?',
      constraints:
        'Compute the moving average of "Level" over a window of 3 days (rows), ending on the day itself. Round to two decimal places.',
      format: '@moving_average[value] where "value" is rounded to two decimal places.',
    });
    // (14 + 11 + 17) / 3 = 14.
    expect(answer.slots).toEqual({ moving_average: '14.00' });
  });
});
