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
});
