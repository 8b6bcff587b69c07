import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented survey with one column per month and year.
const SURVEY = `Sector,Jun.2021,Jun.2022
Farming,10,12
Mining,20,18
Retail,30,35
Transport,,5
`;

describe('columns named by a month and a year', () => {
  it('reads "the median of Jun.2022" as the column, not as a month condition', () => {
    const answer = ask(SURVEY, {
      question: 'What is the median of Jun.2022?',
      format: '@median_jun_2022[median] where "median" is rounded to one decimal place.',
    });
    expect(answer.slots).toEqual({ median_jun_2022: '15.0' });
  });

  it('compares two such columns row by row, with or without the dot', () => {
    for (const question of [
      'In how many rows is Jun.2022 greater than Jun.2021?',
      'In how many rows is Jun 2022 greater than Jun 2021?',
    ])
      expect(ask(SURVEY, { question, format: '@count[count]' }).slots).toEqual({ count: '2' });
  });

  it('refuses a comparison of the two columns it does not read ("exceed", "go up from … to")', () => {
    for (const question of [
      'In how many rows does Jun.2022 exceed Jun.2021?',
      'In how many rows did the figure go up from Jun.2021 to Jun.2022?',
    ])
      expect(() => ask(SURVEY, { question, format: '@count[count]' })).toThrow(/did not carry out/);
  });
});
