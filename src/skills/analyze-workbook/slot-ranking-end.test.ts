import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';
import { slotRankingEnd } from './slot-ranking-end.ts';

// Invented takings of a market stall: 2041 the best year on average, 2043 the worst.
const TAKINGS = `Date,Takings
2041-03-01,90
2041-07-01,110
2042-03-01,70
2042-07-01,80
2043-03-01,40
2043-07-01,60
`;

describe('the end of a ranking a slot names', () => {
  it('reads one end from the slot name when the question asks for it', () => {
    expect(
      slotRankingEnd('lowest_takings_year', 'Which year has the highest mean and which the lowest?'),
    ).toBe('low');
    expect(
      slotRankingEnd('highest_takings_year', 'Which year has the highest mean and which the lowest?'),
    ).toBe('high');
  });

  it('leaves the end to the question when the slot names none, or one the question does not ask', () => {
    expect(slotRankingEnd('takings_year', 'Which year has the lowest mean?')).toBeUndefined();
    expect(slotRankingEnd('max_year', 'Which year has the lowest mean?')).toBeUndefined();
  });

  it('answers the highest and the lowest year of one question, each slot its own end', () => {
    const answer = askCsv(TAKINGS, {
      question: 'Which year has the highest mean Takings and which year the lowest?',
      constraints:
        '{\nTake the year from "Date", group the rows by year and calculate the mean "Takings" of each year. Report the year with the largest mean and the year with the smallest mean.\n}',
      format:
        '{\n@highest_takings_year[year]\n@lowest_takings_year[year]\nwhere "year" is a four-digit integer.\n}',
    });
    expect(answer.slots).toEqual({ highest_takings_year: '2041', lowest_takings_year: '2043' });
  });
});
