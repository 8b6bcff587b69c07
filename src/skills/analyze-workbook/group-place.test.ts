import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of shop takings: totals North 300, South 450, East 200, West 380;
// means North 150, South 150, East 200, West 190.
const SHOPS = `Shop,Region,Takings\nS1,North,100\nS2,North,200\nS3,South,250\nS4,South,200\nS5,South,0\nS6,East,200\nS7,West,180\nS8,West,200\n`;
const table = headerRowTable(csvToWorkbook(SHOPS, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table, request);

describe('the group at a ranked place', () => {
  it('"Which region is ranked second?" by total Takings: the name and its total', () => {
    const answer = ask({
      question: 'Rank the regions by their combined Takings. Which region is ranked second?',
      format:
        '@second_region[region_name], @second_total[total] where "region_name" is a value of the Region column and "total" is an integer.',
    });
    expect(answer.slots).toEqual({ second_region: 'West', second_total: '380' });
  });
  it('ascending order turns the ranking round', () => {
    const answer = ask({
      question: 'Sort the regions by total Takings in ascending order. Which region comes second?',
      format: '@region[name]',
    });
    expect(answer.slots).toEqual({ region: 'North' });
  });
  it('a place whose score two groups share is refused', () => {
    const request = {
      question: 'Rank the regions by their average Takings. Which region is ranked third?',
      format: '@region[name]',
    };
    let code = 'answered';
    try {
      ask(request);
    } catch (thrown) {
      code = toAppError(thrown).code;
    }
    expect(code).toBe('unsupported');
  });
});
