import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented farms and their yields in two years.
const FARMS = `Farm,Net Yield,Gross Yield
Ashby,12,20
Brook,45,60
Coldwell,38,52
Dale,61,70
Eastfield,40,48
Fenwick,29,41
`;
const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a bound on a column named with its last word in the plural', () => {
  it('"how many of the net yields are 40 or more" keeps the rows by Net Yield', () => {
    expect(
      answer(FARMS, {
        question: 'How many of the net yields are 40 or more?',
        constraints: '',
        format: '@high_yield_farms[count] where "count" is an integer.',
      }),
    ).toEqual({ high_yield_farms: '3' });
  });

  it('"the gross yields were under 50" keeps the rows by Gross Yield', () => {
    expect(
      answer(FARMS, {
        question: 'On how many farms the gross yields were under 50?',
        constraints: '',
        format: '@low_yield_farms[count] where "count" is an integer.',
      }),
    ).toEqual({ low_yield_farms: '3' });
  });
});
