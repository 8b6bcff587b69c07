import { describe, expect, it } from 'vitest';
import { sumOfOtherMeasure } from './measure-unnamed.ts';

describe('sumOfOtherMeasure', () => {
  it('flags a sum labelled as another measure for a fee asked by its name', () => {
    expect(
      sumOfOtherMeasure(
        'What is the booking fee for the winter season of the Tarnby contract?',
        'We have costed our hosting costs at $4,100 a year for the winter season. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sum labelled as no other measure, and an answer that names the measure', () => {
    expect(
      sumOfOtherMeasure(
        'What is the exercise price of the option with Fjell Bank?',
        'Fjell Bank would pay 5,000,000 NOK up front. [1]',
      ),
    ).toBe(false);
    expect(
      sumOfOtherMeasure(
        'What is the booking fee for the Tarnby contract?',
        'The booking fee is $400, on top of hosting costs. [1]',
      ),
    ).toBe(false);
    expect(
      sumOfOtherMeasure(
        'How much is the recommended Velm outreach budget?',
        'The $2.1 million may come down a little once the halls are booked. [1]',
      ),
    ).toBe(false);
    // A mail need not write "asking" to give the asking price.
    expect(
      sumOfOtherMeasure(
        'What is the asking price of the Brook Lane flats?',
        'One is 12 flats for $830,000, and the other is 5 flats for $290,000. [1]',
      ),
    ).toBe(false);
  });
});
