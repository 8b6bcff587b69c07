import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented visits of a rowing club: the rower, how many strokes they pulled, and whether they stayed on.
const ROWS = `Rower,Count,Stayed
Ilsa,12,1
Joren,7,0
Kaia,20,1
Lev,4,0
Mira,11,1
`;

describe('a total slot named by a word of a 0/1 flag column', () => {
  it('adds up the quoted column over the kept rows, not the flag', () => {
    const answer = ask(ROWS, {
      question: 'How many strokes did the rowers who stayed on pull in all?',
      constraints: '{\nKeep the rows where Stayed is 1. Sum "Count".\n}',
      format: '{\n@stayed_total[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ stayed_total: '43' });
  });

  it('keeps the flag as the measure when the text quotes two summed columns', () => {
    const answer = ask(ROWS.replace('Count,Stayed', 'Count,Laps,Stayed').replace(/,(\d)$/gm, ',2,$1'), {
      question: 'How many of the rowers stayed on?',
      constraints: '{\nSum "Count" and sum "Laps" for the report; the answer adds up Stayed.\n}',
      format: '{\n@stayed_total[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ stayed_total: '3' });
  });
});
