import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented pub quiz league: one row per week, with the team's result.
const QUIZ = `Week,Result,Points
W1,Won,8
W2,Lost,5
W3,Won,9
W4,Drawn,6
W5,Won,7
W6,Lost,4
W7,Won,10
`;

describe('a running count of the rows holding one value', () => {
  it('reads the running count on the row the question names, and leaves the other slot every row', () => {
    const answer = ask(QUIZ, {
      question:
        'Create a new column "wins_so_far" with the running count of the weeks whose Result is "Won". What is its value in week W5, and which Result is the most common?',
      constraints:
        '"wins_so_far" is the cumulative count, in table order, of the rows whose "Result" is "Won", counting the row itself. Report its value in the row whose "Week" is "W5". Count the rows of each "Result" value and report the value with the most rows.',
      format: '@wins_so_far[count], @most_common_result[result] where "count" is an integer.',
    });
    // Won in W1, W3 and W5: 3 by W5. Won 4 times, Lost twice, Drawn once.
    expect(answer.slots).toEqual({ wins_so_far: '3', most_common_result: 'Won' });
  });

  it('makes nothing for a value the column does not hold', () => {
    const code = refusalCode(QUIZ, {
      question:
        'Create a new column "draws_so_far" with the running count of the weeks whose Result is "Tied". What is its value in week W5?',
      constraints: 'Report its value in the row whose "Week" is "W5".',
      format: '@draws_so_far[count] where "count" is an integer.',
    });
    expect(code).toBe('unsupported');
  });
});
