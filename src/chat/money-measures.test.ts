import { describe, expect, it } from 'vitest';
import { carriesMoney } from './answer-type.ts';
import { taxUnstated, withoutNonMoneyFigures } from './money-measures.ts';

describe('figures that are no sum of money', () => {
  it('a span of time and a percent of the fee asked are taken out', () => {
    const text =
      'The full fee is due 10 working days before the course; late cancellations cost 30 percent of the total course fee.';
    expect(carriesMoney(text, 'fee')).toBe(true);
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee'), 'fee')).toBe(false);
  });

  it('a fee stated as a sum, or as a percent of something else, stays', () => {
    expect(
      carriesMoney(withoutNonMoneyFigures('The course fee is $450, due in 30 days.', 'fee'), 'fee'),
    ).toBe(true);
    expect(withoutNonMoneyFigures('The arrangement fee is 2% of the loan.', 'fee')).toContain('2%');
  });
});

describe('a percent of another measure of the same noun', () => {
  const text =
    'If a booking is cancelled late, a cancellation fee of 30 percent of the total course fee is charged.';

  it('answers a question that names which fee it asks', () => {
    const question = 'What is the cancellation fee if I cancel late?';
    expect(withoutNonMoneyFigures(text, 'fee', question)).toContain('30 percent');
  });

  it('is still no answer to the fee it is a share of', () => {
    expect(withoutNonMoneyFigures(text, 'fee', 'How much is the course fee?')).not.toContain('30 percent');
    expect(withoutNonMoneyFigures(text, 'fee', 'How much is the fee?')).not.toContain('30 percent');
  });
});

describe('a tax asked', () => {
  it('is not answered by a price that names no tax', () => {
    expect(taxUnstated('How much VAT is charged on the order?', 'widget, quantity: 3, price: $40')).toBe(
      true,
    );
    expect(taxUnstated('How much VAT is charged on the order?', 'VAT (20%): $8')).toBe(false);
    expect(taxUnstated('What is the sales tax on the order?', 'Sales tax: $3.20')).toBe(false);
  });

  it('leaves other questions alone', () => {
    expect(taxUnstated('What is the price of the widget?', 'widget, price: $40')).toBe(false);
  });
});

describe('figures of a size, a reference, or another measure of the noun asked', () => {
  it('a length and a section number are no fee', () => {
    const text =
      'The shed stands at least four feet from the lot line, no more than 12 feet high, as Section 4.12.050 requires; no processing fee under Chapter 4.08 applies.';
    expect(carriesMoney(text, 'fee')).toBe(true);
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee'), 'fee')).toBe(false);
  });

  it('a fee the sentence names by another word is not the fee asked', () => {
    const text = 'The original base fee is $2.40 MM a year, payable monthly.';
    const question = 'What is the incentive fee for the second term of the Marlow deal?';
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee', question), 'fee')).toBe(false);
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee', 'What is the base fee?'), 'fee')).toBe(true);
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee', 'How much is the fee?'), 'fee')).toBe(true);
  });

  it('a sum stays beside a reference', () => {
    const text = 'Under Section 9.2 the permit fee is $185.';
    const question = 'How much is the permit fee?';
    expect(carriesMoney(withoutNonMoneyFigures(text, 'fee', question), 'fee')).toBe(true);
  });

  it('a sum after a dash and a label stays; a size asked stays', () => {
    const text = 'Ledger Basics (LB) - Cost: $95 May 3rd 9am-noon Room 12.';
    expect(
      carriesMoney(
        withoutNonMoneyFigures(text, 'cost', 'How much does the Ledger Basics course cost?'),
        'cost',
      ),
    ).toBe(true);
    const rule = 'No fees are charged on a shed with a floor area of less than 120 square feet.';
    expect(withoutNonMoneyFigures(rule, 'fee', 'Below what floor area are no fees charged?')).toContain(
      '120 square feet',
    );
  });
});
