import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented fixture: a fund's closing price, with days the price was not published.
const PRICES = `Date,Close
2031-04-01,100
2031-04-02,
2031-04-03,110
2031-04-04,121
2031-04-05,
2031-04-06,133.1
`;
const table = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;

describe('rows "with no" value of a column, left out before a change from row to row', () => {
  it('takes each change from the previous day that has a price', () => {
    // Prices kept: 100, 110, 121, 133.1; each change is +10%, so the mean change is 10.
    const answer = answerAnalysis(table(PRICES), {
      question: 'What is the mean daily percentage change of Close?',
      constraints:
        '{\nLeave out the days with no Close price, then take the percentage change of Close from the previous row.\nRound to two decimal places.\n}',
      format: '{\n@mean_change[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots.mean_change).toBe('10.00');
    expect(answer.planText).toContain('rows with a missing Close dropped (4 left)');
  });
});

// Invented fixture: a river's largest floods and its usual flow, on a line whose label holds a slash.
const FLOWS = `Rank,Date,Peak Flow m3/s
1,March 1911,950
2,May 1954,800
3,June 1987,750
,Usual / Avg flow,25
`;

describe('a ratio no step divided', () => {
  it('is refused rather than answered with one figure', () => {
    let code = 'answered';
    try {
      answerAnalysis(table(FLOWS), {
        question: 'How many times the usual flow was the peak flow of the largest flood on record?',
        constraints:
          '{\nThe row whose "Date" is "Usual / Avg flow" gives the usual flow; every other row is a ranked flood. Divide the largest "Peak Flow m3/s" of the floods by the "Peak Flow m3/s" of the usual-flow row.\nRound to two decimal places.\n}',
        format: '{\n@flow_ratio[ratio]\nwhere "ratio" is rounded to two decimal places.\n}',
      });
    } catch (thrown) {
      code = (thrown as { code?: string }).code ?? 'error';
    }
    expect(code).toBe('unsupported');
  });
});
