import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented chess club evenings: the evening's number, its result and the players who came.
const EVENINGS = `Evening,Result,Players
1,W 3–1,20
2,L 1–4,35
3,W 2–0,18
4,L 0–2,41
5,W 5–3,26
6,L 2–3,30
`;

describe('a correlation side naming a figure of each row', () => {
  it('correlates "the total points of an evening", the figure the constraints define, not the Evening column', () => {
    // Totals 4, 5, 2, 2, 8, 5 against players 20, 35, 18, 41, 26, 30: r = -0.057.
    const answer = ask(EVENINGS, {
      question: 'Calculate the Pearson correlation between the total points of an evening and its Players.',
      constraints: 'The total points of an evening are the sum of the two numbers in "Result".',
      format: '@correlation_coefficient[r_value] where "r_value" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ correlation_coefficient: '-0.06' });
  });

  it('refuses a figure of each row the text names but never defines', () => {
    expect(() =>
      ask(EVENINGS, {
        question: 'Calculate the Pearson correlation between the total points of an evening and its Players.',
        constraints: 'Use all the rows.',
        format: '@correlation_coefficient[r_value] where "r_value" is rounded to two decimal places.',
      }),
    ).toThrow(/figure of each row/);
  });

  it('still correlates a column named with "of each" after it', () => {
    const answer = ask(EVENINGS, {
      question: 'Calculate the Pearson correlation between the Players of each evening and Evening.',
      constraints: 'Use all the rows.',
      format: '@correlation_coefficient[r_value] where "r_value" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ correlation_coefficient: '0.28' });
  });
});
