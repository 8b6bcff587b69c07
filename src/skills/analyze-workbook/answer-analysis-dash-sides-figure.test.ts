import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented season of a quiz team: each night's score as "ours–theirs" and the crowd.
const NIGHTS = `night,score,crowd
1,3–1,120
2,0–2,80
3,2–2,95
4,5–0,150
5,1–4,60
`;

describe('a figure over both sides of a dash, stated without a split', () => {
  it('takes the number before the dash minus the number after it', () => {
    const answer = ask(NIGHTS, {
      question: 'What is the mean margin of a night?',
      constraints:
        'The margin is the number before the dash in "score" minus the number after it. Calculate the mean margin, rounded to two decimal places.',
      format: '@mean_margin[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_margin: '0.40' });
  });
  it('does not read one side alone when the text combines it with another figure', () => {
    expect(
      refusalCode(NIGHTS, {
        question: 'Create a new column "margin" from score. What is the mean margin?',
        constraints:
          'The margin is the number before the dash in "score" times the crowd. Calculate the mean margin, rounded to two decimal places.',
        format: '@mean_margin[mean] where "mean" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});
