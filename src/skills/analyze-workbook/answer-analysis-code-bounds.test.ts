import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented results of a quiz team, one row a week.
const QUIZ = `Week,Result,Points
1,W,30
2,L,22
3,W,35
4,W,28
5,L,19
6,W,31
`;

describe('a numbered column after bound words', () => {
  it('reads "up to and including Week 4" as Week ≤ 4, not Week 4 alone', () => {
    const answer = ask(QUIZ, {
      question: 'How many quizzes had the team won up to and including Week 4?',
      constraints: 'A quiz is a win when "Result" is "W".',
      format: '@wins[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ wins: '3' });
  });

  it('reads "after Week 4" as Week > 4', () => {
    const answer = ask(QUIZ, {
      question: 'What is the total of Points after Week 4?',
      format: '@points[sum] where "sum" is an integer.',
    });
    expect(answer.slots).toEqual({ points: '50' });
  });

  it('still reads a bare "in Week 4" as that one week', () => {
    const answer = ask(QUIZ, {
      question: 'What were the Points in Week 4?',
      format: '@points[sum] where "sum" is an integer.',
    });
    expect(answer.slots).toEqual({ points: '28' });
  });
});
