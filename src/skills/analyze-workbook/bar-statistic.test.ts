import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of hill heights: mean 500, four hills above it (mean of those 650).
const HILLS = `Name,Height\nAsh,200\nBeck,300\nCrag,350\nDale,400\nFell,600\nGill,650\nHowe,700\nKnott,650\n`;
const table = headerRowTable(csvToWorkbook(HILLS, 'invented').sheets[0]!)!;

describe('a slot asking for the statistic a condition compares with', () => {
  it('"the mean height, and how many are taller than this mean": the mean over every row', () => {
    const answer = answerAnalysis(table, {
      question: 'What is the mean height of the hills, and how many hills are taller than this mean?',
      constraints: 'Count the hills whose height is strictly greater than the mean.',
      format: '@mean_height[mean], @taller_than_mean[count] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_height: '481.25', taller_than_mean: '4' });
  });
  it('"the mean height of the hills taller than the mean height": the mean over the rows kept', () => {
    const answer = answerAnalysis(table, {
      question: 'What is the mean height of the hills that are taller than the mean height?',
      format: '@mean_height[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_height: '650.00' });
  });
  it('a column named in CJK compared with its own mean ("a 95年6月 above the column mean")', () => {
    const months = headerRowTable(
      csvToWorkbook('名稱,95年6月\nA,10\nB,20\nC,30\nD,40\nE,100\n', 'invented').sheets[0]!,
    )!;
    const answer = answerAnalysis(months, {
      question: 'How many rows have a 95年6月 above the column mean?',
      constraints: 'Count the rows strictly above the mean.',
      format: '@above_mean[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ above_mean: '1' });
  });
});
