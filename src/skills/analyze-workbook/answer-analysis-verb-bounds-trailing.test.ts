import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented quiz league's teams: a note column holds the number of heats beside the first row only.
const TEAMS = `Wins,Name,School,NUM HEATS,WEIGHT
5,Ash & Bay,Northgate,5,0.8
4,Cole & Dunn,Northgate,,
4,Eyre & Fox,Westfield,,
3,Gale & Hart,Westfield,,
2,Ives & Jay,Eastbrook,,
1,Kemp & Lowe,Eastbrook,,
0,Moss & Nash,Eastbrook,,
`;

describe('a bound the verb names when the noun names only a note column', () => {
  it('reads "won 4 heats or more" as Wins at least 4', () => {
    const answer = ask(TEAMS, {
      question: 'Count the teams that won 4 heats or more.',
      constraints: '{\nCount the rows.\n}',
      format: '{\n@teams_four_plus[count]\nwhere "count" is an integer.\n}',
    });
    // The old code took "heats" for NUM HEATS, read no bound and refused.
    expect(answer.slots).toEqual({ teams_four_plus: '3' });
  });

  it('reads "won no more than 2 heats" as Wins at most 2', () => {
    const answer = ask(TEAMS, {
      question: 'What is the mean number of wins of the teams that won no more than 2 heats?',
      constraints: '{\nTake the mean of "Wins".\nRound to two decimal places.\n}',
      format: '{\n@low_mean_wins[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // (2 + 1 + 0) / 3.
    expect(answer.slots).toEqual({ low_mean_wins: '1.00' });
  });

  it('leaves the bound unread when the noun names a column every row fills', () => {
    const filled = TEAMS.replace(/,,\n/g, ',4,1\n');
    // Wins and NUM HEATS are both counts of each row: "won 4 heats" may be either.
    expect(
      refusalCode(filled, {
        question: 'Count the teams that won 4 heats or more.',
        constraints: '{\nCount the rows.\n}',
        format: '{\n@teams_four_plus[count]\nwhere "count" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});
