import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented closing prices of a small fund over five trading days.
const FUND = `Date,Close
2022-03-01,50
2022-03-02,55
2022-03-03,44
2022-03-04,49.5
2022-03-07,49.5
`;

const CONSTRAINTS =
  '{\nThe daily return is the percentage change of "Close" from the previous row (pandas pct_change times 100), with the rows in the order of the file.\nRound to two decimal places.\n}';

describe('the biggest one-day gain of a daily return a step made, and its date', () => {
  it('reads "gain" as the highest return and gives the date of that row', () => {
    const answer = ask(FUND, {
      question:
        'Work out the daily return of the fund. What was the biggest one-day gain, and on which date did it happen?',
      constraints: CONSTRAINTS,
      format:
        '{\n@biggest_daily_gain[pct]\n@gain_date[date]\nwhere "pct" is rounded to two decimal places and "date" is written as in the "Date" column.\n}',
    });
    expect(answer.slots).toEqual({ biggest_daily_gain: '12.50', gain_date: '2022-03-04' });
  });

  it('still refuses "@mean_gain": a mean of the returns is no gain', () => {
    expect(
      refusal(FUND, {
        question: 'Work out the daily return of the fund. What is the mean gain?',
        constraints: CONSTRAINTS,
        format: '{\n@mean_gain[pct]\nwhere "pct" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
