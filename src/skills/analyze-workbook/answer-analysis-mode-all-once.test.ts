import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry riders: one row each, the gate some boarded at left blank.
const RIDERS = `RiderId,Gate,Toll
101,N,12.0
102,E,14.0
103,,6.0
104,E,8.0
105,W,9.0
106,E,10.0
107,,11.0
`;

describe('the most frequent value of a column no two rows share', () => {
  it('is refused rather than answered with the first of a tie of single rows', () => {
    expect(
      refusalCode(RIDERS, {
        question: 'Which rider id appears most often?',
        constraints: '{\nTake the mode of "RiderId".\n}',
        format: '{\n@common_rider[id]\nwhere "id" is written as in "RiderId".\n}',
      }),
    ).toBe('unsupported');
  });

  it('is refused when the rows kept hold no value of the column', () => {
    expect(
      refusalCode(RIDERS, {
        question: 'Some riders have no gate; fill those in with the most common gate.',
        constraints: '{\nReplace the missing values of "Gate" with the mode of "Gate".\n}',
        format: '{\n@fill_gate[gate]\nwhere "gate" is the gate code as written in "Gate".\n}',
      }),
    ).toBe('unsupported');
  });

  it('still answers the mode of a column whose values repeat', () => {
    const answer = ask(RIDERS, {
      question: 'Which gate is the most common?',
      constraints: '{\nTake the mode of "Gate".\n}',
      format: '{\n@common_gate[gate]\nwhere "gate" is written as in "Gate".\n}',
    });
    expect(answer.slots).toEqual({ common_gate: 'E' });
  });
});
