import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented legs of a darts league: the tally of each leg ("+" marks a bonus leg) and the darts thrown,
// most of them not recorded. The expected figures are scipy.stats.linregress's over the five recorded legs.
const LEGS = `Leg,Tally,Darts
L1,87,n/r
L2,112+,21
L3,64,n/r
L4,95,18
L5,140+,27
L6,58,n/r
L7,103,24
L8,71,n/r
L9,126+,n/r
L10,82,15
L11,99,n/r
L12,117,n/r
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(LEGS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const request = (constraints: string): AnalysisRequest => ({
  question: 'How do the points of a leg grow with the darts thrown? Fit a linear regression.',
  constraints,
  format: '{\n@slope[b]\n@intercept[a]\nwhere "b" is rounded to four decimal places and "a" to two.\n}',
});

describe('a noun the constraints define as a column, and a mark they say was not recorded', () => {
  it('\'the points are the number in "Tally"\' and \'"n/r" means not recorded\' give the fit over the recorded legs', () => {
    expect(
      answer(
        request(
          '{\nThe points of a leg are the number in "Tally", without its "+". Only the legs whose "Darts" is a number count ("n/r" means not recorded). Fit points = slope * Darts + intercept.\n}',
        ),
      ),
    ).toEqual({ slope: '4.1333', intercept: '19.60' });
  });

  it('\'"n/r" means not recorded\' alone makes a column of mostly such marks a column of numbers', () => {
    expect(
      answerAnalysis(headerRowTable(csvToWorkbook(LEGS, 'invented').sheets[0]!)!, {
        question: 'What is the mean number of Darts thrown in a leg?',
        constraints: '{\nA "n/r" means not recorded.\nRound to two decimal places.\n}',
        format: '{\n@mean_darts[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ mean_darts: '21.00' });
  });

  it('without the definition, the noun names no column and the fit is refused', () => {
    expect(
      answer(
        request(
          '{\nOnly the legs whose "Darts" is a number count ("n/r" means not recorded). Fit points = slope * Darts + intercept.\n}',
        ),
      ),
    ).toBe('unsupported');
  });
});
