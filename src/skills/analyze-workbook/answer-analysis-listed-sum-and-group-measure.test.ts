import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented college team's seasons under three head coaches.
const SEASONS = `Season,Head Coach,Total Wins,Total Losses,Total Ties
2001,Ann Bell,6,4,0
2002,Ann Bell,8,2,1
2003,Carl Dean,3,7,0
2004,Carl Dean,5,5,2
2005,Eve Ford,9,1,0
`;

const MEAN_FORMAT = (slot: string) => `{\n@${slot}[mean]\nwhere "mean" is rounded to two decimal places.\n}`;

describe('a feature defined after a colon, over a summed list of columns', () => {
  it('makes "Total Wins divided by the sum of Total Wins, Total Losses and Total Ties, times 100"', () => {
    const answer = ask(SEASONS, {
      question:
        'Create a win percentage feature: Total Wins divided by the sum of Total Wins, Total Losses and Total Ties, times 100. What is its mean over the seasons?',
      constraints: '{\nRound to two decimal places.\n}',
      format: MEAN_FORMAT('mean_win_percentage'),
    });
    // pandas: 58.88; the old code made no feature and gave the mean of Total Wins (6.20).
    expect(answer.slots).toEqual({ mean_win_percentage: '58.88' });
  });

  it('refuses a feature defined after a colon in words no step reads, rather than taking a part of it', () => {
    // The old code gave the mean of Total Wins (6.20) here too.
    expect(
      refusalCode(SEASONS, {
        question:
          'Create a win rate feature: Total Wins as a share of all the games played. What is its mean over the seasons?',
        constraints: '{\nRound to two decimal places.\n}',
        format: MEAN_FORMAT('mean_win_rate'),
      }),
    ).toBe('unsupported');
  });
});

describe("the column the constraints sum for each group is the ranking's measure", () => {
  it("ranks the coaches by their summed Total Wins, not by the Season the question's words touch", () => {
    const answer = ask(SEASONS, {
      question: 'Which head coach won the most games in total over his seasons, and how many?',
      constraints:
        '{\nSum "Total Wins" for each "Head Coach" and report the coach with the largest sum and that sum.\n}',
      format:
        '{\n@winningest_coach[name]\n@coach_wins[n]\nwhere "name" is written as in "Head Coach" and "n" is an integer.\n}',
    });
    // Ann Bell: 6 + 8; the old code summed Season (Carl Dean, 4007) and refused "winningest".
    expect(answer.slots).toEqual({ winningest_coach: 'Ann Bell', coach_wins: '14' });
  });
});
