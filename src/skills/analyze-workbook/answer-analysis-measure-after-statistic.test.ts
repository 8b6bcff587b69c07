import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented bakery's shifts: loaves sold, the mean number of ovens lit, and two years of output.
const BAKERY = `Shift,Loaves Sold,Avg. Ovens Lit,Units 2030,Units 2031,Total Units 2031
S1,0,0.0,120,130,2.5
S2,4,1.5,640,600,3.1
S3,7,2.5,880,900,4.4
S4,0,0.5,90,80,1.2
S5,3,1.0,710,690,2.8
S6,9,3.5,1020,1100,5.0
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(BAKERY, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the column a statistic is taken of, when a condition on another column comes first', () => {
  it('is the column named right after "the mean of"', () => {
    expect(
      outcome({
        question:
          'Looking only at the shifts where more than 2 loaves were sold, what is the mean of avg. ovens lit?',
        constraints: 'Keep the rows whose Loaves Sold is greater than 2.',
        format: '@mean_lit[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_lit: '2.12' });
  });
  it('is the column that ends "the average rate in …", and "Total" opening its name is no sum', () => {
    expect(
      outcome({
        question:
          'Among the shifts whose Units 2030 is above 500, what is the average rate in Total Units 2031?',
        format: '@mean_2031[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_2031: '3.83' });
  });
});
