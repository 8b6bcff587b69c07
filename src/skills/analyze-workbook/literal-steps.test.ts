import { describe, expect, it } from 'vitest';
import { askCsv, csvTable } from '../../../test/helpers/analysis-csv.ts';
import { answerLiteralSteps } from './literal-steps.ts';

// Invented deliveries of a small bakery: the driver, the district, the crates carried and a note.
const ROWS = `Driver,District,Crates,Note,Backup
Ada,Hill,12,,Ada
Ben,Dock,7,late,Cal
Cal,Hill,9,,Ben
Ada,Dock,15,wet,Ada
Dee,Hill,4,,Dee
Ada,Park,11,late,Ben
Ben,Hill,6,,Ben
Cal,Park,-,,Ada
`;

const literal = (question: string, constraints: string, format: string) =>
  answerLiteralSteps(csvTable(ROWS), question, constraints, format);

describe('constraints read as literal steps', () => {
  it('reports the value with the most rows, its count, and a count of rows meeting a condition', () => {
    const answer = literal(
      'Which driver made the most deliveries and in how many, and how many deliveries went to Hill?',
      '{\nCount the rows of each value of "Driver" and report the value with the most rows and that count. Count the rows whose "District" is "Hill".\n}',
      '{\n@top_driver[name]\n@top_driver_rows[count]\n@hill_rows[count]\nwhere "name" is written as in "Driver" and "count" is an integer.\n}',
    );
    expect(answer?.slots).toEqual({ top_driver: 'Ada', top_driver_rows: '3', hill_rows: '4' });
  });

  it('keeps rows, then takes statistics over them and counts the distinct values', () => {
    const answer = literal(
      'For the deliveries with a note, what is the mean crate count, and how many drivers made them?',
      '{\nKeep the rows whose "Note" is not missing. Take the mean of "Crates" over the rows kept. Also count the distinct values of "Driver".\nRound the mean to two decimal places.\n}',
      '{\n@mean_crates[mean]\n@drivers[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
    );
    expect(answer?.slots).toEqual({ mean_crates: '11.00', drivers: '2' });
  });

  it('reads the cells of the row where a column is largest', () => {
    const answer = literal(
      'Which delivery carried the most crates?',
      '{\nFind the row with the largest "Crates" and report its "Driver" and "Crates".\n}',
      '{\n@driver[name]\n@crates[count]\nwhere "name" is written as in "Driver" and "count" is an integer.\n}',
    );
    expect(answer?.slots).toEqual({ driver: 'Ada', crates: '15' });
  });

  it('compares two columns row by row when the value named is another column', () => {
    const answer = literal(
      'On how many deliveries was the driver their own backup?',
      '{\nCount the rows whose "Driver" equals "Backup".\n}',
      '{\n@own_backup[count]\nwhere "count" is an integer.\n}',
    );
    expect(answer?.slots).toEqual({ own_backup: '4' });
  });

  it('keeps the rows holding any of the values listed', () => {
    const answer = literal(
      'How many deliveries went to Dock or Park, and what is their largest crate count?',
      '{\nKeep the rows whose "District" is "Dock" or "Park". Count them, then take the largest "Crates" over the rows where it is a number.\n}',
      '{\n@deliveries[count]\n@most_crates[count]\nwhere "count" is an integer.\n}',
    );
    expect(answer?.slots).toEqual({ deliveries: '4', most_crates: '15' });
  });

  it('names the column with the largest mean of every column but those left out', () => {
    const table = `Year,Wheat,Rye,Oats
2031,10,4,7
2032,12,6,9
2033,14,2,8
`;
    const answer = answerLiteralSteps(
      csvTable(table),
      'Which grain had the largest mean yield over the years, and what was it?',
      '{\nTake the mean of every column other than "Year" over all the years. Report the column with the largest mean and that mean.\nRound to two decimal places.\n}',
      '{\n@grain[name]\n@mean_yield[mean]\nwhere "name" is the column name and "mean" is rounded to two decimal places.\n}',
    );
    expect(answer?.slots).toEqual({ grain: 'Wheat', mean_yield: '12.00' });
  });

  it('gives nothing when the question states a condition the constraints leave out', () => {
    expect(
      literal(
        "What were Ada's total crates?",
        '{\nSum "Crates".\n}',
        '{\n@total[sum]\nwhere "sum" is an integer.\n}',
      ),
    ).toBeUndefined();
  });

  it('gives nothing on a tie for the most frequent value, or on a sentence it cannot read', () => {
    expect(
      literal(
        'Which district had the most deliveries?',
        '{\nCount the rows of each "District" and report the value with the most rows.\n}',
        '{\n@district[name]\nwhere "name" is a string.\n}',
      ),
    ).toEqual(expect.objectContaining({ slots: { district: 'Hill' } }));
    expect(
      literal(
        'Which driver made the most deliveries in Park?',
        '{\nKeep the rows whose "District" is "Park". Count the rows of each "Driver" and report the value with the most rows.\n}',
        '{\n@driver[name]\nwhere "name" is a string.\n}',
      ),
    ).toBeUndefined();
    expect(
      literal(
        'What is the mean number of crates?',
        '{\nSplit the crates into loaves first. Take the mean of "Crates".\n}',
        '{\n@mean[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      ),
    ).toBeUndefined();
  });

  it('gives nothing when a statistic would meet text cells the constraints do not leave out', () => {
    const table = `Item,Weight
a,3
b,n/k
c,5
`;
    expect(
      answerLiteralSteps(
        csvTable(table),
        'What is the heaviest item weight?',
        '{\nTake the maximum of "Weight".\n}',
        '{\n@max_weight[weight]\nwhere "weight" is an integer.\n}',
      ),
    ).toBeUndefined();
  });

  it('answers through the analysis when the reading of the words alone refuses', () => {
    const answer = askCsv(ROWS, {
      question: 'Which district is listed most often, how many rows has it, and how many rows are elsewhere?',
      constraints:
        '{\nCount the rows of each "District". Report the group with the most rows, its count, and the number of rows of every other group together.\n}',
      format:
        '{\n@district[name]\n@district_rows[count]\n@elsewhere_rows[count]\nwhere "name" is written as in "District" and "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ district: 'Hill', district_rows: '4', elsewhere_rows: '4' });
  });
});
