import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented kilns of a pottery and their firings; the expected figures are worked out by hand.
const KILNS = `Kiln,Firings,Fuel
Bracken,14,310
Corrow,22,455
Dunmere,9,240
Elsby,31,520
Farrow,25,480
Gilt,6,205
Harlow,18,390
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(KILNS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a keep clause followed by its next step after a bare comma', () => {
  it('"Keep the rows whose X is at least N, take the mean of Y and count the rows" keeps, then averages', () => {
    // Firings 22, 31, 25, 18 → Fuel 455, 520, 480, 390: mean 461.25 over 4 kilns.
    expect(
      answer({
        question:
          'What is the mean fuel of the kilns with 15 or more firings, and how many such kilns are there?',
        constraints:
          '{\nKeep the rows whose "Firings" is greater than or equal to 15, take the mean of "Fuel" and count the rows.\nRound the mean to two decimal places.\n}',
        format:
          '{\n@mean_fuel[mean]\n@kilns[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
      }),
    ).toEqual({ mean_fuel: '461.25', kilns: '4' });
  });
});
