import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented quarry blasts: charge written in tonnes or kilograms, one only as a bound.
const BLASTS = `Blast,Charge
North face,2 t
East cut,500 kg
Pit floor,"1,250 kg"
West face,less than 1 t
Old bench,3.5 t
`;

describe('a conversion stated by unit templates', () => {
  it("reads 'N t' as N and 'N kg' as N / 1000, a cell in no stated unit missing", () => {
    const answer = ask(BLASTS, {
      question: 'What is the mean charge in tonnes?',
      constraints:
        "Convert Charge to tonnes: 'N t' is N and 'N kg' is N / 1000. Round to three decimal places.",
      format: '@mean_charge_t[mean] where "mean" is rounded to three decimal places.',
    });
    // 2 + 0.5 + 1.25 + 3.5 = 7.25 over 4 = 1.8125, an exact tie Python writes as 1.812; the bound is missing.
    expect(answer.slots.mean_charge_t).toBe('1.812');
    expect(answer.planText).toContain('Charge converted by the stated units');
  });
});

describe('a unit template whose factor does not read', () => {
  it('converts nothing rather than keep the number as it is', () => {
    expect(
      refusalCode(BLASTS, {
        question: 'What is the mean charge in tonnes?',
        constraints: "Convert Charge to tonnes: 'N t' is N and 'N kg' is N divided by one thousand.",
        format: '@mean_charge_t[mean] where "mean" is rounded to three decimal places.',
      }),
    ).toBe('unsupported');
  });
});
