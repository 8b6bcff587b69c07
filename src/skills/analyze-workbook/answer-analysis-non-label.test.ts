import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented pay of a choir's singers and whether each may sing a solo (blank: not recorded).
const SINGERS = `Singer,Pay,Solo
Ansel,300,1
Brit,120,0
Cosmo,280,1
Dena,100,0
Efi,140,0
Fenn,500,
`;

describe('a slot that writes "non" before a label the text gives as "not …"', () => {
  it('takes the rows of the value labelled "not eligible"', () => {
    const answer = ask(SINGERS, {
      question: 'Do soloists earn more? Compare the average pay of eligible and non-eligible singers.',
      constraints:
        '{\nA singer is eligible when "Solo" is 1 and not eligible when it is 0; singers with no value there are left out.\nRound to two decimal places.\n}',
      format:
        '{\n@eligible_mean_pay[avg]\n@non_eligible_mean_pay[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ eligible_mean_pay: '290.00', non_eligible_mean_pay: '120.00' });
  });

  it('still refuses a "non" the labels do not give', () => {
    expect(
      refusal(SINGERS, {
        question: 'What is the average pay of the non-soloists?',
        constraints: '{\nRound to two decimal places.\n}',
        format: '{\n@non_solo_mean_pay[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
