import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented fixtures; the expected figures are worked out by hand.
const TIDES = `Rank,Date,Height at Pier m,Height at Pier ft
1,March 1901,6.10,20.0
2,June 1933,5.80,19.0
3,April 1968,5.50,18.0
4,May 1990,5.20,17.4
,Typical spring tide,3.00,9.8
`;
const table = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;

describe('a line named by its quoted label that is no data row', () => {
  it('leaves the labelled line out and takes the column the constraints quote in full', () => {
    // Feet over the four ranked tides: 20.0, 19.0, 18.0, 17.4, mean 18.6; the typical line is no tide.
    const answer = answerAnalysis(table(TIDES), {
      question: 'What is the mean tide height in feet at the pier?',
      constraints:
        '{\nUse "Height at Pier ft" over the ranked tides; the "Typical spring tide" row is no record.\n}',
      format: '{\n@mean_height_ft[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots.mean_height_ft).toBe('18.60');
    expect(answer.planText).toContain('the row labelled "Typical spring tide" left out');
  });
  it('keeps every row when the quoted label is no cell of the table', () => {
    const answer = answerAnalysis(table(TIDES), {
      question: 'What is the mean tide height in feet at the pier?',
      constraints: '{\nUse "Height at Pier ft"; the "Neap tide" row is no record.\n}',
      format: '{\n@mean_height_ft[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // All five rows: (20.0 + 19.0 + 18.0 + 17.4 + 9.8) / 5 = 16.84.
    expect(answer.slots.mean_height_ft).toBe('16.84');
  });
});
