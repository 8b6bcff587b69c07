import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented closing prices and volumes of a small co-op's shares.
const SHARES = `Day,Volume,Close
1,500,100
2,900,110
3,1400,88
4,1600,110
5,300,105.6
6,350,110.88
7,700,99.792
8,200,101.78784
`;

const REQUEST = {
  constraints:
    'Compute the percentage change from the previous day; drop the first row. Round to four decimal places.',
  format: '@correlation[r]',
};

describe('a quantity of a made change that no step took', () => {
  it('refuses "the absolute daily percentage change in Close" over the signed change', () => {
    // The old code correlated Volume with the signed change, never its absolute value.
    expect(
      refusalCode(SHARES, {
        ...REQUEST,
        question:
          'What is the Pearson correlation between the daily trading volume and the absolute daily percentage change in Close?',
      }),
    ).toBe('unsupported');
  });

  it('still correlates with the change itself when nothing more is asked of it', () => {
    const answer = ask(SHARES, {
      ...REQUEST,
      question:
        'What is the Pearson correlation between the daily trading volume and the daily percentage change in Close?',
    });
    expect(answer.planText).toContain('Pearson correlation of Volume and Close percentage change');
  });
});

// Invented pharmacy staff by district, one column named with a bracketed note.
const STAFF = `District,Nurses (ward & clinic),Pharmacist
Upton,10,12
Lowby,9,5
Marsh,4,20
Fold,7,7
`;

describe('two columns compared row by row, one named with a bracketed note', () => {
  it('reads \'whose "Pharmacist" is greater than their "Nurses (ward & clinic)"\'', () => {
    const answer = ask(STAFF, {
      question: 'How many districts employ more pharmacists than nurses?',
      constraints: '{\nCount the rows whose "Pharmacist" is greater than their "Nurses (ward & clinic)".\n}',
      format: '{\n@districts_more_pharmacists[count]\nwhere "count" is an integer.\n}',
    });
    // Upton and Marsh; the old code stopped the second name at its bracket and refused.
    expect(answer.slots).toEqual({ districts_more_pharmacists: '2' });
  });
});
