import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented bakery's days: dough weighed in the morning and at closing, loaves sold, the change in percent.
const BAKERY = `Day,Morning,Closing,Loaves,Change
Mon,100,103,40,3
Tue,100,99,42,-1
Wed,80,84,39,5
Thu,50,50.5,41,1
Fri,120,126,44,5
Sat,90,88,43,-2.2
Sun,200,208,90,4
`;
// Invented rainfall of one gauge over eleven weeks: two weeks far above the rest.
const RAIN = `Week,Rain
1,12
2,14
3,13
4,15
5,12
6,16
7,14
8,13
9,60
10,15
11,70
`;
const outcome = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a count slot whose name says "percent" after its number', () => {
  it('counts the rows past the bound: "percent" is the bound\'s unit, no share of the rows', () => {
    expect(
      outcome(BAKERY, {
        question: 'On how many days did the dough Change come out above 3 percent?',
        constraints: 'Count the rows whose "Change" is greater than 3.',
        format: '@days_above_3_percent[count]',
      }),
    ).toEqual({ days_above_3_percent: '3' });
  });
  it('still refuses a share slot with no number before "percent"', () => {
    expect(
      outcome(BAKERY, {
        question: 'What percent of the days sold more than 41 loaves?',
        format: '@loaves_percent[count]',
      }),
    ).toBe('unsupported');
  });
});

describe('a feature the question names before "feature as …"', () => {
  it('takes the name the question gives it, so a slot naming it is understood', () => {
    expect(
      outcome(BAKERY, {
        question:
          'Create a dough rise feature as the percentage change from Morning to Closing. What is its mean?',
        format: '@mean_dough_rise[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_dough_rise: '2.11' });
  });
});

describe('the outliers counted beside the mean after removing them', () => {
  it('counts the outliers among the rows the removal step started from', () => {
    expect(
      outcome(RAIN, {
        question:
          'Find the outliers in Rain using the IQR method. How many are there, and what is the mean of Rain after removing them?',
        constraints: 'An outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR.',
        format:
          '@outlier_count[count]\n@mean_without_outliers[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ outlier_count: '2', mean_without_outliers: '13.78' });
  });
});

// Invented daily footfall of a small museum: one day far above the rest.
const FOOTFALL = `Day,Visitors
${[12, 14, 13, 15, 12, 16, 14, 13, 60, 15, 13, 14, 12, 15, 16, 13, 14, 12, 15, 13].map((value, day) => `${day + 1},${value}`).join('\n')}
`;

describe('outliers by Z-score, "once they are removed"', () => {
  it('removes them for the mean and counts them over every row', () => {
    expect(
      outcome(FOOTFALL, {
        question:
          'Find the outliers in Visitors with the Z-score method. How many days are outliers, and what is the mean of Visitors once they are removed?',
        constraints:
          'Z = ("Visitors" - mean) / standard deviation, with the sample standard deviation; a day is an outlier when the absolute Z-score is greater than 3.\nRound the mean to two decimal places.',
        format: '@outlier_days[count]\n@mean_visitors_without_outliers[mean]',
      }),
    ).toEqual({ outlier_days: '1', mean_visitors_without_outliers: '13.74' });
  });
});
