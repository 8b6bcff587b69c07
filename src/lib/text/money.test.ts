import { describe, expect, it } from 'vitest';
import { MONEY_SUM_PATTERN } from './money.ts';

const sums = (text: string) => text.match(new RegExp(MONEY_SUM_PATTERN, 'giu')) ?? [];

describe('MONEY_SUM_PATTERN', () => {
  it('reads a sum with its currency sign or code, and the word of its size', () => {
    expect(sums('Brask offered US$ 1.6 and later $9 million for the Verlo depot.')).toEqual([
      'US$ 1.6',
      '$9 million',
    ]);
    expect(sums('Fees: R$58; € 40 or usd 300 and £12.50 a head.')).toEqual([
      'R$58',
      '€ 40',
      'usd 300',
      '£12.50',
    ]);
  });
  it('reads no sum in a figure with no currency', () => {
    expect(sums('Tarn Hall seats 400 people in 12 rows.')).toEqual([]);
  });
});
