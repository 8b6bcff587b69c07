import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented hill-climb runs: the start's clock time, the course length and the run's own time.
const RUNS = `Time,Course,Length,Time
09:10,North,2.0 km,2:00.0
09:40,East,3.0 km,3:05.0
10:05,South,4.0 km,3:58.0
10:30,West,5.0 km,5:10.0
11:00,Ridge,6.0 km,6:02.0
`;

describe('words naming a header the table repeats', () => {
  it('reads "the time" as the repeated column the text quotes by its pandas name', () => {
    const answer = ask(RUNS, {
      question: 'Fit a linear regression of the run time in seconds on the Length.',
      constraints:
        '"Time.1" is the run time written as minutes:seconds. Read "Length" as kilometres. Use "Length" as the independent variable and the time in seconds as the dependent variable.',
      format: '@slope[slope_value] where "slope_value" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ slope: '60.90' });
  });

  it('refuses when the text does not say which of the two it means', () => {
    expect(() =>
      ask(RUNS, {
        question: 'Fit a linear regression of the time in seconds on the Length.',
        constraints:
          'Use "Length" as the independent variable and the time in seconds as the dependent variable.',
        format: '@slope[slope_value] where "slope_value" is rounded to two decimal places.',
      }),
    ).toThrow(/share a header/);
  });
});
