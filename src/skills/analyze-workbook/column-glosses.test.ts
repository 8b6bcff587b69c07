import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { columnGlosses, describedColumns, withGlossedColumns } from './column-glosses.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of branch takings: the branch is named by a code column.
const TAKINGS = `Code,Zone,Q1,Q2\nB-01,North,120,90\nB-02,North,80,140\nB-03,South,200,60\nB-04,South,150,75\nB-05,West,95,130\n`;
const table = headerRowTable(csvToWorkbook(TAKINGS, 'invented').sheets[0]!)!;

describe('a noun glossed with a column name in brackets', () => {
  it('reads the noun as the column wherever the text writes it', () => {
    const glosses = columnGlosses(
      ['Code', 'Zone', 'Q1'],
      'The mean Q1 for each region (Zone). Which region is best?',
    );
    expect(glosses).toEqual([{ noun: 'region', word: 'region', column: 'Zone' }]);
    expect(withGlossedColumns('The mean Q1 for each region (Zone). Which region is best?', glosses)).toBe(
      'The mean Q1 for each Zone. Which Zone is best?',
    );
    // A bracket that is no column's whole name, or a noun that is a column's word, glosses nothing.
    expect(columnGlosses(['Code', 'Zone'], 'each region (the zone), each zone (Code)')).toEqual([]);
  });
  it('"Which branch (Code) has the highest Q1": the Code of the top row', () => {
    const answer = answerAnalysis(table, {
      question: 'Which branch (Code) has the highest Q1, and what is that value?',
      format: '@top_branch[name], @top_value[value] where "name" is a string and "value" an integer.',
    });
    expect(answer.slots).toEqual({ top_branch: 'B-03', top_value: '200' });
  });
  it('"the mean Q2 for each region (Zone). Which region has the highest mean?": the zone and its mean', () => {
    const answer = answerAnalysis(table, {
      question: 'Calculate the mean Q2 for each region (Zone). Which region has the highest mean?',
      format:
        '@region[region_name], @mean_q2[mean] where "region_name" is a value of the Zone column and "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ region: 'West', mean_q2: '130.00' });
  });
});

describe('a column the format says a value is taken from', () => {
  it('"the three Code cells", "a value of the Zone column"', () => {
    const columns = ['Code', 'Zone', 'Q1'];
    const slot = (placeholder: string) => ({ name: 'x', placeholder, options: [] });
    expect(
      describedColumns(
        columns,
        '@x[list] where "list" is the three Code cells separated by commas.',
        slot('list'),
      ),
    ).toEqual(['Code']);
    expect(
      describedColumns(
        columns,
        '@x[zone_name] where "zone_name" is a value of the Zone column.',
        slot('zone_name'),
      ),
    ).toEqual(['Zone']);
    expect(describedColumns(columns, '@x[n] where "n" is an integer.', slot('n'))).toEqual([]);
    expect(describedColumns(columns, '@x[n] where "n" is the number of Zone values.', slot('n'))).toEqual([]);
    // The clause ends where another subject starts.
    expect(
      describedColumns(
        columns,
        '@x[n] where "n" is an integer and the names are taken from the Code column.',
        slot('n'),
      ),
    ).toEqual([]);
  });
  it('"Which three branches have the highest Q2?" with the format naming Code', () => {
    const answer = answerAnalysis(table, {
      question: 'Which three branches have the highest Q2?',
      format: '@top_three[list] where "list" is the three Code cells separated by commas, the largest first.',
    });
    expect(answer.slots).toEqual({ top_three: 'B-02, B-05, B-01' });
  });
});
