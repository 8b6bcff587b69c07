import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented lacrosse results: a result code, then the winner's goals first, an en dash and the loser's.
const WINNER_FIRST = `Round,Opponent,Result
1,Harbour,W 14–9
2,at Quarry,L 12–7
3,Fenwick,W 11–10
4,at Dale,L 15–13
5,Pinewood,W 9–4
`;
// The same games written with the side's own goals first.
const OWN_FIRST = `Round,Opponent,Result
1,Harbour,W 14–9
2,at Quarry,L 7–12
3,Fenwick,W 11–10
4,at Dale,L 13–15
5,Pinewood,W 9–4
`;
const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the sides of a score written after a result code', () => {
  it("takes the side's goals by the code: the first number in a win, the second in a loss", () => {
    // Own goals 14, 7, 11, 13, 9: mean 10.8.
    expect(
      answer(WINNER_FIRST, {
        question: "What is the mean of the team's goals per game?",
        constraints:
          '"Result" is "W" or "L" followed by the winner\'s goals, a dash and the loser\'s goals. The team\'s goals are the first number in a win and the second number in a loss; the opponent\'s goals are the other number. Round the mean to two decimal places.',
        format: '@mean_team_goals[mean] where the value is rounded to two decimal places.',
      }),
    ).toEqual({ mean_team_goals: '10.80' });
  });

  it("reads the other side's goals as the other number", () => {
    // Opponent goals 9, 12, 10, 15, 4: sum 50.
    expect(
      answer(WINNER_FIRST, {
        question: "What is the total of the opponent's goals?",
        constraints:
          '"Result" is "W" or "L" followed by the winner\'s goals, a dash and the loser\'s goals. The team\'s goals are the first number in a win and the second in a loss; the opponent\'s goals are the other number.',
        format: '@total_opponent_goals[sum] where the value is an integer.',
      }),
    ).toEqual({ total_opponent_goals: '50' });
  });

  it('names the two numbers in the order the text gives them', () => {
    // Own goals 14, 7, 11, 13, 9 (mean 10.8); the opponent's 9, 12, 10, 15, 4 (mean 10).
    expect(
      answer(OWN_FIRST, {
        question: "What is the mean of the team's goals, and the mean of the opponent's goals?",
        constraints:
          '"Result" is "W" or "L" followed by the team\'s goals, a dash and the opponent\'s goals (for example "L 3–5"). Round both means to two decimal places.',
        format:
          '@mean_team_goals[mean] @mean_opponent_goals[mean] where both are rounded to two decimal places.',
      }),
    ).toEqual({ mean_team_goals: '10.80', mean_opponent_goals: '10.00' });
  });

  it('refuses when a result word sits in one clause of several over those figures', () => {
    expect(
      answer(WINNER_FIRST, {
        question: 'How many goals did the team score in all, and what was its largest winning margin?',
        constraints:
          '"Result" is "W" or "L" followed by the winner\'s goals, a dash and the loser\'s goals. The team\'s goals are the first number in a win and the second in a loss. Sum the team\'s goals over the games.',
        format: '@total_goals[sum] @largest_margin[margin] where both values are integers.',
      }),
    ).toBe('unsupported');
  });
});
