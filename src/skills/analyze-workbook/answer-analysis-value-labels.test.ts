import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented staff of a shop: weekly pay and whether they were promoted after a trial (1 or 0).
const STAFF = `Name,Pay,promotion_flag
Ada,300,1
Ben,320,1
Cy,150,0
Di,400,1
Ed,180,0
Flo,,0
`;

describe('labels the text gives to the values of a column', () => {
  it('reads "promoted when … is 1 and not promoted when it is 0" for each slot, the longer label first', () => {
    const answer = ask(STAFF, {
      question:
        'Do promoted staff earn more? Give the average pay of the promoted staff and of the staff who were not.',
      constraints:
        '{\nA worker is promoted when "promotion_flag" is 1 and not promoted when it is 0.\nAverage "Pay" within each group and round to two decimal places.\n}',
      format:
        '{\n@promoted_mean_pay[a]\n@not_promoted_mean_pay[b]\nwhere "a" and "b" are rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ promoted_mean_pay: '340.00', not_promoted_mean_pay: '165.00' });
  });
});
