import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented plants of a garden: height in centimetres (two missing) and soil (two missing).
// Median Height over every row: 15; over the rows with a Soil: 13.
const PLANTS = `Plant,Height,Soil
Fern,10,clay
Ivy,12,sand
Moss,,clay
Reed,30,
Sage,40,
Thyme,14,loam
Vetch,,sand
Yarrow,16,clay
`;

const FORMAT =
  '@row_count[n] @median_height[m] where "n" is the number of rows after deletion and "m" is the median height used for imputation, rounded to two decimal places.';

describe('a slot described as the value used for imputation', () => {
  it('is the fill statistic itself, not the median of the column after the steps', () => {
    const answer = ask(PLANTS, {
      question:
        'First, fill the missing Height values with the median Height. Then delete the rows whose Soil is missing.',
      format: FORMAT,
    });
    // After both steps the Height column's median is 14.5; the value used to fill is 15.
    expect(answer.slots).toEqual({ row_count: '6', median_height: '15.00' });
  });

  it('is refused when rows are dropped on another column and the order is not said', () => {
    expect(
      refusal(PLANTS, {
        question:
          'Delete the rows whose Soil is missing. Fill the missing Height values with the median Height.',
        format: FORMAT,
      }),
    ).toBe('unsupported');
  });

  it('follows a stated order that drops the rows first', () => {
    const answer = ask(PLANTS, {
      question:
        'First, delete the rows whose Soil is missing. Then fill the missing Height values with the median Height.',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ row_count: '6', median_height: '13.00' });
  });

  it('still answers the fill value when no rows are dropped', () => {
    const answer = ask(PLANTS, {
      question: 'Fill the missing Height values with the median Height.',
      format: '@fill_value[m] where "m" is the value used to fill the missing heights.',
    });
    expect(answer.slots).toEqual({ fill_value: '15.00' });
  });

  it('reads "after removing …" as the order, and keeps each slot to its own description', () => {
    const answer = ask(PLANTS, {
      question:
        'After removing the rows whose Soil is missing, impute the missing Height values with the median Height.',
      format:
        '@row_count[row_count] @fill_median[fill_median] where row_count is the number of rows kept and fill_median is the median Height used to fill the gaps.',
    });
    expect(answer.slots).toEqual({ row_count: '6', fill_median: '13.00' });
  });

  it('reads the description written right after the slot', () => {
    const answer = ask(PLANTS, {
      question:
        'First, fill the missing Height values with the median Height. Then delete the rows whose Soil is missing.',
      format:
        '@row_count[n]: the number of rows after deletion; @median_height[m]: the median height used for imputation, to two decimal places.',
    });
    expect(answer.slots).toEqual({ row_count: '6', median_height: '15.00' });
  });
});

// Invented loads carried by a cable car on six runs, one not logged.
const RUNS = `Run,Load
1,40
2,
3,10
4,30
5,20
6,100
`;

describe('a fill with "the median of its non-missing values"', () => {
  it('fills from the column itself, no groups', () => {
    const answer = ask(RUNS, {
      question: 'Fill the missing values in Load with the median of Load. What is the mean Load after that?',
      constraints:
        '{\nReplace the missing values of "Load" with the median of its non-missing values. Then calculate the mean of "Load" over all the rows.\nRound the mean to two decimal places.\n}',
      format: '{\n@mean_load[mean]\n}',
    });
    expect(answer.slots).toEqual({ mean_load: '38.33' });
  });
});
