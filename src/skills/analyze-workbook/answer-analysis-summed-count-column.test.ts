import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented clinic's log: each row a ward and a day, how many visits it had, and whether they were booked.
const CLINIC = `Ward,Day,Visits,Booked
North,Mon,12,True
North,Tue,8,False
South,Mon,30,True
South,Tue,5,True
East,Mon,7,False
East,Tue,18,True
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(CLINIC, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a count of things a column adds up, as the constraints say', () => {
  it('adds up the column for "how many … in total" and takes its share of the column\'s total', () => {
    expect(
      outcome({
        question: 'How many visits in total were booked, and what percentage of all visits is that?',
        constraints:
          'Sum "Visits" over the rows whose "Booked" is True, and divide it by the sum of "Visits" over all rows, times 100.\nRound the percentage to two decimal places.',
        format: '@booked_visits[count]\n@booked_percentage[percentage]',
      }),
    ).toEqual({ booked_visits: '65.00', booked_percentage: '81.25' });
  });
  it('counts the rows when the slot asks for a number of rows', () => {
    expect(
      outcome({
        question: 'How many rows in total are booked?',
        constraints: 'Count the rows whose "Booked" is True.',
        format: '@number_of_rows[count]',
      }),
    ).toEqual({ number_of_rows: '4' });
  });
});
