import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented list of bakery shops: the branch each belongs to and its weekly sales.
const SHOPS = `shop,branch,sales
Elm,East,120
Oak,West,300
Ash,East,90
Fir,North,150
Yew,West,80
Bay,East,100
Ivy,North,40
`;

describe("the best group's row count, pointed back to", () => {
  it('counts the rows of the group with the highest total', () => {
    const answer = ask(SHOPS, {
      question: 'Which branch has the highest total sales, and how many shops does it have?',
      constraints:
        '{\nGroup the shops by "branch" and sum "sales" in each group.\nReport the branch with the highest total and its number of shops.\n}',
      format: '{\n@top_branch[branch]\n@shops[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_branch: 'West', shops: '2' });
  });
  it('keeps the count of every row when nothing points back', () => {
    const answer = ask(SHOPS, {
      question: 'Which branch has the highest total sales? How many shops are listed?',
      constraints: '{\nGroup the shops by "branch" and sum "sales" in each group. Count all the shops.\n}',
      format: '{\n@top_branch[branch]\n@shops[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_branch: 'West', shops: '7' });
  });
});
