import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry riders: the port each boarded at is written as a one-letter code.
const RIDERS = `RiderId,Port,Toll
1,H,12.0
2,H,14.0
3,W,6.0
4,W,8.0
5,B,9.0
6,H,10.0
7,B,11.0
8,W,7.0
`;

const asked = (code: string, slot: string) => ({
  question: 'Among riders who boarded at Hollinford, what was the mean toll?',
  constraints: `{\nKeep the rows whose "Port" is "${code}" and take the mean of "Toll".\n}`,
  format: `{\n@${slot}[avg]\nwhere "avg" is rounded to two decimal places.\n}`,
});

describe('a place the question names by the code a column writes it as', () => {
  it('reads "Hollinford" in a slot as the rows kept where Port is "H"', () => {
    expect(ask(RIDERS, asked('H', 'hollinford_mean_toll')).slots).toEqual({ hollinford_mean_toll: '12.00' });
  });

  it('keeps refusing when the rows kept are of a code the name does not start with', () => {
    expect(refusalCode(RIDERS, asked('W', 'hollinford_mean_toll'))).not.toBe('answered');
  });

  it('keeps refusing when two codes of the column start the name', () => {
    const TWO = RIDERS.replace(/,B,/g, ',HO,');
    expect(refusalCode(TWO, asked('H', 'hollinford_mean_toll'))).not.toBe('answered');
  });
});
