import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented valley districts: a region, a seat, and a density; "Hilltop" is a region, a district and a seat.
const TOWNS = `Name,Region,Seat,Density
Ashmere,Lakeside,Ashmere,300
Bramble,Lakeside,Ashmere,500
Coldwell,Lakeside,Coldwell,900
Hilltop,Hilltop,Hilltop,200
Dunmoor,Hilltop,Hilltop,100
Edgeley,Hilltop,Edgeley,400
`;

// Invented shop: whether a shopper is a member (0/1) and what they spent.
const SHOPPERS = `Shopper,is_member,spend
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
          'How much higher is the median density of the Lakeside districts than that of the Hilltop districts?',
        constraints:
          '{\nTake the median of "Density" for the rows whose "Region" is "Lakeside" and for those whose "Region" is "Hilltop", and subtract the Hilltop median from the Lakeside median.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '300.00' });
    expect(
      ask(TOWNS, {
        question:
          'How much higher is the median density of the Lakeside districts than that of the Hilltop districts?',
        constraints: '',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '300.00' });
  });

  it('compares the two values of a 0/1 column the constraints define, in the stated order', () => {
    // Members 50, 70, 90 → 70; non-members 20, 30, 60 → 30; the blank row is in neither.
    expect(
      ask(SHOPPERS, {
        question:
          'Group the shoppers by membership and take the median spend of each group. What is the difference between the two medians?',
        constraints:
          '{\nGroup by "is_member" (1 = member, 0 = not a member). Subtract the median "spend" of the non-members from that of the members.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '40.00' });
    expect(
      ask(SHOPPERS, {
        question:
          'Group the shoppers by membership and take the median spend of each group. What is the difference between the two medians?',
        constraints:
          '{\nGroup by "is_member" (1 = member, 0 = not a member). Subtract the median "spend" of the members from that of the non-members.\n}',
        ...GAP,
      }).slots,
    ).toEqual({ gap: '-40.00' });
  });

  it('reads no groups when the text states no order', () => {
    expect(
      refusalCode(SHOPPERS, {
        question:
          'Group the shoppers by membership and take the median spend of each group. What is the difference between the two medians?',
        constraints: '{\nGroup by "is_member" (1 = member, 0 = not a member).\n}',
        ...GAP,
      }),
    ).toBe('unsupported');
  });
});
