import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { negatedLabelGroups } from './negated-label-groups.ts';

// Invented workshop staff: a certification label, a yes/no licence and the hourly wage.
const STAFF = `Worker,Certification,Licensed,Wage
Arvo Penn,Certified,Yes,30
Bela Ruff,Not Certified,No,20
Cato Vell,Certified,No,28
Dina Oakes,Not Certified,Yes,22
Emil Stroud,Certified,Yes,32
Fay Lorne,Not Certified,No,18
`;

const GAP = (slot: string, constraints: string) => ({
  constraints: `{\n${constraints}\nRound to two decimal places.\n}`,
  format: `{\n@${slot}[diff]\nwhere "diff" is rounded to two decimal places.\n}`,
});

describe('two groups said by a label and its negation', () => {
  it('reads "certified" and "non-certified" as Certified and Not Certified', () => {
    // Certified 30, 28, 32 → 30; Not Certified 20, 22, 18 → 20.
    expect(
      ask(STAFF, {
        question: 'How much more do certified workers earn on average than non-certified workers?',
        ...GAP(
          'certified_wage_gap',
          'Take the mean of "Wage" over the rows whose "Certification" is "Certified" and over the rows whose "Certification" is "Not Certified", and subtract the second from the first.',
        ),
      }).slots,
    ).toEqual({ certified_wage_gap: '10.00' });
  });

  it('reads "licensed" and "unlicensed" as Yes and No of a Licensed column', () => {
    // Licensed: 30, 22, 32 → 28; not: 20, 28, 18 → 22.
    expect(
      ask(STAFF, {
        question: 'How much higher is the average wage of licensed workers than that of unlicensed workers?',
        ...GAP(
          'wage_gap',
          'Take the mean of "Wage" for each "Licensed" value and subtract the "No" mean from the "Yes" mean.',
        ),
      }).slots,
    ).toEqual({ wage_gap: '6.00' });
  });

  it('keeps the order the question names the groups in', () => {
    const frame = createFrame(csvTable(STAFF));
    expect(
      negatedLabelGroups(frame, 'the mean wage of non-certified workers minus that of certified ones'),
    ).toEqual({
      column: 'Certification',
      values: ['Not Certified', 'Certified'],
    });
  });

  it('reads no groups when only one side is said', () => {
    const frame = createFrame(csvTable(STAFF));
    expect(negatedLabelGroups(frame, 'the mean wage of certified workers')).toBeUndefined();
    expect(negatedLabelGroups(frame, 'the mean wage of unlicensed workers')).toBeUndefined();
  });
});
