import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented market index by trading day, with the day's traded volume beside it.
const MARKET = `Date,Volume,Index
2021-03-01,900,10
2021-03-02,100,30
2021-03-03,500,20
`;

describe('the measure a superlative names a few words after it', () => {
  it('ranks by the column after "the highest closing level of the", not by another the question names', () => {
    // Volume peaks on 03-01, the Index on 03-02.
    const answer = ask(MARKET, {
      question: 'What is the mean Volume, and which date has the highest closing level of the Index?',
      format: '@mean_volume[mean], @peak_date[date]',
    });
    expect(answer.slots).toEqual({ mean_volume: '500.00', peak_date: '2021-03-02' });
  });
});
