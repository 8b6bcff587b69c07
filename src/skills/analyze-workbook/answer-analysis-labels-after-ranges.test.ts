import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { readRange } from './transform-frame.ts';

const answerOver = (csv: string) => (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Invented daily footfall of a market hall.
const FOOTFALL = `Day,Visitors
1,1200
2,4100
3,2500
4,900
5,4300
6,2999
7,3000
`;

describe('a range "to below" a bound', () => {
  it('leaves the bound out', () => {
    const contains = readRange('from 1,000 to below 3,000')!;
    expect([contains(999), contains(1000), contains(2999), contains(3000)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('labels written after their ranges', () => {
  it('bins the column by each range and counts the rows of the bins asked', () => {
    // quiet: 1200, 900; steady: 2500, 2999; busy: 4100, 4300, 3000.
    expect(
      answerOver(FOOTFALL)({
        question:
          'Label each day as quiet, steady or busy by its visitors. How many days were busy, and how many quiet?',
        constraints:
          '{\nBin "Visitors": below 2,000 is "quiet", from 2,000 to below 3,000 is "steady", 3,000 or more is "busy". Count the days in each of the two bins asked.\n}',
        format: '{\n@busy_days[count]\n@quiet_days[count]\nwhere "count" is an integer.\n}',
      }),
    ).toEqual({ busy_days: '3', quiet_days: '2' });
  });
});
