import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

const outcome = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Invented bicycle commuters. scipy.stats.chi2_contingency of Helmet × Route: chi2 = 1.0159, p = 0.3135.
const RIDERS = `Rider,Helmet,Route
Ada,yes,hill
Bo,no,flat
Cy,yes,flat
Di,yes,hill
Ed,no,hill
Flo,no,flat
Gus,yes,flat
Hal,yes,hill
Ivy,no,flat
Jo,yes,hill
Kit,no,hill
Lu,yes,flat
Mo,no,flat
Ned,yes,hill
Oz,no,flat
Pip,yes,hill
`;

// Invented queue lengths. pandas skew() 1.8665 and kurt() 3.0617; scipy.stats.skew 1.6438 and kurtosis 1.5761;
// Shapiro-Wilk p = 0.0019.
const QUEUES = `Hour,Queue
1,3
2,4
3,4
4,5
5,5
6,5
7,6
8,6
9,7
10,9
11,12
12,18
13,25
`;

// Invented kilns: the name lengths are 12, 5, 16, 7 and 20 characters (mean 12, longest 20).
const KILNS = `Kiln Name,Firings
Amber Hollow,14
Brisk,9
Copperfield Lane,21
Dunmore,11
Elmstead Ridge Works,17
`;

describe('verdict words where one is the other with a negating prefix', () => {
  it('answers "independent" for a chi-square test that is not significant', () => {
    expect(
      outcome(RIDERS, {
        question: 'Is wearing a helmet associated with the route? Perform a chi-square test of independence.',
        constraints:
          'Cross-tabulate "Helmet" against "Route" and run scipy.stats.chi2_contingency on the table. If the p-value is less than 0.05, report "dependent", otherwise "independent".\nRound the statistic to three decimal places.',
        format:
          '@chi_square[statistic]\n@relationship[result]\nwhere "result" is "dependent" or "independent".',
      }),
    ).toEqual({ chi_square: '1.016', relationship: 'independent' });
  });
});

describe('moments by the method the text names for them', () => {
  it('takes pandas skew() and kurt() when scipy is named only for the normality test', () => {
    expect(
      outcome(QUEUES, {
        question: 'What are the skewness and the kurtosis of Queue, and is it normal by a Shapiro-Wilk test?',
        constraints:
          'Use the pandas methods skew() and kurt() on "Queue", and run scipy.stats.shapiro on all its values. If the p-value is less than 0.05, it is "not normal", otherwise "normal".\nRound to three decimal places.',
        format:
          '@skewness[skew]\n@kurtosis[kurt]\n@normality[result]\nwhere "result" is "normal" or "not normal".',
      }),
    ).toEqual({ skewness: '1.867', kurtosis: '3.062', normality: 'not normal' });
  });
  it('still takes the biased moments when scipy is named for them', () => {
    expect(
      outcome(QUEUES, {
        question: 'What are the skewness and the kurtosis of Queue?',
        constraints:
          'Load the table with pandas and use scipy.stats.skew and scipy.stats.kurtosis on "Queue".\nRound to three decimal places.',
        format: '@skewness[skew]\n@kurtosis[kurt]',
      }),
    ).toEqual({ skewness: '1.644', kurtosis: '1.576' });
  });
});

describe('"name" inside a column name is no ask for a row', () => {
  it('keeps the mean of a made column beside the row with its largest value', () => {
    expect(
      outcome(KILNS, {
        question:
          'Make a new feature "name_length" from the number of characters in Kiln Name. What are the mean and the maximum of name_length, and which kiln has the longest name?',
        constraints:
          '"name_length" counts the characters of "Kiln Name", spaces included. Calculate its mean and its maximum over every row and report the kiln with the largest "name_length".\nRound the mean to two decimal places.',
        format:
          '@mean_length[mean]\n@max_length[max]\n@longest_kiln[name]\nwhere "mean" is rounded to two decimal places, "max" is an integer and "name" is written as in "Kiln Name".',
      }),
    ).toEqual({ mean_length: '12.00', max_length: '20', longest_kiln: 'Elmstead Ridge Works' });
  });
});

// Invented fishing crews: mean Catch minus Gap is 9.75 for the North crew and 10.25 for the South crew; the bound
// question counts the hauls of the South crew below 12 (two).
const HAULS = `Crew,Catch,Gap
North,12,3
South,9,1
North,15,4
South,14,2
North,17,6
South,11,2
North,13,5
South,13,1
`;

describe('a comparative that picks one of the groups', () => {
  it('reads "which crew has the higher mean" as the group with the highest mean', () => {
    expect(
      outcome(HAULS, {
        question:
          'Create a new column "net" as Catch minus Gap. Which crew has the higher mean net, and what is it?',
        constraints:
          '"net" = "Catch" - "Gap" for each row. Group the rows by "Crew" and calculate the mean "net" of each group. Report the crew with the largest mean and that mean.\nRound the mean to two decimal places.',
        format:
          '@crew[name]\n@mean_net[mean]\nwhere "name" is written as in "Crew" and "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ crew: 'South', mean_net: '10.25' });
  });
  it('leaves a comparative said against a bound as a bound', () => {
    expect(
      outcome(HAULS, {
        question: 'How many hauls of the South crew have a Catch lower than 12?',
        constraints: 'Keep the rows whose "Crew" is "South" and count those whose "Catch" is less than 12.',
        format: '@hauls[count]\nwhere "count" is an integer.',
      }),
    ).toEqual({ hauls: '2' });
  });
});
