import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented laundromat's log, one row a quarter hour: loads washed and dried. The expected
// figures are worked out by hand.
const LOG = `timestamp,loads washed,loads dried
May 02 2031 06:00:00 AM,3,0
May 02 2031 06:15:00 AM,1,1
May 02 2031 06:30:00 AM,4,1
May 02 2031 06:45:00 AM,0,0
May 02 2031 07:00:00 AM,2,2
May 02 2031 07:15:00 AM,5,2
May 02 2031 07:30:00 AM,2,2
May 02 2031 07:45:00 AM,3,0
May 02 2031 08:00:00 AM,1,1
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(LOG, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// 6:30 to 7:30, both ends: five quarter hours, loads washed 4 + 0 + 2 + 5 + 2 = 13.
describe("a total over a span of clock times and the count of the span's rows", () => {
  it('"How many loads were washed …, and how many quarter hours does that span hold?": the sum, then the rows', () => {
    expect(
      answer({
        question:
          'How many loads were washed from 6:30 AM to 7:30 AM, and how many quarter hours does that span hold?',
        constraints:
          '{\nKeep the rows whose "timestamp" is at or after 6:30:00 AM and at or before 7:30:00 AM, both ends included. Sum "loads washed" over them and count them.\n}',
        format: '{\n@loads_washed[total]\n@intervals[count]\nwhere "total" and "count" are integers.\n}',
      }),
    ).toEqual({ loads_washed: '13', intervals: '5' });
  });

  it('a span whose end the plan does not show is still refused', () => {
    expect(
      answer({
        question: 'How many loads were washed from 6:30 AM to 7:30 AM?',
        constraints:
          '{\nKeep the rows whose "timestamp" is at or after 6:30:00 AM and at or before 7:45:00 AM. Sum "loads washed" over them.\n}',
        format: '{\n@loads_washed[total]\nwhere "total" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});
