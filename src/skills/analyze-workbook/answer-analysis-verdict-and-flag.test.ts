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
