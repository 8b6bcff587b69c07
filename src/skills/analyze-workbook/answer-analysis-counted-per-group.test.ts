import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { countedGroupColumns } from './counted-per-group.ts';

// Invented bird log: one row per sighting, with the ranger who made it and how clearly the bird was sighted (0 to 3).
const ROWS = `ranger,bird,sighted
11,heron,2
11,kite,0
11,owl,1
12,heron,2
12,wren,1
13,kite,3
13,owl,1
13,wren,2
13,heron,1
14,owl,0
`;

describe('a count of rows per group read as a column the counted noun only resembles', () => {
  // Rangers 11 ×3, 12 ×2, 13 ×4, 14 ×1: the counts are 3, 2, 4 and 1 (group-count-table.ts).
  it('takes the mean of the counts, not of the column, for the mean number of sightings per ranger', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean number of sightings per ranger?',
      constraints: 'Count the rows of each "ranger" and take the mean of those counts.',
      format: '@mean_per_ranger[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_per_ranger: '2.50' });
  });

  it('takes the outliers of the counts, not of the column, when the counts of each group are asked', () => {
    const answer = ask(ROWS, {
      question:
        'Count the sightings of each ranger. Using the IQR method over those counts, how many rangers have an outlying number of sightings?',
      format: '@outlier_rangers[count] where "count" is a non-negative integer.',
    });
    // Q1 1.75 and Q3 3.25 of the counts: bounds -0.5 and 5.5, none outside.
    expect(answer.slots).toEqual({ outlier_rangers: '0' });
  });

  it("takes the median of the counts for each ranger's count", () => {
    const answer = ask(ROWS, {
      question: "What is the median of each ranger's count of sightings?",
      format: '@median_sightings[median] where "median" is a number.',
    });
    expect(answer.slots).toEqual({ median_sightings: '2.50' });
  });

  it('refuses the mean of a graded column for the mean and median number of sightings per ranger', () => {
    expect(
      refusalCode(ROWS, {
        question: 'What are the mean and the median number of sightings per ranger?',
        format:
          '@mean_sightings[mean] @median_sightings[median] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });

  it('still answers the mean of the group column when the text asks for that mean itself', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean ranger?',
      constraints: 'Count the rows of each ranger, and calculate the mean ranger over all the rows.',
      format: '@mean_ranger[mean] where "mean" is rounded to two decimal places.',
    });
    // Rangers 11 ×3, 12 ×2, 13 ×4, 14 ×1: 123 over the ten rows.
    expect(answer.slots).toEqual({ mean_ranger: '12.30' });
  });

  it('answers the mean of a column whose name says it holds the count, one row per group', () => {
    // Invented lodges, one row each (one name used twice by two lodges), with their guests counted.
    const lodges = 'lodge,guest_count\nPine,12\nBirch,30\nPine,18\nCedar,20\n';
    const answer = ask(lodges, {
      question: 'What is the average number of guests per lodge in the dataset?',
      format: '@average_guests[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ average_guests: '20.00' });
  });

  it('still answers a column the question names in full beside a count per group', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean of "sighted", and how many distinct birds are there?',
      constraints: 'Take the mean of "sighted". Count the rows of each "bird" and count those birds.',
      format: '@mean_sighted[mean] @birds[count] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_sighted: '1.30', birds: '4' });
  });
});

describe('the phrases read as a count of rows per group', () => {
  const frame = createFrame(csvTable(ROWS));

  it('reads "the number of X per Y" and "count the X of each Y"', () => {
    expect(countedGroupColumns(frame, ['the mean number of sightings per ranger'])).toEqual(['ranger']);
    expect(countedGroupColumns(frame, ['Count the sightings of each bird.'])).toEqual(['bird']);
  });

  it('leaves a number read in each cell ("the number at the start of each")', () => {
    expect(countedGroupColumns(frame, ['Reading the number of days at the start of each bird'])).toEqual([]);
  });
});
