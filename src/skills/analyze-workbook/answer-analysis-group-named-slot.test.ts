import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented relay meet log: the leg of each event and its message kind code.
const MEET = `HEAT_ID,EVENTNUM,LEG,EVENTMSGKIND
H9,1,1,2
H9,2,1,2
H9,3,1,5
H9,4,2,2
H9,5,2,5
H9,6,3,2
H9,7,3,2
H9,8,3,2
H9,9,3,2
H9,10,4,5
H9,11,4,2
`;

describe('a slot named as the group column beside a count slot', () => {
  it('gives the best group for the slot named as the column and its count for the other', () => {
    const answer = ask(MEET, {
      question: 'Which leg had the most events of message kind 2, and how many did it have?',
      constraints:
        '{\nKeep the rows whose "EVENTMSGKIND" is 2 and count them for each "LEG". Report the leg with the most rows and its count.\n}',
      format: '{\n@leg[number]\n@event_count[count]\nwhere "number" and "count" are integers.\n}',
    });
    // Kind 2: leg 1 twice, leg 2 once, leg 3 four times, leg 4 once.
    expect(answer.slots).toEqual({ leg: '3', event_count: '4' });
  });
});
