import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented bottling line logged every quarter hour: crates packed and crates dropped.
const LINE = `logged_at,crates packed,crates dropped
Jun 09  2031 6:30:00 AM,3,1
Jun 09  2031 6:45:00 AM,5,0
Jun 09  2031 7:00:00 AM,2,2
Jun 09  2031 7:15:00 AM,0,0
Jun 09  2031 7:30:00 AM,7,1
Jun 09  2031 7:45:00 AM,4,3
Jun 09  2031 8:00:00 AM,6,0
Jun 09  2031 8:15:00 AM,1,1
`;
const packed = (question: string, constraints: string) =>
  ask(LINE, { question, constraints, format: '@packed[count]\nwhere "count" is an integer.' }).slots.packed;

describe('how many units of a measure over a span of clock times', () => {
  it('adds the measure up over the span rather than counting its rows', () => {
    expect(
      packed(
        'How many crates were packed between 7:00 AM and 7:45 AM?',
        'Keep the quarter hours whose "logged_at" is from 7:00 AM to 7:45 AM, both included, and sum "crates packed".',
      ),
    ).toBe(String(2 + 0 + 7 + 4));
  });
  it('ends the kept rows at "and sum" in the constraints', () => {
    expect(
      packed(
        'How many crates were packed from 6:45 AM to 7:30 AM?',
        'Keep the rows whose "logged_at" is from 6:45 AM to 7:30 AM, both included, and sum "crates packed".',
      ),
    ).toBe(String(5 + 2 + 0 + 7));
  });
  it('still counts rows when the question bounds the measure itself', () => {
    expect(
      packed(
        'How many quarter hours had more than 3 crates packed?',
        'Count the rows whose "crates packed" is greater than 3.',
      ),
    ).toBe(String([5, 7, 4, 6].length));
  });
});
