import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented library members: whether each is insured (1 or 0) and the fees paid.
const MEMBERS = `member,insured_flag,fees
Ada,1,30
Bo,0,12
Cy,1,26
Di,0,10
Ed,0,14
Fa,,20
`;

describe('codes listed in parentheses after a quoted column', () => {
  it('reads "(1 insured, 0 not)" and a slot word that negates the label with a prefix', () => {
    const answer = ask(MEMBERS, {
      question:
        'Do insured members pay more? Give the average fees of the insured and of the uninsured members.',
      constraints:
        'Group by "insured_flag" (1 insured, 0 not), leaving out the rows where it is missing, and take the mean of "fees". Round both to two decimal places.',
      format:
        '@mean_fees_insured[mean] @mean_fees_uninsured[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_fees_insured: '28.00', mean_fees_uninsured: '12.00' });
  });
  it('reads "(1 = insured, 0 = lapsed)" as two labels', () => {
    const answer = ask(MEMBERS, {
      question: 'Give the average fees of the insured and of the lapsed members.',
      constraints:
        'Group by "insured_flag" (1 = insured, 0 = lapsed), leaving out the rows where it is missing. Round both to two decimal places.',
      format:
        '@mean_fees_insured[mean] @mean_fees_lapsed[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_fees_insured: '28.00', mean_fees_lapsed: '12.00' });
  });
});
