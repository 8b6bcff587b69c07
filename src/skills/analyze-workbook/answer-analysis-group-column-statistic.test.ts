import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

const answerOver = (csv: string) => (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Invented lighthouse repairs, dated by month and year.
const REPAIRS = `Light,Repaired
North Cape,March 2031
Gannet Rock,June 2033
Seal Point,August 2033
Heron Isle,May 2034
Fog Reef,July 2033
Kelp Bay,April 2036
`;

describe('a statistic of the column the groups are made of', () => {
  it('is the statistic of that column, beside the busiest group', () => {
    // Years 2031, 2033 (three), 2034, 2036: busiest 2033; mean (2031+2033*3+2034+2036)/6 = 2033.33.
    expect(
      answerOver(REPAIRS)({
        question:
          'Extract the year from Repaired. In which year were the most lights repaired, and what is the mean year?',
        constraints:
          '{\nThe year of a row is the four-digit year in "Repaired". Count the rows of each year and report the year with the most rows, and calculate the mean year over all the rows.\nRound the mean to two decimal places.\n}',
        format:
          '{\n@busiest_year[year]\n@mean_year[mean]\nwhere "year" is an integer and "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ busiest_year: '2033', mean_year: '2033.33' });
  });
});
