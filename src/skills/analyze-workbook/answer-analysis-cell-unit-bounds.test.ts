import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { withCellUnitBounds } from './cell-unit-bounds.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented bans of a rowing league, each written as its number of regattas with a note.
const BANS = `Rower,Club,Ban
Isel Varn,Tarrow RC,"4 regattas (2 spring, 2 autumn)"
Odo Pelk,Maris BC,1 regatta
Una Crell,Tarrow RC,"7 regattas (appeal lost)"
Bram Tisk,Ferle RC,2 regattas
Wenna Oaks,Maris BC,"5 regattas (3 spring, 2 autumn)"
Tobin Ure,Ferle RC,3 regattas
Cass Emberly,Tarrow RC,"6 regattas (reduced from 8)"
`;
const table = () => headerRowTable(csvToWorkbook(BANS, 'invented').sheets[0]!)!;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(table(), request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a bound counted in the unit the cells write', () => {
  it('"5 regattas or more" over cells written "N regattas (…)" is a bound on Ban', () => {
    // Bans 4, 1, 7, 2, 5, 3, 6: mean 4.00; 5 or more: three.
    expect(
      answer({
        question:
          'Reading the number of regattas at the start of each Ban, what is the mean length of a ban, and how many bans lasted 5 regattas or more?',
        constraints:
          '{\nEach row is one ban. Its length is the first number written in "Ban" (for example "4 regattas (2 spring, 2 autumn)" is 4). Take the mean over all rows and count the rows with 5 or more regattas.\nRound the mean to two decimal places.\n}',
        format:
          '{\n@mean_ban[mean]\n@long_bans[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
      }),
    ).toEqual({ mean_ban: '4.00', long_bans: '3' });
  });

  it('leaves a unit alone that a column name holds, or that no column writes', () => {
    const text = 'How many clubs had 3 rowers or more, and how many bans were at least 2 regattas?';
    expect(withCellUnitBounds(text, table())).toBe(
      'How many clubs had 3 rowers or more, and how many bans were a Ban of at least 2?',
    );
  });

  it('reads a bound in the unit a column names and writes ("Stay (Days)" of "1,240 days"), another column naming it too', () => {
    // Invented keepers of a lighthouse, each stay written twice, once in days with a thousands comma.
    const KEEPERS = `Keeper,Stay (Years, Days),Stay (Days)
Aino Rask,"3 years, 145 days","1,240 days"
Berit Voll,"0 years, 300 days",300 days
Cato Lind,"5 years, 10 days","1,836 days"
Dag Orm,"1 years, 200 days",565 days
Edda Fjell,"2 years, 340 days","1,070 days"
`;
    const got = answerAnalysis(headerRowTable(csvToWorkbook(KEEPERS, 'invented').sheets[0]!)!, {
      question:
        'What is the mean of Stay (Days), and how many keepers stayed at the light for more than 1000 days?',
      constraints:
        '{\n"Stay (Days)" is written as a number of days (for example "1,240 days" is 1240). Calculate its mean and count the rows above 1000.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@mean_days[mean]\n@long_stays[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}',
    }).slots;
    // Stays 1240, 300, 1836, 565, 1070: mean 1002.20; above 1000: three.
    expect(got).toEqual({ mean_days: '1002.20', long_stays: '3' });
  });
});
