import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented quiz league's rounds.
const ROUNDS = `round,home_pts,away_pts
1,10,4
2,3,3
3,25,2
4,7,9
5,30,1
6,12,11
`;

describe('a quantity defined by arithmetic in words', () => {
  it('makes "Total points is home_pts plus away_pts" and bins it by the stated labels', () => {
    const answer = ask(ROUNDS, {
      question: "How many rounds fall in the 'lopsided' bin of total points?",
      constraints:
        "Total points is home_pts plus away_pts. Bin it: 'close' is 0 to 15 points and 'lopsided' 16 or more.",
      format: '@rounds[count] where "count" is an integer.',
    });
    // Totals 14, 6, 27, 16, 31, 23: four of 16 or more.
    expect(answer.slots.rounds).toBe('4');
    expect(answer.planText).toContain('Total points = home_pts + away_pts');
  });
  it('reads "of a round" and "are" in the definition, and minus', () => {
    const answer = ask(ROUNDS, {
      question: 'What is the mean lead of the home side?',
      constraints: 'The home leads of a round are home_pts minus away_pts. Round to two decimal places.',
      format: '@mean_home_lead[mean] where "mean" is rounded to two decimal places.',
    });
    // 6 + 0 + 23 − 2 + 29 + 1 = 57; 57 / 6 = 9.5.
    expect(answer.slots.mean_home_lead).toBe('9.50');
  });
});
