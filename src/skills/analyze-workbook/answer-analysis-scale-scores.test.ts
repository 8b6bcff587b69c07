import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { scaleScoreReader } from './scale-scores.ts';

// Invented tea tastings: a panel score out of 5, and the day of each tasting written month/day.
const TASTINGS = `tea,panel,day
Ashwood,4.5/5,3/12
Brookleaf,3/5,4/2
Cinderhill,2.5/5,4/19
Dewmoor,4/5,5/7
Emberfold,N/A,6/1
`;

describe('scores written out of a fixed scale', () => {
  it('reads each score as the number before the slash', () => {
    const answer = ask(TASTINGS, {
      question: 'Calculate the mean and standard deviation of the panel score.',
      constraints:
        'The "panel" score is written out of 5 (for example "3.5/5" is 3.5); "N/A" is a missing value. Use the sample standard deviation. Round both to two decimal places.',
      format: '@mean_panel[mean] @std_panel[std] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_panel: '3.50', std_panel: '0.91' });
  });
  it('keeps dates and fractions over varying scales as text', () => {
    expect(scaleScoreReader(['3/12', '4/2', '4/19', '5/7'])).toBeUndefined();
    expect(scaleScoreReader(['1/3', '2/7', '5/9'])).toBeUndefined();
    expect(scaleScoreReader(['12/10', '7/10', '8/10'])).toBeUndefined();
    expect(scaleScoreReader(['7/10', '8.5/10', '6/10'])?.('8.5/10')).toBe(8.5);
  });
  it('still refuses a mean of a column of dates', () => {
    expect(
      refusalCode(TASTINGS, {
        question: 'Calculate the mean of the day column.',
        constraints: 'Round to two decimal places.',
        format: '@mean_day[mean] where "mean" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});
