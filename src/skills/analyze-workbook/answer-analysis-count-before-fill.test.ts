import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented league table of four meets; a dash marks a meet a rider missed.
const RIDERS = 'rider,north,south\nAda,5,-\nBo,-,3\nCy,7,4\nDee,-,2\nEd,9,-\n';
const table = headerRowTable(csvToWorkbook(RIDERS, 'invented').sheets[0]!)!;

describe('a count of missing cells beside a fill', () => {
  it('counts the cells missing before the fill the text states after it', () => {
    const answer = answerAnalysis(table, {
      question:
        'How many riders have a missing value in north? Fill the missing values with 0 and calculate the mean of north.',
      constraints:
        'A "-" in "north" is a missing value. Count the missing values, then fill them with 0 and calculate the mean of "north" over all the riders, rounded to two decimal places.',
      format:
        '@missing_north[count], @mean_north_filled[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ missing_north: '2', mean_north_filled: '4.20' });
  });
  it('counts none when the slot asks what is left after the fill', () => {
    const answer = answerAnalysis(table, {
      question: 'Fill the missing values of north with 0. How many missing values remain in north?',
      constraints: 'Fill the missing values of "north" with 0, then count the missing values left.',
      format: '@missing_north[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ missing_north: '0' });
  });
});
