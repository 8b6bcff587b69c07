import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { synonymBoundsAsColumns } from './synonym-bounds.ts';

// Invented season of a netball league: one row per home match.
const MATCHES = `Round,Opponent,Result,Attendance
1,Harbour Kites,W 52-40,18250
2,Vale Comets,L 44-47,21400
3,Northgate Owls,W 61-38,16900
4,Ridge Falcons,W 50-49,24800
5,Saltmarsh Herons,L 39-55,19950
`;

const COUNT = {
  constraints: '{\nCount the rows.\n}',
  format: '{\n@small_crowds[n]\nwhere "n" is an integer.\n}',
};

describe('a bound after a noun used for a column', () => {
  it('reads "pulled in a crowd under 20,000" as a bound on Attendance', () => {
    const answer = ask(MATCHES, {
      ...COUNT,
      question: 'How many home matches pulled in a crowd under 20,000?',
    });
    expect(answer.slots).toEqual({ small_crowds: '3' });
  });

  it('leaves the noun as written when two numeric columns could be meant, or it names no amount', () => {
    const two = createFrame(csvTable('Round,Home attendance,Away attendance\n1,100,90\n2,120,80\n'));
    expect(synonymBoundsAsColumns(two, 'pulled in a crowd under 110')).toBe('pulled in a crowd under 110');
    const frame = createFrame(csvTable(MATCHES));
    expect(synonymBoundsAsColumns(frame, 'played where over 3')).toBe('played where over 3');
  });

  it('keeps refusing the question over a table with two attendance columns', () => {
    const TWO = `Round,Home attendance,Away attendance
1,18250,9100
2,21400,8800
3,16900,9900
`;
    expect(
      refusalCode(TWO, { ...COUNT, question: 'How many home matches pulled in a crowd under 20,000?' }),
    ).not.toBe('answered');
  });
});
