import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { describedPairColumn } from './described-pairs.ts';

// Invented quiz nights: rounds won by each side, and the points of each side, both written with a dash.
const QUIZ = `night,rounds,points
Mon,3–1,41–30
Tue,2–2,35–35
Wed,0–4,22–40
Thu,4–0,44–18
Fri,1–3,29–33
`;

describe('figures over the column the text describes as two numbers and a dash', () => {
  it('takes "the first number minus the second" from the described column', () => {
    const answer = ask(QUIZ, {
      question: 'Create a new column "gap" from the points column. What is the mean gap?',
      constraints:
        '"points" is written as the points of the home side, a dash and the points of the away side (for example "30–25"). "gap" is the first number minus the second. Round the mean to two decimal places.',
      format: '@mean_gap[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_gap: '3.00' });
  });
  it('takes one side and the sum from it too', () => {
    const answer = ask(QUIZ, {
      question: 'What are the mean home rounds and the mean rounds played?',
      constraints:
        '"rounds" is written as the rounds won by the home side, a dash and those won by the away side. "home_rounds" is the number before the dash and "played" is the sum of the two numbers. Round both to two decimal places.',
      format: '@mean_home_rounds[mean] @mean_played[mean] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_home_rounds: '2.00', mean_played: '4.00' });
  });
  it('reads the figure written with symbols, and counts the rows past a bound on it', () => {
    const answer = ask(QUIZ, {
      question: 'What is the average gap, and on how many nights was the gap more than 5?',
      constraints:
        'A "points" cell is written as two numbers joined by a dash. Gap = first number - second number. Round the mean to two decimal places.',
      format:
        '@mean_gap[mean] @nights_gap_over_5[count] where "mean" has two decimal places and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ mean_gap: '3.00', nights_gap_over_5: '2' });
  });
  it('names no column when the text describes two of them', () => {
    const frame = createFrame(csvTable(QUIZ));
    expect(
      describedPairColumn(
        frame,
        '"points" is written as home points, a dash and away points. "rounds" is written as home rounds, a dash and away rounds.',
      ),
    ).toBeUndefined();
    expect(describedPairColumn(frame, '"points" is written as home points, a dash and away points.')).toBe(
      'points',
    );
  });
});
