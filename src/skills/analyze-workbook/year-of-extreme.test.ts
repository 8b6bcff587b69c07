import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented college's share of graduates by field and year.
const FIELDS = `Year,Computer Science,Fine Arts
2001,20.5,60
2002,31.2,58
2003,27.9,61
`;

describe('the year a measure named before the superlative is highest', () => {
  it('reads "In which year was Computer Science highest?"', () => {
    const answer = ask(FIELDS, {
      question: 'In which year was Computer Science highest?',
      format: '@year[year]',
    });
    expect(answer.slots).toEqual({ year: '2002' });
  });

  it('reads "when did … peak" and a slot naming the column by its initials', () => {
    const answer = ask(FIELDS, {
      question: 'In which year did Fine Arts peak?',
      format: '@fa_peak_year[year] where "year" is an integer.',
    });
    expect(answer.slots).toEqual({ fa_peak_year: '2003' });
  });

  it('gives the year of the date where a measure peaks, in a table of dated rows', () => {
    const prices = `Date,Price\n2019-12-30,5\n2020-06-01,9\n2021-01-04,7\n`;
    const answer = ask(prices, {
      question: 'Find the year in which Price reached its highest value.',
      format: '@peak_year[year] where "year" is an integer.',
    });
    expect(answer.slots).toEqual({ peak_year: '2020' });
  });
});
