import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented weeks of a ferry ticket kiosk: tickets ordered, seats on offer and staff on duty. The
// expected figures are worked out by hand.
const WEEKS = `Week,Orders,Capacity,Staff
1,140,120,4
2,90,120,3
3,131,130,5
4,100,100,2
5,75,110,3
6,160,150,6
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(WEEKS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Orders above Capacity in weeks 1, 3 and 6 (week 4 is equal): 3 of 6 weeks, staff 4, 5, 6.
describe('a True/False column made by comparing two columns, then its rows', () => {
  const request = {
    question:
      'Create a new column "busy_week" that is True when Orders is greater than Capacity. How many busy weeks are there, what proportion of all weeks are they, and what is the mean Staff in the busy weeks?',
    constraints:
      '{\n"busy_week" is True for the rows where "Orders" is greater than "Capacity" and False otherwise. Count the busy weeks, divide by the number of rows for the proportion, and calculate the mean "Staff" of the busy weeks. Round the proportion and the mean to two decimal places.\n}',
  };
  it('makes the column, counts its rows, takes the share over every week and the mean over its rows', () => {
    expect(
      answer({
        ...request,
        format:
          '{\n@busy_weeks[count]\n@busy_share[proportion]\n@mean_staff_busy[mean]\nwhere "count" is an integer and the others are rounded to two decimal places.\n}',
      }),
    ).toEqual({ busy_weeks: '3', busy_share: '0.50', mean_staff_busy: '5.00' });
  });

  it('answers a slot that does not name the made column over every week', () => {
    expect(
      answer({
        ...request,
        format: '{\n@mean_staff[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ mean_staff: '3.83' });
  });

  it('takes the mean of a made 0/1 column that the text names only as itself', () => {
    // Orders above 120 in weeks 1, 3 and 6: a mean of 3 / 6.
    expect(
      answer({
        question:
          'Create a new feature "Full House" that is 1 when Orders is above 120 and 0 otherwise. What is the mean of this feature?',
        constraints: '{\nRound the mean to two decimal places.\n}',
        format: '{\n@mean_full_house[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ mean_full_house: '0.50' });
  });
});
