import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented weekly sales of a bakery, written as full dates.
const ONE_YEAR = `Week ending,Sales
"January 7, 2031",120
"January 14, 2031",80
"February 4, 2031",300
"February 11, 2031",260
"March 4, 2031",150
`;

const TWO_YEARS = `Week ending,Sales
"January 7, 2031",120
"February 4, 2031",300
"January 6, 2032",500
"February 3, 2032",90
`;

const ASK = {
  question: 'Which month has the highest total Sales, and what is that total?',
  constraints:
    'Parse "Week ending" as a date and take its month. Group the weeks by month, sum "Sales" in each group and report the month with the largest sum, as its number (1 to 12), and the sum.',
  format:
    '@top_month[month] @month_total[total] where "month" is an integer from 1 to 12 and "total" is an integer.',
};

describe('a peak month asked for as its number', () => {
  it('writes the month of one year as its number from 1 to 12', () => {
    expect(ask(ONE_YEAR, ASK).slots).toEqual({ top_month: '2', month_total: '560' });
  });

  it('refuses when the dates span several years, since a calendar month is no month of the year', () => {
    expect(() => ask(TWO_YEARS, ASK)).toThrow(/span 2 years/);
  });
});
