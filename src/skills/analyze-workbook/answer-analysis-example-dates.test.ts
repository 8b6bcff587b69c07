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

// Invented kite fairs of a coastal town, their dates written as a month and days.
const FAIRS = `Name,When
"Dune kites","Apr 4–6, Apr 9"
Gull run,Apr 18
"Tide lift","Jun 2–3, Jun 7"
Harbour sky,Apr 25
Salt wind,Sep 12
Pier flyers,Jun 20
`;

describe('a date written as an example', () => {
  const request = (placeholder: string) => ({
    question: 'Extract the month from the When of each fair. Which month has the most fairs, and how many?',
    constraints:
      '{\nThe month of a row is the three-letter month name at the start of "When" (for example "Jun 2–3, Jun 7" is "Jun"). Count the rows of each month and report the month with the most rows and that count.\n}',
    format: `{\n@top_month[month]\n@fairs[count]\nwhere "month" is ${placeholder} and "count" is an integer.\n}`,
  });

  it('is no condition on the rows, and a three-letter month name is written as one', () => {
    expect(answerOver(FAIRS)(request('the three-letter month name as written in "When"'))).toEqual({
      top_month: 'Apr',
      fairs: '3',
    });
  });

  it('still writes a full month name in full', () => {
    expect(answerOver(FAIRS)(request('a full month name'))).toEqual({ top_month: 'April', fairs: '3' });
  });
});
