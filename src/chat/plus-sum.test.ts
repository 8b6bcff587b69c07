import { describe, expect, it } from 'vitest';
import { withPlusSum } from './plus-sum.ts';

describe('withPlusSum', () => {
  const asked = 'How much did I spend on the Ostby lot, land price plus survey fees?';

  it('says the total of one figure for each part asked', () => {
    expect(withPlusSum(asked, 'Land price 410,000. [1] Survey fees 95,500. [2]')).toBe(
      'Land price 410,000. [1] Survey fees 95,500. [2] Together: 505,500. [1][2]',
    );
    expect(withPlusSum(asked, 'The land was $410,000.25. [1] The survey fees were $95,500. [2]')).toContain(
      'Together: $505,500.25.',
    );
  });

  it('adds nothing when a sentence gives no figure, several, or another unit', () => {
    expect(withPlusSum(asked, 'Land price 410,000. [1] Survey fees are still open. [2]')).toBeUndefined();
    expect(withPlusSum(asked, 'Land price 410,000 or 420,000. [1] Survey fees 95,500. [2]')).toBeUndefined();
    expect(withPlusSum(asked, 'Land price $410,000. [1] Survey fees 95,500. [2]')).toBeUndefined();
    expect(withPlusSum(asked, 'Land price 410k. [1] Survey fees 95k. [2]')).toBeUndefined();
    expect(withPlusSum(asked, 'Land price 410,000. [1]')).toBeUndefined();
  });

  it('leaves questions that ask no sum of two things alone', () => {
    expect(
      withPlusSum('How much were the survey fees?', 'Land price 410,000. [1] Survey fees 95,500. [2]'),
    ).toBeUndefined();
  });
});
