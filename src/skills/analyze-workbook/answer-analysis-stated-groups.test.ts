import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented visits to a library, each logged with the shift it fell in.
const VISITS = `Ref,Shift,Minutes
1,Morning,20
2,Morning,35
3,Evening,15
4,Night,10
5,Morning,25
6,Evening,40
7,Night,5
8,Morning,30
`;

describe('groups the constraints name by a quoted column', () => {
  it('ranks the groups of the quoted column when the question calls them by its own word', () => {
    const answer = ask(VISITS, {
      question: 'Which part of the day had the most logged visits, and how many visits were logged in it?',
      constraints: '{\nCount the rows of each value of "Shift"; every row is one visit.\n}',
      format: '{\n@busiest_part[part]\n@visits_in_part[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ busiest_part: 'Morning', visits_in_part: '4' });
  });

  it('still refuses when the constraints group by two quoted columns', () => {
    expect(
      refusal(VISITS, {
        question: 'Which part of the day had the most logged visits?',
        constraints: '{\nCount the rows of each "Shift" and of each "Minutes".\n}',
        format: '{\n@busiest_part[part]\n}',
      }),
    ).toBe('unsupported');
  });
});
