import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented league ladder: each club's draws, with a note in one cell and a dash where none was kept.
const LADDER = `club,draws,place
Alder,1,3
Birch,0,—
Cedar,2,1
Dogwood,"4 in league
2 in cup",2
Elm,—,Withdrew
Fir,1,4
`;

describe('cells that are not numbers, said to be missing', () => {
  it('reads them as missing in the column the question names', () => {
    const answer = ask(LADDER, {
      question: 'Calculate the mean of the "draws" column.',
      constraints:
        'Values that are not numbers (such as "—") are missing values; ignore them when calculating the mean. Round to two decimal places.',
      format: '@mean_draws[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_draws: '1.00' });
  });
  it('reads them as missing in the column the clause names, and counts them', () => {
    const answer = ask(LADDER, {
      question: 'How many clubs have a missing place, and what is the median place of the others?',
      constraints:
        'A "place" that is not a number is a missing value. Count the rows with a missing "place" and calculate the median of the others.',
      format:
        '@missing_place[count] @median_place[median] where "count" is an integer and "median" has one decimal place.',
    });
    expect(answer.slots).toEqual({ missing_place: '2', median_place: '2.5' });
  });
  it('still refuses a figure it cannot read when the text says nothing of it', () => {
    expect(
      refusalCode(LADDER, {
        question: 'Calculate the mean of the "draws" column.',
        constraints: 'Round to two decimal places.',
        format: '@mean_draws[mean] where "mean" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});
