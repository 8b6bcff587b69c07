import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented share's trading days: Volume ranks the days 03-02, 03-04, 03-01, 03-03.
const DAYS = `Date,Open,Close,Volume
2021-03-01,10,11,500
2021-03-02,11,12.5,900
2021-03-03,12,11.5,100
2021-03-04,11.5,13,700
`;

describe('one measure on the row another measure ranks', () => {
  it('reads the Close of the day with the highest Volume, not the highest Close', () => {
    const answer = ask(DAYS, {
      question: 'What was the Close on the day with the highest Volume?',
      format: '@close_price[price] where "price" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ close_price: '12.50' });
  });

  it('reads the row at a stated place from the lowest end', () => {
    const answer = ask(DAYS, {
      question: 'What was the Open on the day with the second lowest Volume?',
      format: '@open_price[price]',
    });
    expect(answer.slots).toEqual({ open_price: '10' });
  });

  it('takes the order from a ranking sentence and the place from "ranked third"', () => {
    const answer = ask(DAYS, {
      question: 'Rank the days by Volume from highest to lowest. What was the Close on the day ranked third?',
      format: '@third_close[price] where "price" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ third_close: '11.00' });
  });

  it('refuses a place two rows tie at', () => {
    const tied = `Day,Price,Volume\nMon,5,300\nTue,6,300\nWed,7,100\n`;
    expect(() =>
      ask(tied, {
        question: 'What was the Price on the day with the highest Volume?',
        format: '@price[price]',
      }),
    ).toThrow(/tie/);
  });
});
