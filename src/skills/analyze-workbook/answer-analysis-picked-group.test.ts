import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented toll bridge's crossings: the tolls taken, the trucks counted and the gate.
const CROSSINGS = `Date,Tolls,Trucks,Gate
2041-01-03,120,14,A
2041-01-17,90,9,B
2041-02-05,150,20,A
2041-02-21,60,7,C
2041-03-11,70,6,B
2042-01-09,200,30,A
2042-01-23,110,12,B
2042-03-02,80,10,A
`;
// The same crossings with the gate written as a code column.
const LANES = CROSSINGS.replace(',Gate\n', ',LANECODE\n');
// Invented delay rates of a tram network's lines in one month, overall and by direction.
const RATES = `Line,Riders Jun.2041,Full Jun.2041,North Jun.2041,South Jun.2041
Amber,410,3.1,4.2,2.5
Birch,95,5.5,6.1,4.4
Cedar,260,2.2,1.9,2.8
Dune,130,7.4,8.8,6.0
Elm,75,4.0,3.5,4.6
`;
const outcome = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a figure of the group another slot picked', () => {
  it('ranks the years by the total the ranking clause names and takes the mean over that year', () => {
    expect(
      outcome(CROSSINGS, {
        question: 'Which year has the largest total Trucks, and what is the mean toll in that year?',
        constraints:
          'The year is the first four characters of "Date". Sum "Trucks" for each year, report the year with the largest sum and the mean of "Tolls" over its rows.',
        format: '@year[year]\n@mean_tolls[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ year: '2041', mean_tolls: '98.00' });
  });
  it('keeps every row when the question does not point back to the group', () => {
    expect(
      outcome(CROSSINGS, {
        question: 'Which year has the largest total Trucks, and what is the mean toll?',
        constraints:
          'The year is the first four characters of "Date". Sum "Trucks" for each year and report the year with the largest sum. Take the mean of "Tolls" over all rows.',
        format: '@year[year]\n@mean_tolls[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ year: '2041', mean_tolls: '110.00' });
  });
  it('counts the days of the month a monthly peak picked', () => {
    expect(
      outcome(CROSSINGS, {
        question:
          'Which month has the highest mean Trucks, and how many days of that month are in the table?',
        constraints:
          'Group the rows by the month of "Date", take the mean of "Trucks" of each month and report the month with the largest mean as YYYY-MM and count its rows.',
        format: '@month[year_month]\n@days[count]',
      }),
    ).toEqual({ month: '2042-01', days: '2' });
  });
  it('takes the mean over the rows of the most frequent gate beside its count', () => {
    expect(
      outcome(CROSSINGS, {
        question:
          'Which Gate has the most crossings, how many crossings did it have, and what is the mean toll of those crossings?',
        constraints:
          'Count the rows of each "Gate", report the gate with the most rows, its count and the mean of "Tolls" over its rows.',
        format:
          '@gate[name]\n@gate_crossings[count]\n@mean_tolls[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ gate: 'A', gate_crossings: '4', mean_tolls: '137.50' });
  });
});

describe('a question that speaks of the whole table', () => {
  it('keeps every row for a slot beside the most frequent value', () => {
    expect(
      outcome(CROSSINGS, {
        question:
          'In this ledger of crossings, which Gate occurs most often, and how many distinct gates are listed?',
        constraints: 'Find the most frequent value of "Gate". Count the distinct values of "Gate".',
        format: '@top_gate[gate]\n@gates[n]',
      }),
    ).toEqual({ top_gate: 'A', gates: '3' });
  });
});

describe('a count before a question about the most frequent value', () => {
  it('counts the rows in play and reads the column the question asks the most frequent value of', () => {
    expect(
      outcome(LANES, {
        question:
          'Tolls are counted in dollars. How many crossings had more than 8 Trucks, and which LANECODE is the most frequent among them?',
        constraints:
          'Keep the rows whose "Trucks" is greater than 8. Count them and report the most frequent "LANECODE" among them.',
        format: '@busy_crossings[count]\n@lane[code]',
      }),
    ).toEqual({ busy_crossings: '6', lane: 'A' });
  });
  it('never reads "on those crossings" in the frequency clause as a picked group', () => {
    const result = outcome(LANES, {
      question:
        'How many crossings carried more than 8 Trucks, and which LANECODE appears most often on those crossings?',
      constraints:
        'Keep the rows whose "Trucks" is greater than 8. Count them and report the most frequent "LANECODE" among them.',
      format: '@busy_crossings[count]\n@lane[code]',
    });
    // The rows of the most frequent lane (4) are no answer to how many crossings carried more than 8 trucks.
    expect(result === 'unsupported' || (result as Record<string, string>).busy_crossings === '6').toBe(true);
  });
  it('reads "among those crossings" in the ranking clause as the counted rows, not a picked group', () => {
    expect(
      outcome(CROSSINGS, {
        question:
          'How many crossings carried more than 8 Trucks, and which Gate has the highest mean Tolls among those crossings?',
        constraints:
          'Keep the rows whose "Trucks" is greater than 8. Count them, and report the "Gate" with the largest mean of "Tolls" over them.',
        format: '@busy_crossings[count]\n@gate[name]',
      }),
    ).not.toEqual(expect.objectContaining({ busy_crossings: '4' }));
  });
  it('leaves a third slot to count the rows of the most frequent value', () => {
    expect(
      outcome(CROSSINGS, {
        question: 'How many distinct gates are there, and which gate has the most crossings?',
        constraints: 'Count the distinct values of "Gate", and count the crossings (rows) of each gate.',
        format: '@number_of_gates[n]\n@busiest_gate[gate]\n@crossings_at_busiest_gate[count]',
      }),
    ).toEqual({ number_of_gates: '3', busiest_gate: 'A', crossings_at_busiest_gate: '4' });
  });
});

describe('the column the constraints take a statistic of by its quoted name', () => {
  it('is the measure of a slot that shares a word with it', () => {
    expect(
      outcome(RATES, {
        question:
          'In June 2041, how many lines had more than 100 riders, and what was the mean delay rate in the north?',
        constraints:
          'Count the rows whose "Riders Jun.2041" is greater than 100, and take the mean of "North Jun.2041" over all rows.\nRound the mean to two decimal places.',
        format: '@busy_lines[count]\n@mean_north_rate[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ busy_lines: '3', mean_north_rate: '4.90' });
  });
});

describe('a count of the rows where one column exceeds another', () => {
  it('keeps that comparison to the count, the mean being over every row', () => {
    expect(
      outcome(RATES, {
        question:
          'In how many rows was the north rate higher than the south rate, and what was the mean north rate?',
        constraints:
          'Count the rows whose "North Jun.2041" is greater than "South Jun.2041" and take the mean of "North Jun.2041".\nRound the mean to two decimal places.',
        format:
          '@rows_north_higher[count]\n@mean_north_rate[mean]\nwhere "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ rows_north_higher: '3', mean_north_rate: '4.90' });
  });
});
