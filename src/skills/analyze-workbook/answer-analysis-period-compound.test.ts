import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { withPeriodCompoundsAsAdjectives } from './normalize-text.ts';

// Invented closing prices of a small cider maker's shares over eight days.
// Changes from one day to the next: +10, −20, +25, −4, +5, −10, +2 percent.
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

// The same prices counted in weeks.
const WEEKLY = PRICES.replace('Day,Close', 'Week,Close');

const FORMAT =
  '{\n@change_std[sd]\n@sharp_fall_days[n]\nwhere "sd" is rounded to two decimal places and "n" is an integer.\n}';

describe('a reduplicated period compound', () => {
  it('reads "day-to-day" as "daily", not as a mention of the Day column', () => {
    const answer = ask(PRICES, {
      question:
        'Work out the day-to-day percentage change of Close. Report the standard deviation of those changes and the number of days on which the close dropped by more than 5 percent.',
      constraints:
        '{\nDay-to-day change = (Close - previous Close) / previous Close * 100; the first day has none.\nUse the sample standard deviation, rounded to two decimal places.\n}',
      format: FORMAT,
    });
    // The standard deviation of the seven changes, not of the days 1 to 8 (2.45).
    expect(answer.slots).toEqual({ change_std: '14.50', sharp_fall_days: '2' });
  });

  it('reads "week-on-week" as "weekly" over a Week column', () => {
    const answer = ask(WEEKLY, {
      question:
        'Work out the week-on-week percentage change of Close. Report the standard deviation of the week-on-week changes and the number of weeks on which the close dropped by more than 5 percent.',
      constraints:
        '{\nWeekly change = (Close - previous Close) / previous Close * 100; the first week has none.\nUse the sample standard deviation, rounded to two decimal places.\n}',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ change_std: '14.50', sharp_fall_days: '2' });
  });
});

describe('withPeriodCompoundsAsAdjectives', () => {
  it('writes each period compound as its adjective', () => {
    expect(withPeriodCompoundsAsAdjectives('the day-over-day and month to month moves')).toBe(
      'the daily and monthly moves',
    );
    expect(withPeriodCompoundsAsAdjectives('Year-on-year growth; quarter over quarter sales')).toBe(
      'Yearly growth; quarterly sales',
    );
  });

  it('leaves "from day to day", a column named with the compound, and unmatched periods alone', () => {
    expect(withPeriodCompoundsAsAdjectives('it moves from day to day')).toBe('it moves from day to day');
    expect(withPeriodCompoundsAsAdjectives('the mean Day-to-day Swing', ['Day-to-day Swing'])).toBe(
      'the mean Day-to-day Swing',
    );
    expect(withPeriodCompoundsAsAdjectives('from day to week')).toBe('from day to week');
  });
});
