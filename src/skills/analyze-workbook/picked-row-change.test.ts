import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented closing prices of an index and a share, one trading day a row.
const CLOSES = `Date,Index,Share
2031-03-01,1000,50
2031-03-02,1010,52
2031-03-03,1030,51
2031-03-04,1020,55
`;
const outcome = (request: AnalysisRequest, csv = CLOSES) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const question =
  'Find the date of the highest Index close, then the percentage change in the Share from its close on the previous day to its close on that date.';

describe('the percentage change into the row a superlative picks', () => {
  it('is taken from the row before, in table order', () => {
    // The Index peaks on 2031-03-03; the Share went 52 → 51: −1.92%.
    expect(
      outcome({
        question,
        format:
          '@max_index_date[date], @share_percentage_change[change] where "change" is rounded to two decimal places.',
      }),
    ).toEqual({ max_index_date: '2031-03-03', share_percentage_change: '-1.92' });
  });
  it('is refused when the picked row is the first', () => {
    const falling = CLOSES.replace('2031-03-01,1000,50', '2031-03-01,2000,50');
    expect(
      outcome(
        { question, format: '@share_percentage_change[change] rounded to two decimal places.' },
        falling,
      ),
    ).toBe('unsupported');
  });
});
