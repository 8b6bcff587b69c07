import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented finishing times of ten runners; two ages were not written down and both were slow.
const RUNNERS = `Runner,Age,Time
A,20,30
B,,95
C,31,32
D,45,35
E,,90
F,28,31
G,39,33
H,50,60
I,23,29
J,35,34
`;

describe('rows dropped on missing cells before a column is turned into z-scores', () => {
  it('scales with the statistics of the rows kept and scales only the column the scaling clause names', () => {
    const answer = ask(RUNNERS, {
      question:
        'Drop the runners whose age is unknown, then standardize "Time". How many of the remaining runners have a standardized time above 1?',
      constraints: '{\nUse the mean and the sample standard deviation of the remaining runners.\n}',
      format: '{\n@slow_runners[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ slow_runners: '1' });
  });

  it('reads "convert "Time" to z-scores" and "a time z-score above 1" as that scaled column', () => {
    const answer = ask(RUNNERS, {
      question:
        'Discard the runners whose age is missing, then convert "Time" to z-scores. How many of the remaining runners have a time z-score above 1?',
      constraints:
        '{\nThe z-score uses the mean and the sample standard deviation (ddof=1) of the remaining runners.\n}',
      format: '{\n@slow_runners[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ slow_runners: '1' });
  });

  it('still reads z-scores that only pick outliers to remove as no new values of the column', () => {
    const answer = ask(RUNNERS, {
      question:
        'Convert the times to z-scores and remove the runners whose absolute z-score exceeds 1.5 as outliers. What is the mean time of the remaining runners?',
      constraints: '{\nUse the mean and the sample standard deviation of all runners.\n}',
      format: '{\n@mean_time_without_outliers[m]\nwhere "m" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_time_without_outliers: '35.50' });
  });
});
