import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented closing prices of a small co-op's shares over eight days.
// Daily changes: +10, −20, +25, −4, +5, −10, +2 percent.
const PRICES = `Day,Close
1,100
2,110
3,88
4,110
5,105.6
6,110.88
7,99.792
8,101.78784
`;

const CHANGE = '{\nDaily change = (Close - previous Close) / previous Close * 100; the first day has none.\n';

describe('a count of the days a made change moved by a stated amount', () => {
  it('reads "dropped by more than 5 percent" as a change below −5, for the count alone', () => {
    const answer = ask(PRICES, {
      question:
        'Work out the daily percentage change of Close. Report the standard deviation of the daily changes and the number of days on which the close dropped by more than 5 percent.',
      constraints: `${CHANGE}Use the sample standard deviation, rounded to two decimal places.\n}`,
      format:
        '{\n@change_std[sd]\n@sharp_fall_days[n]\nwhere "sd" is rounded to two decimal places and "n" is an integer.\n}',
    });
    // −20 and −10 drop by more than 5; the standard deviation is of all seven changes.
    expect(answer.slots.sharp_fall_days).toBe('2');
    expect(answer.slots.change_std).toBe('14.50');
  });

  it('reads "climbed by at least 10 percent" as a change of 10 or more', () => {
    const answer = ask(PRICES, {
      question:
        'Work out the daily percentage change of Close. On how many days did the close climb by at least 10 percent?',
      constraints: `${CHANGE}}`,
      format: '{\n@rise_days[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ rise_days: '2' });
  });
});

describe('a made change whose source the question names by its own word', () => {
  it('reads "the day-to-day percentage change in the closing level" as the change of Close', () => {
    const answer = ask(PRICES, {
      question:
        'Find the day-to-day percentage change in the closing level. On how many days did the level rise by more than 8 percent, and what was the biggest daily change?',
      constraints: `${CHANGE}A rise of more than 8 percent is a change above 8.\nRound the biggest change to two decimal places.\n}`,
      format:
        '{\n@rise_days[n]\n@biggest_daily_change[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
    });
    // +10 and +25 rise by more than 8; the biggest change is +25, not the largest Close (110.88).
    expect(answer.slots).toEqual({ rise_days: '2', biggest_daily_change: '25.00' });
  });
});
