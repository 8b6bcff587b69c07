import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { withDeviationBounds } from './deviation-bounds.ts';

// An invented table of parcel weights: four above the mean, one above the mean plus two sample sds.
const PARCELS = `Parcel,Weight\nP1,5\nP2,6\nP3,7\nP4,8\nP5,9\nP6,14\nP7,15\nP8,16\nP9,40\n`;
const table = headerRowTable(csvToWorkbook(PARCELS, 'invented').sheets[0]!)!;

describe('a bar some standard deviations from the mean', () => {
  it('is written out as the mean plus or minus that many standard deviations', () => {
    expect(withDeviationBounds('Weight more than two standard deviations above the mean')).toBe(
      'Weight greater than the mean plus 2 standard deviations',
    );
    expect(withDeviationBounds('at least 1.5 sd below the average')).toBe(
      'at most the average minus 1.5 standard deviations',
    );
    expect(withDeviationBounds('more than 2 standard deviations from the mean')).toBe(
      'more than 2 standard deviations from the mean',
    );
  });
  it('counts the rows above the mean plus two standard deviations, not above the mean', () => {
    const answer = answerAnalysis(table, {
      question: 'How many parcels have a Weight more than two standard deviations above the mean?',
      constraints: 'Use the sample standard deviation.',
      format: '@heavy_count[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ heavy_count: '1' });
  });
});
