import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented hockey fixtures of a village league, the score written with an en dash, one with shoot-outs.
const FIXTURES = `Date,Ground,Score
2031-04-02,Mere Park,3–1
2031-04-09,Holm Lane,2–2 (4–3 so)
2031-04-16,Mere Park,0–1
2031-04-23,Mere Park,4–2
2031-04-30,Holm Lane,postponed
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(FIXTURES, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a column made as one figure over the two numbers of a dashed score', () => {
  it('makes "the sum of the two figures of Score", a note after the pair dropped and other cells missing', () => {
    // Totals 4, 4, 1, 6 (the postponed match has none): mean 3.75.
    expect(
      answer({
        question:
          'Create a new column "total_goals" as the sum of the two figures of Score. What is the mean of total_goals?',
        constraints:
          '{\n"total_goals" is the sum of the two figures of Score; leave out the rows whose Score is not written that way.\nRound the mean to two decimal places.\n}',
        format: '{\n@mean_total_goals[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ mean_total_goals: '3.75' });
  });

  it('makes "the difference of the two numbers" as the first minus the second', () => {
    // Margins 2, 0, -1, 2: mean 0.75.
    expect(
      answer({
        question: 'What is the mean margin of the fixtures?',
        constraints:
          '{\n"margin" is the difference of the two numbers in Score.\nRound to two decimal places.\n}',
        format: '{\n@mean_margin[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ mean_margin: '0.75' });
  });
});

// Invented netball results: a result code, then the two sides' goals with an en dash.
const RESULTS = `Round,Result,Crowd
1,W 31–24,"1,200"
2,L 18–27,"950"
3,W 40–22,"1,480"
4,L 25–26,"1,010"
5,W 33–30,"1,320"
`;

describe('a figure of each row, named unquoted, over a score after a result code', () => {
  it('makes "the total goals of a game are the sum of the two numbers in Result" and correlates it', () => {
    // Totals 55, 45, 62, 51, 63 against crowds 1200, 950, 1480, 1010, 1320.
    let slots: Record<string, string> | string;
    try {
      slots = answerAnalysis(headerRowTable(csvToWorkbook(RESULTS, 'invented').sheets[0]!)!, {
        question: 'Is there a correlation between the total goals of a game and its Crowd?',
        constraints:
          'The total goals of a game are the sum of the two numbers in "Result" (for example "W 10–8" is 18). Read "Crowd" as a number without the thousands separators. Calculate the Pearson correlation coefficient. Round it to two decimal places.',
        format: '@correlation_coefficient[r_value] where "r_value" is rounded to two decimal places.',
      }).slots;
    } catch (thrown) {
      slots = toAppError(thrown).code;
    }
    expect(slots).toEqual({ correlation_coefficient: '0.94' });
  });
});
