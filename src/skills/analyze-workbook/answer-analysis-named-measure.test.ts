import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented tables; every expected figure below is worked out by hand.
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (csv: string, request: AnalysisRequest) => answerAnalysis(tableOf(csv), request);
const refusal = (csv: string, request: AnalysisRequest) => {
  try {
    return `answered ${JSON.stringify(ask(csv, request).slots)}`;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

// Visitors written with notes the engine cannot read as numbers; Season is a numeric column.
const MUSEUM = `Season,Visitors,Guides
2001,12 450 (est.),4
2002,9980 approx,5
2003,about 15002,3
2004,none,6
`;

describe('the column a statistic is named for', () => {
  it('refuses when the named column holds figures it cannot read, rather than using another column', () => {
    for (const [question, format] of [
      ['What is the mean number of Visitors per season?', '@mean_visitors[value]'],
      ['What is the sum of the Visitors over all seasons?', '@visitors_total[value]'],
      ['What is the mean of the Visitors?', '@mean[value]'],
    ] as const)
      expect(refusal(MUSEUM, { question, format })).toMatch(/^unsupported: .*names Visitors/);
    // A readable measure named next to it is still answered: (4 + 5 + 3 + 6) / 4.
    expect(
      ask(MUSEUM, {
        question: 'What is the mean number of Guides per season?',
        format: '@mean_guides[value]',
      }).slots.mean_guides,
    ).toBe('4.50');
  });
});
