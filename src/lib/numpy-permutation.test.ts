import { describe, expect, it } from 'vitest';
import { numpyPermutation, seededSplit } from './numpy-permutation.ts';

// Expected orders printed by numpy 2 (numpy.random.RandomState(seed).permutation(n)).
describe('numpyPermutation', () => {
  it('gives the order numpy gives for a seed', () => {
    expect(numpyPermutation(42, 10)).toEqual([8, 1, 5, 0, 7, 2, 9, 4, 3, 6]);
    expect(numpyPermutation(0, 12)).toEqual([6, 11, 4, 10, 2, 8, 1, 7, 9, 3, 0, 5]);
    expect(numpyPermutation(123, 700).slice(0, 10)).toEqual([
      57, 478, 597, 689, 647, 601, 624, 227, 181, 632,
    ]);
    // Past the first 624 draws the generator twists its state again.
    expect(numpyPermutation(42, 2000).slice(-10)).toEqual([
      121, 1638, 1044, 1724, 1095, 1130, 1294, 860, 1459, 1126,
    ]);
  });

  it('refuses a seed numpy would refuse', () => {
    expect(() => numpyPermutation(-1, 3)).toThrow(RangeError);
    expect(() => numpyPermutation(2 ** 32, 3)).toThrow(RangeError);
  });
});

describe('seededSplit', () => {
  it('tests on the first ceil(share · n) rows of the permutation, as train_test_split does', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const { train, test } = seededSplit(rows, 0.25, 42);
    expect(test).toEqual(['i', 'b', 'f']);
    expect(train).toEqual(['a', 'h', 'c', 'j', 'e', 'd', 'g']);
  });
});
