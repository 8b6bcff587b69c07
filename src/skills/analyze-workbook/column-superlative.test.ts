import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented prices of three shares over four days: Beta swings most, Alpha least; Gamma is dearest.
const PRICES = `Day,Alpha,Beta,Gamma
1,10,10,50
2,11,20,51
3,10,5,52
4,11,25,53
`;

describe('the column with the highest statistic among those named', () => {
  it('names the column and gives its statistic', () => {
    const answer = ask(PRICES, {
      question:
        'Among the columns Alpha, Beta and Gamma, identify the column with the highest standard deviation and give that standard deviation.',
      format: '@most_volatile[column], @its_std[std] where "std" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ most_volatile: 'Beta', its_std: '9.13' });
  });

  it('reads "which of … has the lowest mean"', () => {
    const answer = ask(PRICES, {
      question: 'Which of the columns Alpha, Beta and Gamma has the lowest mean?',
      format: '@lowest_column[column]',
    });
    expect(answer.slots).toEqual({ lowest_column: 'Alpha' });
  });

  it('refuses two columns tied at the extreme', () => {
    const tied = `Day,Alpha,Beta\n1,1,2\n2,3,2\n`;
    expect(() =>
      ask(tied, {
        question: 'Which of the columns Alpha and Beta has the highest mean?',
        format: '@top[column]',
      }),
    ).toThrow(/share the highest/);
  });
});
