import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented lending library: each loan's shelf, fee, days out, a numeric code and a distance written in laps.
const LOANS = `Loan,Shelf,Fee,DaysOut,Code,Duration
L1,Fiction,2.0,12,3,4 laps (dry)
L2,Fiction,3.5,25,3,2 laps
L3,History,1.0,30,5,7 laps (wet)
L4,Fiction,4.0,40,3,1 lap
L5,Science,2.5,22,5,3 laps
L6,History,1.5,8,1,6 laps (dry)
L7,Fiction,5.0,15,3,2 laps
L8,Science,3.0,35,1,5 laps
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(LOANS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('rows a phrase before the first clause keeps', () => {
  it('are the rows of every clause, the count keeping its own condition too', () => {
    expect(
      outcome({
        question:
          'For the loans of the Fiction shelf, what is the median fee, and how many rows have a DaysOut above 20?',
        format:
          '@median_fee[median]\n@rows_over_20[count] where "median" is rounded to two decimal places and "count" is an integer.',
      }),
    ).toEqual({ median_fee: '3.75', rows_over_20: '2' });
  });
});

describe('"how many such …" after a condition', () => {
  it('counts the rows the condition kept', () => {
    expect(
      outcome({
        question:
          'In the loans where the fee was above 2, what is the mean of DaysOut, and how many such periods are there?',
        format:
          '@mean_days[mean]\n@paid_periods[count] where "mean" is rounded to two decimal places and "count" is an integer.',
      }),
    ).toEqual({ mean_days: '27.40', paid_periods: '5' });
  });
});

describe('the most frequent value beside its count or share', () => {
  it('reads a slot the format calls "the <column> value" as that column\'s most frequent value', () => {
    expect(
      outcome({
        question: 'Which value occurs most often in the table, and how many loans have it?',
        constraints: 'Find the most frequent value of "Code" and its count.',
        format:
          '@kind[kind]\n@kind_loans[count]\nwhere "kind" is the "Code" value and "count" is an integer.',
      }),
    ).toEqual({ kind: '3', kind_loans: '4' });
  });
  it('takes "what percentage … belong to it" as the share of every row that value holds', () => {
    expect(
      outcome({
        question: 'Which shelf holds the most loans, and what percentage of all loans belong to it?',
        format:
          '@shelf[name]\n@share[percentage] where "name" is written as in "Shelf" and "percentage" is rounded to two decimal places.',
      }),
    ).toEqual({ shelf: 'Fiction', share: '50.00' });
  });
});

describe('a text column read by the first number written in it', () => {
  it('takes the mean of those numbers', () => {
    expect(
      outcome({
        question: 'Taking the first number written in Duration, what is the mean Duration?',
        format: '@mean_duration[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_duration: '3.75' });
  });
  const longer = LOANS + LOANS.split('\n').slice(2, 9).join('\n').replace(/^L/gm, 'M');
  const answered = (unit: string) =>
    answerAnalysis(headerRowTable(csvToWorkbook(longer, 'invented').sheets[0]!)!, {
      question: `Taking the first number written in Duration, what is the mean Duration, and how many loans ran 5 ${unit} or more?`,
      format: '@mean_duration[mean]\n@loans_over_5[count] where "mean" is rounded to two decimal places.',
    }).slots;
  it('reads "5 laps or more" as a bound on Duration, whose cells write laps, for the count alone', () => {
    expect(answered('laps')).toEqual({ mean_duration: '3.73', loans_over_5: '6' });
  });
  it('refuses a count whose bound "5 miles or more" no step used, though "5" is written inside "15 values"', () => {
    expect(() => answered('miles')).toThrow(/at least 5/);
  });
});
