import { describe, expect, it } from 'vitest';
import { otherEndOfLimit } from './bound-direction.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('otherEndOfLimit: the other end of the limit asked', () => {
  it('flags a lower bound for an upper limit asked, and the reverse', () => {
    const upper = 'What is the oldest age allowed for riders in the Varenne trial?';
    const answer = 'Riders must be >= 21 years of age and have held a licence for >= 2 years. [1]';
    expect(otherEndOfLimit(upper, answer)).toBe(true);
    expect(unsoundAnswer(upper, answer)).toBeDefined();
    expect(
      otherEndOfLimit(
        'What is the minimum age limit for the Orla camp?',
        'Campers up to 15 years old are welcome. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a sentence that gives the end asked or both ends', () => {
    expect(
      otherEndOfLimit(
        'What is the oldest age allowed for riders in the Varenne trial?',
        'Riders must be >= 21 years of age and no older than 64. [1]',
      ),
    ).toBe(false);
    expect(
      otherEndOfLimit(
        'What is the oldest age allowed for riders in the Varenne trial?',
        'Riders aged 21-64 years may apply. [1]',
      ),
    ).toBe(false);
    expect(
      otherEndOfLimit(
        'What is the maximum load of the Orla crane?',
        'The crane lifts at least 4 tonnes. [1]',
      ),
    ).toBe(false);
  });
});
