import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented tables; every expected figure below is worked out by hand.
const BAKES = `day,branch,loaves,returns
2022-03-01,North,40,4
2022-03-02,South,60,3
2022-03-03,North,50,9
2022-03-04,South,30,6
2022-03-05,North,20,2
`;
const SHARES = `year,rye share
2001,10
2002,20
2003,30
2004,60
2005,40
`;
const PRICES = `date,price
05-Mar-21,15
04-Mar-21,11
03-Mar-21,13
02-Mar-21,10
`;
const MEMBERS = `name,age,insured,Retired
Ann,30,Yes,1
Ben,50,No,0
Cal,40,Yes,0
Dot,60,No,1
Eve,20,Yes,0
`;
const ask = (csv: string, request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request);
const code = (csv: string, request: AnalysisRequest) => {
  try {
    ask(csv, request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('ratios of two sums', () => {
  it('divides one sum by another, not the mean of each row ratio', () => {
    // 24 returns over 200 loaves = 0.12; the mean of the row ratios would be 0.126.
    const answer = ask(BAKES, {
      question: 'For all the days together, what is the ratio of returns to loaves?',
      constraints:
        'Divide the sum of "returns" over all days by the sum of "loaves" over all days. Round to two decimal places.',
      format: '@returns_to_loaves_ratio[ratio]',
    });
    expect(answer.slots.returns_to_loaves_ratio).toBe('0.12');
  });

  it('takes both sums over the rows a condition keeps', () => {
    // North: 15 returns over 110 loaves = 0.136.
    const answer = ask(BAKES, {
      question: 'At the North branch, what is the ratio of returns to loaves?',
      constraints:
        'Keep the rows whose "branch" is "North". Divide the sum of "returns" by the sum of "loaves". Round to two decimal places.',
      format: '@returns_to_loaves_ratio[ratio]',
    });
    expect(answer.slots.returns_to_loaves_ratio).toBe('0.14');
  });

  it('refuses a ratio over rows that no condition picked out', () => {
    expect(
      code(BAKES, {
        question: 'Leaving out the busiest day, what is the ratio of returns to loaves?',
        constraints: 'Divide the sum of "returns" by the sum of "loaves". Round to two decimal places.',
        format: '@returns_to_loaves_ratio[ratio]',
      }),
    ).toBe('unsupported');
  });

  it("reads a share stated as one column's sum over some rows against its sum over all rows", () => {
    // North baked 110 of the 200 loaves (55%); North is 3 of the 5 rows (60%).
    const answer = ask(BAKES, {
      question: 'What percentage of all the bread was baked at the North branch?',
      constraints:
        'Sum "loaves" over the rows whose "branch" is "North", divide by the sum of "loaves" over all rows, and multiply by 100. Round to two decimal places.',
      format: '@north_share[percentage]',
    });
    expect(answer.slots.north_share).toBe('55.00');
  });
});

describe('rolling windows', () => {
  it('rolls the column named before the phrase, not one its unit names ("3-year" is no year column)', () => {
    // 3-row means of rye share: 20, 36.67, 43.33; the peak is their maximum.
    const answer = ask(SHARES, {
      question:
        'Smooth the rye share column with a 3-year rolling mean. What is the peak of the smoothed share?',
      constraints: 'Round to two decimal places.',
      format: '@peak_rolling_mean[value]',
    });
    expect(answer.slots.peak_rolling_mean).toBe('43.33');
  });

  it('rolls the one column the text names when the sentence of the window names none', () => {
    // The last two loaves figures are 30 and 20.
    const answer = ask(BAKES, {
      question: 'Calculate the 2-day rolling average of the daily bake. What is it on the last day?',
      constraints: 'Use a window of 2 rows over "loaves". Round to two decimal places.',
      format: '@last_rolling_average[value]',
    });
    expect(answer.slots.last_rolling_average).toBe('25.00');
  });

  it('reads the last row of a series sorted by date as its latest day', () => {
    // Oldest first the prices are 10, 13, 11, 15: the last 2-day mean is 13.
    const answer = ask(PRICES, {
      question:
        'Sort the rows by date, oldest first, and compute a 2-day moving average of price. What is the moving average on the most recent day?',
      constraints: 'Round to two decimal places.',
      format: '@latest_moving_average[value]',
    });
    expect(answer.slots.latest_moving_average).toBe('13.00');
  });
});

describe('a group and its complement named by a negated label', () => {
  it('keeps the rows of the other value for a slot that negates a Yes/No column, beside a condition on it', () => {
    // Insured: 30, 40, 20 (mean 30); not insured: 50, 60 (mean 55).
    const answer = ask(MEMBERS, {
      question: 'Compare the mean age of insured members with that of members who are not insured.',
      constraints: 'Use "insured" (Yes or No). Round to two decimal places.',
      format: '@mean_age_insured[mean]\n@mean_age_not_insured[mean]',
    });
    expect(answer.slots).toEqual({ mean_age_insured: '30.00', mean_age_not_insured: '55.00' });
  });

  it('reads a 1/0 flag column the same way', () => {
    // Retired (1): 30, 60 (mean 45); not retired (0): 50, 40, 20 (mean 36.67).
    const answer = ask(MEMBERS, {
      question:
        'Do retired members differ in age? Give the mean age of the retired and of the not retired members.',
      constraints: 'Split the rows by "Retired" (1 or 0). Round to two decimal places.',
      format: '@mean_age_retired[mean]\n@mean_age_not_retired[mean]',
    });
    expect(answer.slots).toEqual({ mean_age_retired: '45.00', mean_age_not_retired: '36.67' });
  });
});
