import { describe, expect, it } from 'vitest';
import { sumOfOtherMeasure } from './measure-unnamed.ts';

describe('sumOfOtherMeasure', () => {
  it('flags a sum labelled as another measure for a fee asked by its name', () => {
    expect(
      sumOfOtherMeasure(
        'What is the booking fee for the winter season of the Tarnby contract?',
        'We have costed our hosting costs at $4,100 a year for the winter season. [1]',
        'Tarnby contract. The booking fee is still open. We have costed our hosting costs at $4,100 a year.',
      ),
    ).toBe(true);
  });

  it('flags a sum sent for a strike price, from a passage that never writes "strike"', () => {
    expect(
      sumOfOtherMeasure(
        'What is the exercise price of the option with Fjell Bank?',
        'The option with Fjell Bank would have us wire 5,000,000 NOK on Friday. [1]',
        'Option with Fjell Bank\nThe option with Fjell Bank would have us wire 5,000,000 NOK on Friday.',
      ),
    ).toBe(true);
  });

  it('keeps a sum from a passage that names the measure, and an answer that names it', () => {
    expect(
      sumOfOtherMeasure(
        'What is the exercise price of the option with Fjell Bank?',
        'Fjell Bank would pay 5,000,000 NOK up front. [1]',
        'The option with Fjell Bank has an exercise price of 9.20. Fjell Bank would pay 5,000,000 NOK up front.',
      ),
    ).toBe(false);
    expect(
      sumOfOtherMeasure(
        'What is the booking fee for the Tarnby contract?',
        'The booking fee is $400, on top of hosting costs. [1]',
        'The booking fee is $400, on top of hosting costs.',
      ),
    ).toBe(false);
    expect(
      sumOfOtherMeasure(
        'How much is the recommended Velm outreach budget?',
        'The $2.1 million may come down a little once the halls are booked. [1]',
        'Velm outreach budget: we recommend $2.1 million. The $2.1 million may come down a little once the halls are booked.',
      ),
    ).toBe(false);
  });
});
