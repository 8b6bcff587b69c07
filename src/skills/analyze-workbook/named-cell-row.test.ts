import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { namedCellRow } from './named-cell-row.ts';

// An invented table of peaks: heights 100 to 500, mean 300, population sd √20000.
const PEAKS = `Peak,Range,Height\nTor,East,100\nPike,East,200\nLaw,West,300\nBen Ard,West,400\nHigh Fell,West,500\n`;
const table = headerRowTable(csvToWorkbook(PEAKS, 'invented').sheets[0]!)!;

describe('the row a question names by a whole cell', () => {
  it('finds "Ben Ard\'s height", never a part of a cell or a column\'s word', () => {
    const frame = createFrame(table);
    const rows = frame.rows;
    expect(namedCellRow(frame, "What is Ben Ard's height?", rows)?.row).toBe(3);
    expect(namedCellRow(frame, 'What is the height of Ard?', rows)).toBe(undefined);
    expect(namedCellRow(frame, 'Which Range is highest?', rows)).toBe(undefined);
    expect(namedCellRow(frame, 'Is Tor lower than Law?', rows)).toBe(undefined);
  });
  it("the z-score of High Fell's height against every peak", () => {
    const answer = answerAnalysis(table, {
      question: "What is the z-score of High Fell's height?",
      constraints:
        'Use the population standard deviation (ddof=0) over all the peaks. Round to four decimal places.',
      format: '@high_fell_z[z] where "z" is rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ high_fell_z: (200 / Math.sqrt(20000)).toFixed(4) });
  });
  it('the rank of a peak the question names without quotes', () => {
    const answer = answerAnalysis(table, {
      question: 'What rank does Law have by Height?',
      constraints: 'Rank the peaks by Height, the largest first (rank 1).',
      format: '@peak_rank[rank] where "rank" is an integer.',
    });
    expect(answer.slots).toEqual({ peak_rank: '3' });
  });
});
