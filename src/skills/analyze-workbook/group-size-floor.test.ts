import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';
import { groupSizeFloor } from './group-size-floor.ts';

// Invented chess teams by club: Alder 4 teams, Birchfield 3, Cowley 5, and two clubs of one team each.
const TEAMS = `Points,Club
5,Alder
4,Alder
4,Alder
3,Alder
2,Birchfield
1,Birchfield
2,Birchfield
3,Cowley
3,Cowley
4,Cowley
5,Cowley
4,Cowley
0,Dunmore
6,Elmstead
`;

describe('the fewest rows a group must hold', () => {
  it("reads the bound stated of the column's groups", () => {
    expect(groupSizeFloor('the clubs that have at least 3 teams', 'Club')).toBe(3);
    expect(groupSizeFloor('Keep the clubs with 4 or more teams.', 'Club')).toBe(4);
  });

  it('reads no bound stated of other rows', () => {
    expect(groupSizeFloor('players with at least 3 wins', 'Club')).toBeUndefined();
  });

  it('runs the ANOVA over the groups that hold enough rows', () => {
    const answer = askCsv(TEAMS, {
      question:
        'Do the mean Points differ between the clubs that have at least 3 teams? Perform a one-way ANOVA.',
      constraints:
        '{\nKeep the clubs with 3 or more teams (rows). Group the rows of those clubs by "Club" and run a one-way ANOVA of "Points" across the groups. If the p-value is less than 0.05, report "significant difference", otherwise "no significant difference".\n}',
      format:
        '{\n@f_statistic[F]\n@p_value[p_value]\n@result[significance]\nwhere "F" is rounded to three decimal places, "p_value" to four decimal places and "significance" is "significant difference" or "no significant difference".\n}',
    });
    expect(answer.slots).toEqual({
      f_statistic: '9.220',
      p_value: '0.0066',
      result: 'significant difference',
    });
  });
});
