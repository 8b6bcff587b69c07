import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented orchard's pickers: the crates each picked, the hours worked and the season.
const PICKERS = `Picker,Season,Crates,Hours
Ana,2041,14,30
Bo,2041,22,41
Cy,2042,9,25
Di,2042,31,50
Ed,2042,18,38
Fa,2042,27,44
Gu,2041,22,35
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(PICKERS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the N rows with the largest figure of a column', () => {
  it('keeps those rows, after the other conditions, before the statistic', () => {
    expect(
      outcome({
        question: 'What were the mean hours of the two busiest pickers of 2042?',
        constraints:
          'Keep the rows of Season 2042, take the two rows with the largest Crates, and average their Hours.',
        format: '@mean_hours[mean] where "mean" is rounded to one decimal place.',
      }),
    ).toEqual({ mean_hours: '47.0' });
  });
  it('keeps the smallest ones when asked', () => {
    expect(
      outcome({
        question: 'How many hours did the pickers with the fewest crates work on average?',
        constraints: 'Take the three rows with the smallest Crates and average their Hours.',
        format: '@mean_hours[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_hours: '31.00' });
  });
  it('is refused when the cut falls inside a tie', () => {
    expect(
      outcome({
        question: 'What is the mean Hours of the three rows with the highest Crates?',
        format: '@mean_hours[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});
