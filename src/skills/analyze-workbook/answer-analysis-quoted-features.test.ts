import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented bakery's six days: loaves and rolls sold, the takings and the staff on shift; one
// day's staff was not written down.
const BAKERY = `Day,Loaves,Rolls,Takings,Staff
Mon,10,4,120,2
Tue,12,9,150,3
Wed,8,8,90,
Thu,15,5,200,4
Fri,20,10,260,4
Sat,30,12,330,6
`;

describe('features defined with quoted column names', () => {
  it('reads "X" divided by "Y" in the constraints as the feature', () => {
    const answer = ask(BAKERY, {
      question:
        'Engineer a feature that gives the takings per staff member on each day with a known staff count.',
      constraints:
        '{\nExclude days whose "Staff" is missing.\nThe feature is "Takings" divided by "Staff".\n}',
      format: '{\n@median_takings_per_staff[m]\nwhere "m" is rounded to two decimal places.\n}',
    });
    // 60, 50, 50, 65, 55: the median is 55.
    expect(answer.slots).toEqual({ median_takings_per_staff: '55.00' });
    expect(answer.planText).toContain('Takings / Staff');
  });

  it('reads a quoted name before "is" as the column made', () => {
    const answer = ask(BAKERY, {
      question: 'Create a "Baked" feature that adds the loaves and the rolls. What is its mean?',
      constraints: '"Baked" is "Loaves" + "Rolls". Round to two decimal places.',
      format: '@mean_baked[mean] where "mean" is rounded to two decimal places.',
    });
    // 14, 21, 16, 20, 30, 42: 143 / 6.
    expect(answer.slots).toEqual({ mean_baked: '23.83' });
  });

  it('answers a slot named by the parts and "minus" with the difference made', () => {
    const answer = ask(BAKERY, {
      question:
        'Using feature engineering, compute for each day the difference between the loaves and the rolls sold. What is the mean of that difference?',
      constraints: 'The difference is "Loaves" minus "Rolls". Round the mean to two decimal places.',
      format: '@mean_loaves_minus_rolls[mean] where "mean" is rounded to two decimal places.',
    });
    // 6, 3, 0, 10, 10, 18: 47 / 6.
    expect(answer.slots).toEqual({ mean_loaves_minus_rolls: '7.83' });
  });

  it('answers a slot named by one part and "per" with the feature built on a quantity defined first', () => {
    const answer = ask(BAKERY, {
      question:
        'Perform feature engineering: create a feature for the takings per person in the shop, counting the owner too. What is its mean?',
      constraints:
        '{\nThe crew size is "Staff" + 1.\nThe feature is "Takings" divided by the crew size.\nRound the mean to two decimal places.\n}',
      format: '{\n@mean_takings_per_person[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // 40, 37.5, 40, 52, 47.14…: over the five days with a staff count.
    expect(answer.slots).toEqual({ mean_takings_per_person: '43.33' });
  });

  it('does not answer a slot named by one part and "per" with the part when two features hold it', () => {
    expect(
      refusal(BAKERY, {
        question: 'Create two features and report the mean takings per item.',
        constraints:
          'The first feature is "Takings" divided by "Loaves". The second feature is "Takings" minus "Rolls".',
        format: '@mean_takings_per_item[mean] where "mean" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});

describe('counts named by the rows left', () => {
  it('counts the rows a step kept for "@records_left[n]" in a format of several lines', () => {
    const answer = ask(BAKERY, {
      question:
        'After dropping the days lacking a staff count, what is the median number of loaves, and how many records remain?',
      constraints: '{\nRemove rows where "Staff" is NaN.\n}',
      format:
        '{\n@median_loaves[value]\n@records_left[n]\nwhere "value" is rounded to one decimal place and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ median_loaves: '15.0', records_left: '5' });
  });
});

// An invented stall's prices over five days: the day's top and bottom price and the crates sold.
const PRICES = `Day,Top,Bottom,Crates
1,12,10,30
2,15,11,50
3,11,10,20
4,18,12,70
5,14,12,35
`;

describe('a quoted name before the word "variable" and "the gap between"', () => {
  it('makes "a \\"Range\\" variable equal to the gap between the day\'s top and bottom"', () => {
    const answer = ask(PRICES, {
      question:
        'Create a "Range" variable equal to the gap between the day\'s top and bottom, and find its mean.',
      format: '@mean_range[mean] where "mean" is rounded to two decimal places.',
    });
    // 2, 4, 1, 6, 2.
    expect(answer.slots).toEqual({ mean_range: '3.00' });
    expect(answer.planText).toContain('Range = Top − Bottom');
  });
});
