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
