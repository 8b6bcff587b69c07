import { describe, expect, it } from 'vitest';
import { countsOtherwise, nounCounts } from './counted-nouns.ts';

describe('nounCounts', () => {
  it('reads counts in digits, in words and "no" for none', () => {
    const counts = nounCounts('Married couple, one income, no children, 2 cars');
    expect(counts.get('incom')).toBe(1);
    expect(counts.get('children')).toBe(0);
    expect(counts.get('car')).toBe(2);
  });
});

describe('countsOtherwise', () => {
  it('tells a block counting another number of the same thing', () => {
    const question = 'What does a couple with one income and no children pay?';
    expect(countsOtherwise(question, 'Couple, one income, two children')).toBe(true);
    expect(countsOtherwise(question, 'Couple, two incomes, no children')).toBe(true);
    expect(countsOtherwise(question, 'Couple, one income, no children')).toBe(false);
    // A block that counts nothing the question counts says nothing against it.
    expect(countsOtherwise(question, 'Couple taxed at the standard rate')).toBe(false);
    expect(countsOtherwise('What is the rate for a couple?', 'Couple, two children')).toBe(false);
  });
});
