import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented table; every expected figure below is worked out by hand.
const STALLS = `Stall,Town,Stars,High,Low,Sales,Renewed
Ash,Leeds,5,12,4,100,1
Birch,Leeds,5,15,5,300,0
Cedar,York,5,9,3,250,1
Dill,York,3,20,8,,1
Elm,Leeds,4,11,6,120,0
Fig,Hull,5,14,9,90,1
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(STALLS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

describe('steps the question states', () => {
  it('refuses arithmetic between two columns that no step carried out', () => {
    expect(
      answer({
        question: 'What is the mean spread (High minus Low) of the stalls?',
        format: '@mean_value[mean]',
      }),
    ).toMatch(/^unsupported: .*"High minus Low"/);
  });

  it('does not read "1.5 times the average Sales" as the number 1.5', () => {
    expect(
      answer({
        question: 'How many stalls had Sales greater than 1.5 times the average Sales?',
        format: '@count[count]',
      }),
    ).toMatch(/^unsupported: /);
  });

  it('applies a flag joined to a comparison by "and"', () => {
    // Sales above 100: Birch (0), Cedar (1), Elm (0); of these Cedar renewed.
    expect(
      answer({ question: 'How many stalls had Sales above 100 and renewed?', format: '@count[count]' }),
    ).toEqual({ count: '1' });
  });

  it('ranks groups by the rows a stated condition kept, not by the condition column', () => {
    // Five-star stalls: Leeds 2, York 1, Hull 1.
    expect(
      answer({ question: 'Which Town has the most stalls with a Stars of 5?', format: '@town[town]' }),
    ).toEqual({ town: 'Leeds' });
  });

  it('keeps the rows "with a Sales value" as the base of a share', () => {
    // Sales present: Ash 1, Birch 0, Cedar 1, Elm 0, Fig 1 → 3 of 5 renewed.
    expect(
      answer({
        question: 'What percentage of stalls with a Sales value renewed?',
        format: '@pct[percentage] rounded to two decimal places.',
      }),
    ).toEqual({ pct: '60.00' });
  });

  it('reads "ratio" in a slot as the share of missing cells', () => {
    expect(
      answer({
        question: 'What proportion of the Sales values are missing?',
        format: '@missing_sales_ratio[ratio] rounded to four decimal places.',
      }),
    ).toEqual({ missing_sales_ratio: '0.1667' });
  });
});
