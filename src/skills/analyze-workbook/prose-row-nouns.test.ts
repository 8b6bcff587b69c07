import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented striker's seasons, and an invented share's days.
const SEASONS = `Season,Apps,Goals\n2001,10,2\n2002,12,\n2003,8,3\n`;
const DAYS = `Date,Open,Close,Volume\n2021-03-01,10,11,500\n2021-03-02,11,10,900\n2021-03-03,10,12,100\n`;

describe('slot words the question gives to the rows and the columns', () => {
  it('reads "over the whole career" as every row, for @careerGoals', () => {
    const answer = ask(SEASONS, {
      question: 'What is the total number of Goals over the whole career?',
      format: '@careerGoals[total]',
    });
    expect(answer.slots).toEqual({ careerGoals: '5.00' });
  });

  it('reads "observations" for the missing cells counted', () => {
    const answer = ask(SEASONS, {
      question: 'How many observations of Goals are missing?',
      format: '@missing_obs[count]',
    });
    expect(answer.slots).toEqual({ missing_obs: '1' });
  });

  it('reads "the days on which" as the rows a condition kept, for @avg_volume_up_days', () => {
    const answer = ask(DAYS, {
      question: 'Considering only the days on which Close is greater than Open, what is the average Volume?',
      format: '@avg_volume_up_days[volume] where "volume" is rounded to the nearest whole number.',
    });
    expect(answer.slots).toEqual({ avg_volume_up_days: '300' });
  });

  it('refuses a weekday or a quarter of the year no step picked rows by', () => {
    for (const question of [
      'What is the average Volume on Mondays?',
      'What is the average Volume during the first quarter of 2021?',
    ])
      expect(() => ask(DAYS, { question, format: '@avg_volume[mean]' })).toThrow(/did not carry out/);
  });
});
