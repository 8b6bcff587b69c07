import { describe, expect, it } from 'vitest';
import { boundOf, comparisonTest, isUpperSide, withBarIncluded } from './comparison-words.ts';

describe('comparison words', () => {
  it('reads each way of saying a bound as one of four', () => {
    expect(boundOf('over')).toBe('more than');
    expect(boundOf('Longer than')).toBe('more than');
    expect(boundOf('exceeds')).toBe('more than');
    expect(boundOf('greater than or equal to')).toBe('at least');
    expect(boundOf('no  fewer than')).toBe('at least');
    expect(boundOf('not more than')).toBe('at most');
    expect(boundOf('fewer than')).toBe('less than');
    expect(boundOf('under')).toBe('less than');
    expect(boundOf('equal to')).toBeUndefined();
    expect(boundOf('of')).toBeUndefined();
  });

  it('tests a value against its bar, the bar taken in after "or more"', () => {
    expect(comparisonTest('above')?.(7, 7)).toBe(false);
    expect(comparisonTest('more', true)?.(7, 7)).toBe(true);
    expect(comparisonTest('shorter', true)?.(7, 7)).toBe(true);
    expect(comparisonTest('at most')?.(8, 7)).toBe(false);
    expect(comparisonTest('equals')).toBeUndefined();
    expect(withBarIncluded('less than')).toBe('at most');
    expect(isUpperSide('at least')).toBe(true);
    expect(isUpperSide('at most')).toBe(false);
  });
});
