import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented staff of a shop: weekly pay, hours and whether they were promoted after a trial (1 or 0).
const STAFF = `Name,Pay,Hours,promotion_indicator
Ada,300,20,1
Ben,320,22,1
Cy,150,10,0
Di,400,30,1
Ed,180,12,0
Flo,410,31,1
Gus,200,15,0
Hal,350,25,1
`;

describe('a verdict whose options a condition gives', () => {
  it('reads \'"yes" if the p-value is below 0.05, otherwise "no"\' as the options yes and no', () => {
    const answer = ask(STAFF, {
      question:
        'Check whether the Pay and the Hours are linearly related, and say whether the relation is significant.',
      constraints: 'Use the Pearson correlation coefficient and a two-tailed test at alpha = 0.05.',
      format:
        '@r_pay_hours[r] @significant[answer] where "r" is rounded to two decimal places and "answer" is "yes" if the p-value is below 0.05, otherwise "no".',
    });
    expect(answer.slots).toEqual({ r_pay_hours: '0.99', significant: 'yes' });
  });
});

describe('a slot named by a word of a flag column the plan never read', () => {
  it('is refused, not answered over every row', () => {
    expect(
      refusal(STAFF, {
        question: 'Do staff who were promoted earn more? Give the average pay of the promoted staff.',
        format: '@promoted_mean_pay[a] where "a" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

// Invented survey answers: three Town cells, one Age and no Name left empty.
const SURVEY = `Name,Town,Age
Ann,,34
Bo,Ely,
Cy,,29
Di,,41
`;

describe('the column with the most missing values and how many', () => {
  it('answers the column slot with its name and the counting slot with its count', () => {
    const answer = ask(SURVEY, {
      question: 'Which column has the most missing values, and how many values are missing in it?',
      format: '{\n@most_missing_column[column]\n@missing_values[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ most_missing_column: 'Town', missing_values: '3' });
  });
});

// Invented parcels and the depot each left from (one depot not written down).
const PARCELS = `Parcel,Depot,Weight
P1,N,2
P2,S,3
P3,N,1
P4,W,5
P5,,4
P6,N,2
`;

describe('dummy columns named in other words', () => {
  const question =
    'Encode the dispatch depot as dummy variables. How many indicator columns result, and how many parcels are flagged for the north depot?';

  it('finds the column the sentence names before the encoding and counts one indicator per value', () => {
    const answer = ask(PARCELS, {
      question,
      constraints:
        'Use pandas.get_dummies on "Depot"; parcels with no depot get 0 in every indicator. North is the code "N".',
      format: '@indicator_columns[k] @north_flagged[n] where "k" and "n" are integers.',
    });
    expect(answer.slots).toEqual({ indicator_columns: '3', north_flagged: '3' });
  });

  it('refuses a count of indicator columns when no column is named, instead of counting rows', () => {
    expect(
      refusal(PARCELS, {
        question: 'Encode the dispatch point as dummy variables. How many indicator columns result?',
        format: '@indicator_columns[k] where "k" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
