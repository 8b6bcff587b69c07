import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented orchard's monthly crates of three fruits.
const ORCHARD = `Month,Apples,Pears,Plums
Jan,10,40,25
Feb,20,35,30
Mar,35,20,28
Apr,40,10,35
May,60,12,20
Jun,80,5,33
`;

// An invented shop's yearly sales and costs.
const SHOP = `Year,Sales,Costs
2015,100,80
2016,120,90
2017,150,160
2018,130,120
2019,200,150
`;

describe('two columns compared row by row', () => {
  it('counts the rows with "more Apples than Pears"', () => {
    // Mar, Apr, May and Jun; not Jan or Feb.
    const answer = ask(ORCHARD, {
      question: 'In how many months were there more apples than pears?',
      format: '@months[count] where "count" is an integer.',
    });
    expect(answer.slots.months).toBe('4');
    expect(answer.planText).toContain('rows where Apples greater than Pears');
  });
  it('counts "fewer Pears than Plums" the other way round', () => {
    // Mar 20 < 28, Apr 10 < 35, May 12 < 20, Jun 5 < 33.
    const answer = ask(ORCHARD, {
      question: 'How many months had fewer pears than plums?',
      format: '@months[count] where "count" is an integer.',
    });
    expect(answer.slots.months).toBe('4');
  });
  it('refuses a comparison whose side names a column only in part', () => {
    expect(
      refusal(ORCHARD, {
        question: 'In how many months were there more apples than pear crates sold abroad?',
        format: '@months[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('the change of a measure between two named rows', () => {
  it('takes the percentage change from one year to another', () => {
    const answer = ask(SHOP, {
      question: 'By what percentage did Sales change from 2016 to 2019?',
      constraints: 'Round to two decimal places.',
      format: '@sales_change[percent] where "percent" is rounded to two decimal places.',
    });
    // (200 − 120) / 120 × 100.
    expect(answer.slots.sales_change).toBe('66.67');
  });
  it('reads month names against their short forms, and a plain change without a percentage', () => {
    const answer = ask(ORCHARD, {
      question: 'How much did the Pears crop change between January and June?',
      format: '@pears_change[change] where "change" is an integer.',
    });
    expect(answer.slots.pears_change).toBe('-35');
  });
  it('takes a compound growth rate over the years between two year labels', () => {
    const answer = ask(SHOP, {
      question: 'What is the compound annual growth rate (CAGR) of Sales from 2015 to 2019?',
      constraints: 'Give it as a percentage rounded to two decimal places.',
      format: '@cagr[percent] where "percent" is rounded to two decimal places.',
    });
    // (200 / 100) ** (1 / 4) − 1.
    expect(answer.slots.cagr).toBe('18.92');
  });
  it('takes the periods a compound rate states', () => {
    const answer = ask(ORCHARD, {
      question: 'What is the compound monthly growth rate of Apples from January to June?',
      constraints: 'CAGR = (June / January) ** (1 / 5) - 1, as a percentage rounded to two decimal places.',
      format: '@apples_growth[percent] where "percent" is rounded to two decimal places.',
    });
    // 8 ** (1 / 5) − 1.
    expect(answer.slots.apples_growth).toBe('51.57');
  });
  it('refuses a compound rate whose form is not said', () => {
    expect(
      refusal(SHOP, {
        question: 'What is the compound annual growth rate of Sales from 2015 to 2019?',
        format: '@cagr[rate] where "rate" is rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('tests whose samples are columns', () => {
  it('runs a t-test between two named columns (scipy ttest_ind: t 1.7055, p 0.1189)', () => {
    const answer = ask(ORCHARD, {
      question:
        'Is there a significant difference between Apples and Pears? Perform an independent two-sample t-test.',
      constraints: 'Round to four decimal places.',
      format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ t_statistic: '1.7055', p_value: '0.1189' });
  });
  it('runs a one-way ANOVA across three named columns (scipy f_oneway: F 2.1379, p 0.1524)', () => {
    const answer = ask(ORCHARD, {
      question: 'Perform a one-way ANOVA across the Apples, Pears and Plums columns.',
      constraints: 'Round to four decimal places.',
      format: '@f_statistic[F], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ f_statistic: '2.1379', p_value: '0.1524' });
  });
  it('does not read three columns as a t-test', () => {
    expect(
      refusal(ORCHARD, {
        question: 'Run a t-test across the Apples, Pears and Plums columns.',
        format: '@p_value[p] where "p" is rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});
