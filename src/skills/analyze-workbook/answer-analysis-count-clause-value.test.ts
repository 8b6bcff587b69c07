import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry log: who skippered each sailing and where it left from.
const LOG = `Sailing,Skipper,Port
1,Ines Vale,Northport
2,Ines Vale,Southby
3,Ines Vale,Southby
4,Ines Vale,Southby
5,Olek Brand,Northport
6,Olek Brand,Northport
7,Ada Roe,Northport
`;

const FORMAT =
  '{\n@top_skipper[name]\n@sailings[count]\nwhere "name" is a string and "count" is an integer.\n}';

describe('a value named only in a "how many" clause beside a most frequent value', () => {
  it('refuses, where the value kept the rows of every slot', () => {
    expect(() =>
      ask(LOG, {
        question: 'Which Skipper made the most sailings, and how many sailings left from Northport?',
        constraints: '{\nCount the rows of each Skipper.\n}',
        format: FORMAT,
      }),
    ).toThrow(/belong to the "how many" clause/);
  });

  it('still answers when the value is said in the frequency clause', () => {
    const answer = ask(LOG, {
      question: 'Which Skipper made the most sailings from Northport, and how many sailings is that?',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ top_skipper: 'Olek Brand', sailings: '2' });
  });

  it('still answers when the frequency clause points back to the counted rows', () => {
    const answer = ask(LOG, {
      question: 'How many sailings left from Northport, and which Skipper made the most of them?',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ top_skipper: 'Olek Brand', sailings: '4' });
  });
});
