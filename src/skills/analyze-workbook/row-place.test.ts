import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of kiosks: Sales 410, 380, 520, 300, 380; Visits all different.
const KIOSKS = `Kiosk,Sales,Visits\nK1,410,40\nK2,380,35\nK3,520,60\nK4,300,20\nK5,380,30\n`;
const table = headerRowTable(csvToWorkbook(KIOSKS, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table, request);
const outcome = (request: AnalysisRequest) => {
  try {
    return ask(request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the row at a ranked place', () => {
  it('"the second highest Sales value" and the kiosk holding it', () => {
    expect(
      outcome({ question: 'What is the second highest Sales value?', format: '@second_sales[value]' }),
    ).toEqual({
      second_sales: '410',
    });
    expect(
      outcome({ question: 'Which kiosk has the second highest Sales?', format: '@kiosk[name]' }),
    ).toEqual({
      kiosk: 'K1',
    });
    expect(outcome({ question: 'Which kiosk has the third lowest Visits?', format: '@kiosk[name]' })).toEqual(
      {
        kiosk: 'K2',
      },
    );
  });
  it('a place whose value is tied with its neighbour is refused', () => {
    expect(
      outcome({ question: 'What is the third highest Sales value?', format: '@third_sales[value]' }),
    ).toBe('unsupported');
  });
  it('"the highest and the second highest Visits": each slot its own place', () => {
    expect(
      outcome({
        question: 'What are the highest and the second highest Visits?',
        format: '@highest_visits[value], @second_highest_visits[value] where each is an integer.',
      }),
    ).toEqual({ highest_visits: '60', second_highest_visits: '40' });
  });
});
