import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented valley parishes: a region, a seat, and a footfall; "Hilltop" is a region, a parish and a seat.
const TOWNS = `Name,Region,Seat,Footfall
Ashmere,Lakeside,Ashmere,300
Bramble,Lakeside,Ashmere,500
Coldwell,Lakeside,Coldwell,900
Hilltop,Hilltop,Hilltop,200
Dunmoor,Hilltop,Hilltop,100
Edgeley,Hilltop,Edgeley,400
`;

// Invented pool: whether a swimmer holds a season pass (0/1) and what they spent.
const SHOPPERS = `Swimmer,has_pass,spend
Ada,1,50
Bo,1,70
Cy,1,90
Di,0,20
Ed,0,30
Fi,0,60
Gu,,40
`;

const GAP = { format: '{\n@gap[gap]\nwhere "gap" is rounded to two decimal places.\n}' };

describe('two groups the text names and defines', () => {
  it('reads a value said of one quoted column as no value of another column holding it', () => {
    // Lakeside 300, 500, 900 → 500; Hilltop 200, 100, 400 → 200.
    expect(
      ask(TOWNS, {
        question:
          'How much greater is the median footfall of the Lakeside parishes than the median footfall of the Hilltop parishes?',
        constraints:
          '{\nFind the median "Footfall" over the rows whose "Region" is "Lakeside" and over those whose "Region" is "Hilltop", then subtract the Hilltop median from the Lakeside median.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '300.00' });
    expect(
      ask(TOWNS, {
        question:
          'How much greater is the median footfall of the Lakeside parishes than the median footfall of the Hilltop parishes?',
        constraints: '',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '300.00' });
  });

  it('compares the two values of a 0/1 column the constraints define, in the stated order', () => {
    // Pass holders 50, 70, 90 → 70; non-pass holders 20, 30, 60 → 30; the blank row is in neither.
    expect(
      ask(SHOPPERS, {
        question:
          'Split the swimmers by season pass and find the median spend of each side. What is the gap between the two medians?',
        constraints:
          '{\nGroup by "has_pass" (1 = pass holder, 0 = not a pass holder). Subtract the median "spend" of the non-pass holders from that of the pass holders.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '40.00' });
    expect(
      ask(SHOPPERS, {
        question:
          'Split the swimmers by season pass and find the median spend of each side. What is the gap between the two medians?',
        constraints:
          '{\nGroup by "has_pass" (1 = pass holder, 0 = not a pass holder). Subtract the median "spend" of the pass holders from that of the non-pass holders.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '-40.00' });
  });

  it('reads no groups when the text states no order', () => {
    expect(
      refusalCode(SHOPPERS, {
        question:
          'Split the swimmers by season pass and find the median spend of each side. What is the gap between the two medians?',
        constraints: '{\nGroup by "has_pass" (1 = pass holder, 0 = not a pass holder).\n}',
        ...GAP,
      }),
    ).toBe('unsupported');
  });
});
