import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented membership list: whether each member renewed, their level, and whether they are part-time
// (left blank where the member did not say).
const MEMBERS = `Member_ID,Renewed,Level,Part_Time,Fee
M01,Yes,Senior,No,40
M02,No,Senior,,35
M03,Yes,Junior,Yes,50
M04,Yes,Senior,,40
M05,No,Junior,No,55
M06,Yes,Senior,Yes,45
M07,Yes,Junior,,60
`;

// Invented shift log: each entry's shift number and the note a supervisor left (blank when none).
const SHIFTS = `LOGNUM,SHIFT,SUPERVISORNOTE
1,1,Late start
2,1,
3,2,
4,2,Spill cleaned
5,2,
6,3,
`;

describe('sentences that each state their own rows', () => {
  it('does not read a yes/no column named in a "whether" clause as its Yes rows', () => {
    const answer = ask(MEMBERS, {
      question:
        'How many renewed seniors are there, and how many members did not say whether they are part-time?',
      constraints:
        '{\nCount the rows whose "Renewed" is "Yes" and whose "Level" is "Senior".\nCount the rows whose "Part_Time" is missing.\n}',
      format: '{\n@renewed_seniors[n]\n@part_time_missing[n]\nwhere "n" is an integer.\n}',
    });
    // M01, M04 and M06 renewed as seniors; M02, M04 and M07 left "Part_Time" blank.
    expect(answer.slots).toEqual({ renewed_seniors: '3', part_time_missing: '3' });
  });

  it('counts the missing cells of the column its own sentence names, not those of the other column the question names', () => {
    const answer = ask(SHIFTS, {
      question:
        'How many entries have no supervisor note, and how many entries were logged in the second shift?',
      constraints:
        '{\nCount the rows whose "SUPERVISORNOTE" is missing.\nCount the rows whose "SHIFT" is 2.\n}',
      format: '{\n@no_supervisor_note[n]\n@second_shift_entries[n]\nwhere "n" is an integer.\n}',
    });
    // Entries 2, 3, 5 and 6 have no note; entries 3, 4 and 5 are in the second shift.
    expect(answer.slots).toEqual({ no_supervisor_note: '4', second_shift_entries: '3' });
  });
});
