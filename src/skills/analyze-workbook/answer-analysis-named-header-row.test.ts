import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { headerRowTable } from './detect-tables.ts';
import { withNamedHeaderRow } from './stated-header-row.ts';

// Invented relay results whose first line is a title: the column names are on the second line.
const RELAY = `HARBOUR RELAY,,
Laps,Club,Runner
6,Kestrel AC,Odo Penn
4,Kestrel AC,Ula Reis
3,Marsh Harriers,Bo Lint
5,Marsh Harriers,Cy Moor
2,Quay Striders,Eda Fenn
`;

describe('a title line above the column names the text quotes', () => {
  it('reads the header on the second line when the text quotes its names', () => {
    const answer = ask(RELAY, {
      question:
        'How spread out are the laps of the runners? Give the standard deviation and the number of clubs.',
      constraints:
        '{\nUse the sample standard deviation of "Laps" over all the runners, and count the distinct values of "Club".\nRound to three decimal places.\n}',
      format:
        '{\n@std_laps[std]\n@club_count[count]\nwhere "std" is rounded to three decimal places and "count" is an integer.\n}',
    });
    // Laps 6, 4, 3, 5, 2: mean 4, sample variance 2.5.
    expect(answer.slots).toEqual({ std_laps: '1.581', club_count: '3' });
  });

  it('keeps the title line as the header when the text quotes it as a column', () => {
    const table = headerRowTable(csvToWorkbook(RELAY, 'relay').sheets[0]!)!;
    const kept = withNamedHeaderRow(
      table,
      'Drop the rows where "Laps" in the "HARBOUR RELAY" column is missing.',
    );
    expect(kept.columns[0]!.name).toBe('HARBOUR RELAY');
    const moved = withNamedHeaderRow(table, 'Take the mean of "Laps".');
    expect(moved.columns.map((column) => column.name)).toEqual(['Laps', 'Club', 'Runner']);
  });
});
