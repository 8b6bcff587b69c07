import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented ferry lines of a lake district: some have no remarks, some no recorded origin story.
const LINES = `Line,Pier,Remarks,Origin
F1,Ostby,,Started as a mail boat
F2,Ostby,Summer only,
F3,Varn,,
F4,Varn,Calls at Isle Pell on request,Replaced the old F9
F5,Lunde,,Added after the bridge closed
F6,Lunde,Weekdays only,
F7,Ostby,,Merged with F8
F8,Varn,Night crossings,
`;
const table = () => headerRowTable(csvToWorkbook(LINES, 'invented').sheets[0]!)!;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(table(), request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a missing-cell condition stated in one clause', () => {
  it('keeps the rows of its own clause only: the other clause counts over every row', () => {
    // Remarks missing: F1, F3, F5, F7 (4 of 8, 50%). Origin missing over all rows: F2, F3, F6, F8 (4);
    // over the rows with no Remarks alone it would be 1.
    expect(
      answer({
        question: 'What percentage of the lines have no Remarks, and how many rows have an empty Origin?',
        constraints:
          '{\nAn empty cell is a missing value. Calculate the share of rows whose "Remarks" is missing as a percentage of all the rows, and count the rows whose "Origin" is missing.\nRound the percentage to two decimal places.\n}',
        format:
          '{\n@no_remarks_percentage[percentage]\n@missing_origin[count]\nwhere "percentage" is rounded to two decimal places and "count" is an integer.\n}',
      }),
    ).toEqual({ no_remarks_percentage: '50.00', missing_origin: '4' });
  });

  it('is not read on top of a step that kept the known cells of the same column, which would leave no row', () => {
    // "no Remarks listed" (4 rows) and "have remarks" (4 of 8): kept together no row is left, and a
    // share of 0 would be said with confidence.
    const got = answer({
      question: 'How many lines have no Remarks listed, and what percentage of the lines have remarks?',
      constraints:
        '{\nAn empty "Remarks" cell is a missing value. Count the rows whose "Remarks" is missing, and calculate the share of rows whose "Remarks" is not missing as a percentage of all the rows.\nRound the percentage to two decimal places.\n}',
      format:
        '{\n@missing_remarks[count]\n@remarks_percentage[percentage]\nwhere "count" is an integer and "percentage" is rounded to two decimal places.\n}',
    });
    expect(got === 'unsupported' || (typeof got === 'object' && got.remarks_percentage === '50.00')).toBe(
      true,
    );
    if (typeof got === 'object') expect(got.missing_remarks).toBe('4');
  });
});
