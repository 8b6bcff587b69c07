import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented rowing league: wins by crew, with a totals row written as a crew.
const LEAGUE = `Crew,Wins,Total
Heron,6,12
Otter,2,5
Pike,1,3
Wren,2,4
Finch,1,4
Teal,1,3
Total,13,31
`;

describe('a slot word naming a value the steps left out', () => {
  it('reads the column, not the group of the left-out row', () => {
    const answer = ask(LEAGUE, {
      question:
        'Leaving out the Total row, what is the mean Wins per crew, and how many crews are IQR outliers in Total?',
      constraints:
        '{\nLeave out the row whose "Crew" is "Total". Calculate the mean of "Wins". Calculate Q1 and Q3 of "Total" (linear interpolation) and IQR = Q3 - Q1; a crew is an outlier when "Total" is below Q1 - 1.5*IQR or above Q3 + 1.5*IQR. Round the mean to two decimal places.\n}',
      format:
        '{\n@mean_wins[mean]\n@total_outliers[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
    });
    // Totals 12, 5, 3, 4, 4, 3: Q1 = 3.25, Q3 = 4.75, so 12 lies above 7.
    expect(answer.slots).toEqual({ mean_wins: '2.17', total_outliers: '1' });
  });
});
