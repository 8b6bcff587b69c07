import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented readings of a tide gauge: the day's peak and base level, and two monthly counts of boats.
const TIDES = `Day,Peak,Base,Boats Jan.2021,Boats Jan.2022
Mon,5.5,1.5,10,14
Tue,6.0,2.5,12,11
Wed,4.5,1.0,8,13
Thu,7.0,3.0,20,26
`;

describe('a quantity defined for each row by a formula', () => {
  it('makes "The swing of a day is "Peak" - "Base"" as a column named swing', () => {
    const answer = ask(TIDES, {
      question: 'How big is the daily swing between the peak and the base? Give its median.',
      constraints: '{\nThe swing of a day is "Peak" - "Base".\nRound the median to two decimal places.\n}',
      format: '{\n@median_swing[m]\nwhere "m" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ median_swing: '3.75' });
  });

  it('reads a formula over columns whose names hold a point ("Jan.2022")', () => {
    const answer = ask(TIDES, {
      question: 'By how much did the boat count move from January 2021 to January 2022, on average?',
      constraints:
        '{\nThe change is "Boats Jan.2022" - "Boats Jan.2021"; rows missing either value are left out.\nRound to two decimal places.\n}',
      format: '{\n@mean_change[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_change: '3.50' });
  });
});
