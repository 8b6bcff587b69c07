import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented laps of a velodrome's club night, in seconds; "DNF" where a rider did not finish. The
// expected figures are worked out by hand.
const LAPS = `Rider,Club,Time
Quill,North,51.90
Varga,East,52.50
Osei,North,53.10
Lindqvist,West,54.00
Marlow,East,DNF
Pereira,West,52.05
Tamm,North,55.25
Roux,East,53.95
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(LAPS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Below 52.50: 51.90, 52.05. From 52.50 to under 54.00: 52.50, 53.10, 53.95. 54.00 or more: 54.00, 55.25.
describe('slots that name a range by the numbers the text writes', () => {
  it('"@under_52_50", "@from_52_50_to_54_00", "@from_54_00": the rows of each range', () => {
    expect(
      answer({
        question:
          'Sort the lap times into three ranges: under 52.50 seconds, from 52.50 to under 54.00 seconds, and 54.00 seconds or more. How many laps fall in each range?',
        constraints:
          '{\nUse only the rows whose "Time" is a number ("DNF" is left out). Put each time in one of three ranges: below 52.50, at least 52.50 and below 54.00, and 54.00 or more. Count the rows of each range.\n}',
        format:
          '{\n@under_52_50[count]\n@from_52_50_to_54_00[count]\n@from_54_00[count]\nwhere "count" is an integer.\n}',
      }),
    ).toEqual({ under_52_50: '2', from_52_50_to_54_00: '3', from_54_00: '2' });
  });

  it('leaves a range closed at both ends unread when the text does not say which end it leaves out', () => {
    expect(
      answer({
        question: 'How many laps took from 52.50 to 54.00 seconds?',
        constraints: '{\nUse only the rows whose "Time" is a number.\n}',
        format: '{\n@from_52_50_to_54_00[count]\nwhere "count" is an integer.\n}',
      }),
    ).not.toEqual({ from_52_50_to_54_00: '3' });
  });
});
