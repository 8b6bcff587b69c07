import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented market stalls: their sales and opening hours, "shut" written for most of the hours.
const MARKED = `Stall,Region,Sales,Hours
Amberly,North,410,6
Brisk,South,380,shut
Cotter,North,520,8
Dunmore,South,295,shut
Elsin,East,610,10
Farrow,South,450,5
Gilder,East,330,shut
Hobbs,North,275,shut
Ivel,East,505,7
Jessop,South,360,shut
Kell,North,440,shut
`;
const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const RATE_FORMAT =
  '{\n@region[name]\n@mean_sales_rate[mean]\nwhere "name" is a Region and "mean" is rounded to two decimal places.\n}';

describe('a column of numbers with one mark for the rest, and a formula over it', () => {
  it('"keep the rows whose Hours is a number" keeps them though "shut" fills most cells', () => {
    expect(
      answer(MARKED, {
        question: 'How many hours did a stall open on average?',
        constraints: '{\nUse only the rows whose "Hours" is a number and take the mean of "Hours".\n}',
        format: '{\n@mean_hours[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ mean_hours: '7.20' });
  });

  it('a quoted formula over that column is made once the rows are kept', () => {
    expect(
      answer(MARKED, {
        question: 'Which region has the highest mean sales_rate, and what is it?',
        constraints:
          '{\nUse only the rows whose "Hours" is a number. "sales_rate" = Sales / "Hours" * 100. Take the mean sales_rate of each "Region".\n}',
        format: RATE_FORMAT,
      }),
    ).toEqual({ region: 'South', mean_sales_rate: '9000.00' });
  });
});
