import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented season of a five-a-side team: each game's result as "ours–theirs", and where it was played.
const GAMES = `game,ground,result
1,H,3–1
2,A,0–2
3,H,2–2
4,A,4–0
5,H,1–3
`;

describe('one side of "the dash" with no column named after it', () => {
  it('reads the one column of dashed pairs the table has', () => {
    const answer = ask(GAMES, {
      question: 'Create a new column "scored" from the result and calculate its mean for home games.',
      constraints:
        'The "result" is written as goals scored, a dash and goals let in. "scored" is the number before the dash. Calculate the mean of "scored" for the rows whose "ground" is "H", rounded to two decimal places.',
      format: '@home_scored[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ home_scored: '2.00' });
  });
  it('reads nothing when two columns hold dashed pairs', () => {
    const twice = `game,first_half,result\n1,1–0,3–1\n2,0–1,0–2\n3,1–1,2–2\n`;
    expect(
      refusalCode(twice, {
        question: 'Create a new column "scored". What is its mean?',
        constraints: '"scored" is the number before the dash. Round the mean to two decimal places.',
        format: '@mean_scored[mean] where "mean" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});
