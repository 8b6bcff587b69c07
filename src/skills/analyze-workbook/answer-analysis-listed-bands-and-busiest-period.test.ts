import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { readRange } from './transform-frame.ts';
import { unlabelledBands } from './unlabelled-bands.ts';

// Invented allotment society: one row per plot, with its yearly rent.
const PLOTS = `Plot,Rent
A1,40
A2,85
A3,120
A4,150
A5,260
A6,310
A7,95
A8,500
`;

describe('bands listed by their ranges alone', () => {
  it('reads the list after "the bands are" in order', () => {
    const bands = unlabelledBands('The bands are: below 100; from 100 up to 299; 300 or more.', readRange);
    expect(bands?.map((band) => band.label)).toEqual(['below 100', 'from 100 up to 299', '300 or more']);
    expect(bands?.map((band) => band.contains(100))).toEqual([false, true, false]);
  });

  it('leaves a closing clause with no range out, and reads none from a sentence that lists none', () => {
    const bands = unlabelledBands(
      'The bins are 1 to 9, 10 to 19 and 20 to 49, each including both ends.',
      readRange,
    );
    expect(bands?.map((band) => band.label)).toEqual(['1 to 9', '10 to 19', '20 to 49']);
    expect(unlabelledBands('The bins are wide.', readRange)).toBeUndefined();
  });

  it('counts the low, middle and high band a slot names by its end', () => {
    const answer = ask(PLOTS, {
      question: 'Put every plot in a band by its Rent; how many plots are in each band?',
      constraints: 'Bands: under 100; from 100 up to but not including 300; 300 and above.',
      format: '@low[count], @middle[count], @high[count] where each "count" is an integer.',
    });
    // Under 100: A1, A2, A7; 100 to 299: A3, A4, A5; 300 and over: A6, A8. The old code refused.
    expect(answer.slots).toEqual({ low: '3', middle: '3', high: '2' });
  });

  it('counts the band a slot names by the numbers of its range', () => {
    const answer = ask(PLOTS, {
      question: 'Bin the plots by Rent and count the plots in each bin.',
      constraints: 'The bins are 0 to 99, 100 to 299 and 300 to 599, each including both ends.',
      format: '@bin_0_99[count], @bin_300_599[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ bin_0_99: '3', bin_300_599: '2' });
  });

  it('refuses a middle band of a list that has four', () => {
    const code = refusalCode(PLOTS, {
      question: 'Sort the plots into bands by Rent and count the middle band.',
      constraints: 'The bands are: below 100; 100 to 199; 200 to 299; 300 or more.',
      format: '@middle[count] where "count" is an integer.',
    });
    expect(code).toBe('unsupported');
  });
});

describe('groups counted in the question and labelled in another sentence', () => {
  it('bins by the labelled ranges of the constraints, not into equal widths', () => {
    const answer = ask(PLOTS, {
      question: 'Split Rent into three groups; how many plots fall in each?',
      constraints: "Groups: 'cheap' (below 100), 'fair' (100 to 299) and 'dear' (above 299).",
      format: '@cheap_count[count], @fair_count[count], @dear_count[count] where each "count" is an integer.',
    });
    // Equal widths over 40..500 gave other counts; the old code refused.
    expect(answer.slots).toEqual({ cheap_count: '3', fair_count: '3', dear_count: '2' });
  });
});

// Invented cup ties of a village club: one row per tie, with its date.
const TIES = `Date,Opponent
2019-03-02,Rovers
2019-09-14,United
2020-03-21,Athletic
2020-09-05,Rovers
2020-09-19,Town
2021-03-13,Albion
2021-09-11,United
2021-09-25,Wanderers
2022-03-05,Town
`;

describe('the busiest period and how many rows it has', () => {
  it('refuses the year when two years hold the most rows', () => {
    const code = refusalCode(TIES, {
      question: 'In which year did the club play the most ties, and how many?',
      constraints: 'Take the year from Date; count the ties per year.',
      format: '@top_year[year], @top_year_ties[count] where both are integers.',
    });
    // 2020 and 2021 both hold three ties: no one year is the answer.
    expect(code).toBe('unsupported');
  });

  it('takes the year of a date column the text names without "the"', () => {
    const answer = ask(TIES.split('\n').slice(0, 8).join('\n'), {
      question: 'In which year did the club play the most ties, and how many?',
      constraints: 'Take the year from Date; count the ties per year.',
      format: '@top_year[year], @top_year_ties[count] where both are integers.',
    });
    // The first seven ties: 2020 holds three.
    expect(answer.slots).toEqual({ top_year: '2020', top_year_ties: '3' });
  });

  it('counts the rows of the busiest year for a slot named by the noun the question counts', () => {
    const answer = ask(TIES.split('\n').slice(0, 8).join('\n'), {
      question: 'In which year were there the most fixtures, and how many?',
      constraints: 'Take the year from Date.',
      format: '@busiest_year[year], @fixtures[count] where both are integers.',
    });
    expect(answer.slots).toEqual({ busiest_year: '2020', fixtures: '3' });
  });

  it('groups months of several years by their name when the format asks for the month name', () => {
    const answer = ask(TIES, {
      question: 'In which month were the most ties played, and how many?',
      constraints: 'Take the month from the Date.',
      format:
        '@busiest_month[month], @busiest_month_ties[count] where "month" is the month name and "count" is an integer.',
    });
    // Five ties in September across the years; the old code refused months spanning several years.
    expect(answer.slots).toEqual({ busiest_month: 'September', busiest_month_ties: '5' });
  });
});

// Invented harbour register: one row per boat, its number written with letters and dashes.
const BOATS = `Boat,Sail No.,Status
Puffin,K-R-12,Active
Gannet,K-R-20,Active
Tern,K-S-31,Laid up
Skua,K-S-44,Active
`;

describe('an example after a column name that ends in a period', () => {
  it("reads the example as the step's, not as a value to keep rows by", () => {
    const answer = ask(BOATS, {
      question: 'What is the mean sail number of the boats whose Status is "Active"?',
      constraints:
        "The sail number is the integer after the last dash in Sail No. ('K-R-12' is 12). Keep the rows whose Status is 'Active'. Round to two decimal places.",
      format: '@mean_active_sail[mean] where "mean" is rounded to two decimal places.',
    });
    // (12 + 20 + 44) / 3; the old code also kept only the row written 'K-R-12', then none.
    expect(answer.slots).toEqual({ mean_active_sail: '25.33' });
  });
});

// Invented stage career: one row per part, the seasons written as text.
const PARTS = `Span,Part
1994 to 1995,Page
1998,Clerk
1999 to 2001,Juror
2003,Miller
2005 to 2006,Doctor
`;

describe('a list of bands that names no column, after a step made one', () => {
  it('bins the made column by the listed ranges and counts the decade a slot names', () => {
    const answer = ask(PARTS, {
      question: 'How many parts started in each decade?',
      constraints:
        'The start year is the first four digits of Span. The decades are 1990 to 1999 and 2000 to 2009, each including both ends.',
      format: '@parts_1990s[count], @parts_2000s[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ parts_1990s: '3', parts_2000s: '2' });
  });
});

// Invented radio serial: one row per episode, aired at home and later abroad.
const SERIAL = `No.,Title,Local date,Abroad date,Code
1,Ashby,2018-05-04,2018-06-04,101
2,Brill,2018-05-19,2018-06-19,102
3,Cobham,2018-07-02,2018-08-02,103
4,Dunmore,2019-05-11,2019-06-11,104
5,Ely,2019-08-23,2019-09-23,105
6,Frome,2019-07-15,2019-08-15,106
7,Goring,2020-05-30,2020-06-30,107
`;

describe('the count of the group a ranking put first, when the count points back to it', () => {
  it('counts the rows of the month with the most local dates', () => {
    const answer = ask(SERIAL, {
      question:
        'Which month name has the most Local dates across the whole table, and how many episodes aired in it?',
      constraints:
        'Parse Local date as dates and take the month name of each (months of several years count together).',
      format:
        '@top_month[month], @top_month_episodes[count] where "month" is a full month name such as "March" and "count" is an integer.',
    });
    // May: four episodes; the old code refused the count beside the ranking.
    expect(answer.slots).toEqual({ top_month: 'May', top_month_episodes: '4' });
  });
});

describe('labelled ranges beside a list of bands', () => {
  it('names the bands by the labelled ranges another sentence states', () => {
    const answer = ask(PLOTS, {
      question: 'How many plots fall in each rent band: under 100, from 100 to 299, and 300 or more?',
      constraints: "Bin Rent into 'Basic' (below 100), 'Mid' (100 to 299) and 'Prime' (300 and above).",
      format: '@basic_plots[count], @mid_plots[count], @prime_plots[count] where all are integers.',
    });
    expect(answer.slots).toEqual({ basic_plots: '3', mid_plots: '3', prime_plots: '2' });
  });
});

// Invented relay log: one row per baton change, with the leg it happened in.
const LEGS = `Leg,Runner
1,Ann
2,Bea
2,Cal
3,Dot
2,Eve
3,Fay
`;

describe('the group slot beside a count that points back to it', () => {
  it('answers the group a numbered placeholder names with the group, not its count', () => {
    const answer = ask(LEGS, {
      question: 'Which leg of the race saw the most baton changes, and how many changes does it have?',
      constraints: 'Count the rows for each value of Leg.',
      format:
        '@busiest_leg[leg], @busiest_leg_count[count] where "leg" is an integer and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ busiest_leg: '2', busiest_leg_count: '3' });
  });
});
