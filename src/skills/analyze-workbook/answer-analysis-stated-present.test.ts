import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented log of a chess club evening: a remark is written beside some moves only.
const MOVES = `MoveNo,Player,Remark
1,Ona,
2,Pim,good
3,Ona,
4,Pim,
5,Ona,blunder
6,Pim,
7,Ona,
8,Pim,check
`;

describe('a share of the rows whose quoted cell the constraints say is filled in', () => {
  it('reads \'its "Remark" cell is not empty\' as the rows with a Remark', () => {
    const answer = ask(MOVES, {
      question: 'What percentage of the logged moves have a remark written next to them?',
      constraints:
        '{\nA move has a remark when its "Remark" cell is not empty. Divide by the number of moves and multiply by 100.\nRound to two decimal places.\n}',
      format: '{\n@moves_with_remark_percent[pct]\nwhere "pct" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ moves_with_remark_percent: '37.50' });
  });
});
